import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as Delegation from "./delegation.js";
import * as ExplanationRequest from "./explanation-request.js";
import * as Extension from "./extension.js";
import * as Notice from "./notice.js";
import * as ProgressReport from "./progress-report.js";
import * as Task from "./task.js";

const open = (): Task.Task =>
  Result.getOrThrow(
    Task.publish(
      Result.getOrThrow(
        Task.make({
          id: "T-R",
          lead: { agencyId: "vt.ubnd", name: "UBND thành phố Vũng Tàu" },
          mode: "assigned",
          action: "Việc",
          deadline: {
            kind: "on-date",
            phrase: "chậm nhất ngày 08/01/2024",
            date: "2024-01-08",
            reading: "by",
          },
          originalDueOn: "2024-01-08",
          createdAt: "2024-01-05T10:00:00+07:00",
        }),
      ),
      { on: "2024-01-05", by: "vp" },
    ),
  );

// Untyped callers (JavaScript, a loose API layer) may hand over anything.
const junk = fc.oneof(fc.anything(), fc.string(), fc.constant(undefined), fc.constant(null));
const loose = fc.record(
  {
    on: fc.oneof(junk, fc.constant("2024-01-10")),
    by: fc.oneof(junk, fc.constant("vp")),
    note: junk,
    reference: junk,
    at: junk,
    reason: junk,
    text: junk,
    percent: junk,
    attachments: junk,
    to: junk,
    watcher: junk,
    lead: junk,
    proposedDueOn: junk,
    requestedOn: junk,
    decidedOn: junk,
    dueOn: junk,
    answerBy: junk,
    number: junk,
    issuedOn: junk,
  },
  { requiredKeys: [] },
);

// biome-ignore lint/suspicious/noExplicitAny: the point is to bypass the types.
type Loose = any;
const calls: ReadonlyArray<readonly [string, (t: Task.Task, x: Loose) => unknown]> = [
  ["Task.complete", (t, x) => Task.complete(t, x)],
  ["Task.pause", (t, x) => Task.pause(t, x)],
  ["Task.cancel", (t, x) => Task.cancel(t, x)],
  ["Task.reassign", (t, x) => Task.reassign(t, x)],
  ["Extension.request", (t, x) => Extension.request(t, x)],
  ["Extension.approve", (t, x) => Extension.approve(t, "T-R/extension-1", x)],
  ["ProgressReport.add", (t, x) => ProgressReport.add(t, x)],
  ["Delegation.delegate", (t, x) => Delegation.delegate(t, x)],
  ["Delegation.watch", (t, x) => Delegation.watch(t, x)],
  ["ExplanationRequest.request", (t, x) => ExplanationRequest.request(t, x)],
  ["ExplanationRequest.answer", (t, x) => ExplanationRequest.answer(t, "T-R/explanation-1", x)],
];

describe("an instant that is not a string", () => {
  it("is refused by Task.complete as bad input, never thrown (found by the property below)", () => {
    const at = { toString: [] } as unknown as string;
    const r = Task.complete(open(), { on: "2024-01-10", by: "vp", at });
    expect(Result.isFailure(r) && r.failure._tag).toBe("TaskRuleError");
  });
});

describe("bad input", () => {
  it.each(calls)("never makes %s throw, and what it accepts is a valid task", (_name, call) => {
    fc.assert(
      fc.property(loose, (x) => {
        const r = call(open(), x) as Result.Result<Task.Task, Task.TaskError>;
        if (Result.isSuccess(r)) expect(Task.Task.safeParse(r.success).success).toBe(true);
        else expect(r.failure.message).toMatch(/^Không thể /);
      }),
      { numRuns: 300 },
    );
  });

  it("never makes Notice.publish throw", () => {
    const draft = Notice.fromParsed(
      {
        notice: {
          number: null,
          symbol: "TB-UBND",
          issuer: null,
          place: null,
          issuedOn: "2024-01-05",
          meetingOn: null,
          subject: null,
          chair: null,
          attendees: [],
          references: [],
          recipients: [],
          signer: null,
        },
        directives: [],
        warnings: [],
        text: "",
      },
      { id: "n", createdAt: "2024-01-05T10:00:00+07:00" },
    );
    fc.assert(
      fc.property(loose, (x) => {
        const r = Notice.publish(draft, x as Loose);
        if (Result.isSuccess(r)) expect(Notice.Notice.safeParse(r.success).success).toBe(true);
        else expect(r.failure.message).toMatch(/^Không thể /);
      }),
      { numRuns: 300 },
    );
  });
});
