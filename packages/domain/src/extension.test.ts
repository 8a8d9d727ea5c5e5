import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as Extension from "./extension.js";
import * as IsoDate from "./iso-date.js";
import * as PolicyPack from "./policy-pack.js";
import * as Task from "./task.js";
import * as Timeliness from "./timeliness.js";
import * as WorkingCalendar from "./working-calendar.js";

const open = (): Task.Task =>
  Result.getOrThrow(
    Task.publish(
      Result.getOrThrow(
        Task.make({
          id: "VT-2.1",
          lead: { agencyId: "vt.vp-hdnd-ubnd", name: "Văn phòng HĐND và UBND Thành phố" },
          mode: "assigned",
          action: "Hoàn thiện Tờ trình thuê dịch vụ công nghệ thông tin",
          deadline: {
            kind: "on-date",
            phrase: "chậm nhất ngày 06/01/2024",
            date: "2024-01-06",
            reading: "by",
          },
          originalDueOn: "2024-01-08",
          createdAt: "2024-01-05T10:00:00+07:00",
        }),
      ),
      { on: "2024-01-05", by: "vp" },
    ),
  );

const ok = (r: Result.Result<Task.Task, Task.TaskError>): Task.Task => {
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const code = (r: Result.Result<Task.Task, Task.TaskError>): string =>
  Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";

/** Mon–Fri working days in (from, to]; enough for rule checks. */
const weekdaysBetween = (from: string, to: string): number => {
  let n = 0;
  for (let d = IsoDate.toDayNumber(from) + 1; d <= IsoDate.toDayNumber(to); d++) {
    const w = IsoDate.weekdayOf(d);
    if (w !== 0 && w !== 6) n++;
  }
  return n;
};
const policy = (
  max: number | null,
  lead: number,
  overdue: number | null = null,
): Extension.ExtensionPolicy => ({
  extension: { maxExtensions: max, minWorkingDaysBeforeDeadline: lead },
  overdueReasonAfterWorkingDays: overdue,
  workingDaysBetween: weekdaysBetween,
});

const ask = {
  reason: "Chờ ý kiến Sở Tài chính",
  proposedDueOn: "2024-01-15",
  requestedOn: "2024-01-05",
  by: "vp",
};

describe("Extension", () => {
  it("uses the original due date until an extension is approved", () => {
    const t = ok(Extension.request(open(), ask));
    expect(Extension.currentDueOn(t)).toBe("2024-01-08");
    expect(Extension.pendingOf(t)?.previousDueOn).toBe("2024-01-08");
  });

  it("approves with another date than proposed, and that date becomes the deadline", () => {
    const t = ok(Extension.request(open(), ask));
    const id = t.extensions[0]?.id ?? "";
    const approved = ok(
      Extension.approve(t, id, {
        dueOn: "2024-01-12",
        decidedOn: "2024-01-06",
        by: "pct",
        reference: "Công văn 123/UBND-TH ngày 06/01/2024",
      }),
    );
    expect(Extension.currentDueOn(approved)).toBe("2024-01-12");
    expect(approved.extensions[0]?.status).toBe("approved");
    expect(approved.extensions[0]?.decision?.reference).toBe("Công văn 123/UBND-TH ngày 06/01/2024");
    expect(approved.history.map((e) => e.action)).toEqual([
      "publish",
      "request-extension",
      "approve-extension",
    ]);
  });

  it("keeps the deadline on rejection, requires a reason, and keeps the request in the history", () => {
    const t = ok(Extension.request(open(), ask));
    const id = t.extensions[0]?.id ?? "";
    expect(code(Extension.reject(t, id, { decidedOn: "2024-01-06", by: "pct" }))).toBe("reason-missing");
    const rejected = ok(
      Extension.reject(t, id, { decidedOn: "2024-01-06", by: "pct", note: "Đủ thời gian" }),
    );
    expect(Extension.currentDueOn(rejected)).toBe("2024-01-08");
    expect(rejected.extensions).toHaveLength(1);
    expect(code(Extension.approve(rejected, id, { decidedOn: "2024-01-07", by: "pct" }))).toBe(
      "already-decided",
    );
  });

  it("takes the latest approved deadline after several extensions", () => {
    let t = ok(Extension.request(open(), ask));
    t = ok(Extension.approve(t, t.extensions[0]?.id ?? "", { decidedOn: "2024-01-06", by: "pct" }));
    t = ok(Extension.request(t, { ...ask, proposedDueOn: "2024-01-31", requestedOn: "2024-01-10" }));
    t = ok(Extension.approve(t, t.extensions[1]?.id ?? "", { decidedOn: "2024-01-11", by: "pct" }));
    expect(Extension.currentDueOn(t)).toBe("2024-01-31");
    expect(Extension.approvedCount(t)).toBe(2);
  });

  it.each([
    ["an empty reason", { reason: " " }, "reason-missing"],
    ["a date not after the deadline", { proposedDueOn: "2024-01-08" }, "not-later"],
    ["a malformed date", { proposedDueOn: "15/01/2024" }, "invalid-date"],
    ["a malformed request day", { requestedOn: "hôm nay" }, "invalid-date"],
  ])("refuses a request with %s", (_what, change, expected) => {
    expect(code(Extension.request(open(), { ...ask, ...change }))).toBe(expected);
  });

  it("refuses a second request while one is pending, and allows it once withdrawn", () => {
    const t = ok(Extension.request(open(), ask));
    expect(code(Extension.request(t, ask))).toBe("pending-exists");
    const w = ok(Extension.withdraw(t, t.extensions[0]?.id ?? "", { decidedOn: "2024-01-05", by: "vp" }));
    expect(w.extensions[0]?.status).toBe("withdrawn");
    expect(code(Extension.request(w, ask))).toBe("ok");
  });

  it("applies the policy: the number of extensions and the lead time in working days", () => {
    expect(code(Extension.request(open(), ask, policy(1, 0)))).toBe("ok");
    // 05/01/2024 (Friday) → 08/01/2024 (Monday): one working day left.
    const late = Extension.request(open(), ask, policy(1, 2));
    expect(code(late)).toBe("too-late");
    if (Result.isFailure(late)) expect(late.failure.message).toContain("ít nhất 2 ngày làm việc");
    let t = ok(Extension.request(open(), ask, policy(1, 1)));
    t = ok(Extension.approve(t, t.extensions[0]?.id ?? "", { decidedOn: "2024-01-06", by: "pct" }));
    expect(code(Extension.request(t, { ...ask, proposedDueOn: "2024-02-01" }, policy(1, 0)))).toBe(
      "limit-reached",
    );
  });

  it("reads the national policy pack: no cap, no lead time, a request after the deadline is flagged late", () => {
    const cal = WorkingCalendar.vietnam();
    const national = Extension.policyOf(PolicyPack.national, cal);
    expect(code(Extension.request(open(), ask, national))).toBe("ok");
    const late = ok(
      Extension.request(open(), { ...ask, requestedOn: "2024-01-10", proposedDueOn: "2024-01-20" }, national),
    );
    expect(late.extensions[0]?.isLate).toBe(true);
    expect(ok(Extension.request(open(), ask, national)).extensions[0]?.isLate).toBe(false);
  });

  it("reads the province example pack: one extension, asked 5 working days ahead", () => {
    const cal = WorkingCalendar.vietnam();
    const province = Extension.policyOf(PolicyPack.provinceExample, cal);
    // 05/01 → 08/01/2024 leaves 1 working day.
    expect(code(Extension.request(open(), ask, province))).toBe("too-late");
    let t = ok(Extension.request(open(), { ...ask, requestedOn: "2023-12-28" }, province));
    t = ok(Extension.approve(t, t.extensions[0]?.id ?? "", { decidedOn: "2023-12-29", by: "pct" }, province));
    expect(
      code(
        Extension.request(t, { ...ask, proposedDueOn: "2024-02-20", requestedOn: "2024-01-02" }, province),
      ),
    ).toBe("limit-reached");
  });

  it("refuses at approval what the policy refuses: a date in the past, the limit, a long-overdue task without a reason", () => {
    const t = ok(
      Extension.request(open(), { ...ask, requestedOn: "2024-01-05", proposedDueOn: "2024-01-20" }),
    );
    const id = t.extensions[0]?.id ?? "";
    // Decided on 25/01 to 20/01: the new deadline would already be past.
    expect(code(Extension.approve(t, id, { decidedOn: "2024-01-25", by: "pct" }))).toBe("in-the-past");
    // Overdue since 08/01, decided 60 weekdays later: the pack asks for a reason after 20.
    const decided = { decidedOn: "2024-04-01", by: "pct", dueOn: "2024-05-01" };
    expect(code(Extension.approve(t, id, decided, policy(null, 0, 20)))).toBe("overdue-reason-missing");
    expect(code(Extension.approve(t, id, { ...decided, note: "Chờ vốn bổ sung" }, policy(null, 0, 20)))).toBe(
      "ok",
    );
    expect(code(Extension.approve(t, id, decided, policy(null, 0, null)))).toBe("ok");
    expect(code(Extension.approve(t, id, { decidedOn: "2024-01-06", by: "pct" }, policy(0, 0)))).toBe(
      "limit-reached",
    );
  });

  it("judges timeliness against the approved date", () => {
    const cal = WorkingCalendar.vietnam();
    const national = Extension.policyOf(PolicyPack.national, cal);
    const early = { ...ask, requestedOn: "2023-12-28" };
    let t = ok(Extension.request({ ...open(), createdAt: "2023-12-20T08:00:00+07:00" }, early, national));
    expect(Result.getOrThrow(Timeliness.of(Task.timesOf(t), "2024-01-09", cal, PolicyPack.national))).toBe(
      "overdue",
    );
    t = ok(Extension.approve(t, t.extensions[0]?.id ?? "", { decidedOn: "2023-12-29", by: "pct" }));
    expect(
      Result.getOrThrow(Timeliness.of(Task.timesOf(t), "2024-01-09", cal, PolicyPack.national)),
    ).not.toBe("overdue");
  });

  it("refuses requests on tasks that are not open", () => {
    const done = ok(Task.complete(open(), { on: "2024-01-06", by: "vp" }));
    expect(code(Extension.request(done, ask))).toBe("TaskTransitionError");
  });

  it("never moves the deadline earlier, whatever sequence of requests and decisions", () => {
    const step = fc.record({
      kind: fc.constantFrom("request", "approve", "reject", "withdraw"),
      offset: fc.integer({ min: -5, max: 40 }),
      day: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let t = open();
        let due = Extension.currentDueOn(t) ?? "";
        for (const s of steps) {
          const on = IsoDate.addDays("2024-01-05", s.day);
          const pending = Extension.pendingOf(t);
          const r =
            s.kind === "request"
              ? Extension.request(t, {
                  ...ask,
                  requestedOn: on,
                  proposedDueOn: IsoDate.addDays(due, s.offset),
                })
              : s.kind === "approve"
                ? Extension.approve(t, pending?.id ?? "?", {
                    decidedOn: on,
                    by: "x",
                    dueOn: IsoDate.addDays(due, s.offset),
                  })
                : s.kind === "reject"
                  ? Extension.reject(t, pending?.id ?? "?", { decidedOn: on, by: "x", note: "không" })
                  : Extension.withdraw(t, pending?.id ?? "?", { decidedOn: on, by: "x" });
          if (Result.isSuccess(r)) t = r.success;
          const next = Extension.currentDueOn(t) ?? "";
          expect(next >= due).toBe(true);
          due = next;
        }
        expect(t.extensions.filter((e) => e.status === "pending").length).toBeLessThanOrEqual(1);
        expect(Task.Task.safeParse(t).success).toBe(true);
      }),
    );
  });
});
