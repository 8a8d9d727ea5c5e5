import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as ExplanationRequest from "./explanation-request.js";
import * as Extension from "./extension.js";
import * as Task from "./task.js";

const open = (): Task.Task =>
  Result.getOrThrow(
    Task.publish(
      Result.getOrThrow(
        Task.make({
          id: "VT-1",
          lead: { agencyId: "vt.phong-vhtt", name: "Phòng Văn hóa và Thông tin" },
          mode: "assigned",
          action: "Hoàn thiện báo cáo năm 2023",
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
const ok = (r: Result.Result<Task.Task, Task.TaskError>): Task.Task => {
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const code = (r: Result.Result<Task.Task, Task.TaskError>): string =>
  Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";
const ask = { by: "vp", reason: "Giải trình lý do chậm trễ", reference: "Công văn 77/VP-TH ngày 10/01/2024" };

describe("ExplanationRequest", () => {
  it("asks for an explanation on an overdue task and records the answer", () => {
    const t = ok(ExplanationRequest.request(open(), { ...ask, on: "2024-01-10", answerBy: "2024-01-12" }));
    const req = t.explanationRequests[0];
    expect(req?.missedDueOn).toBe("2024-01-08");
    expect(ExplanationRequest.unanswered(t)).toHaveLength(1);
    const a = ok(
      ExplanationRequest.answer(t, req?.id ?? "", {
        on: "2024-01-11",
        by: "phong",
        text: "Chờ số liệu của Tỉnh",
      }),
    );
    expect(a.explanationRequests[0]?.answer?.text).toBe("Chờ số liệu của Tỉnh");
    expect(ExplanationRequest.unanswered(a)).toEqual([]);
    expect(code(ExplanationRequest.answer(a, req?.id ?? "", { on: "2024-01-11", by: "p", text: "x" }))).toBe(
      "already-answered",
    );
  });

  it("refuses when the task is not overdue, judged against the approved extension", () => {
    const r = ExplanationRequest.request(open(), { ...ask, on: "2024-01-08" });
    expect(code(r)).toBe("not-overdue");
    if (Result.isFailure(r))
      expect(r.failure.message).toContain("chưa quá hạn vào ngày 08/01/2024 (thời hạn 08/01/2024)");
    let t = ok(
      Extension.request(open(), {
        reason: "r",
        proposedDueOn: "2024-01-20",
        requestedOn: "2024-01-06",
        by: "p",
      }),
    );
    t = ok(Extension.approve(t, t.extensions[0]?.id ?? "", { decidedOn: "2024-01-07", by: "pct" }));
    expect(code(ExplanationRequest.request(t, { ...ask, on: "2024-01-10" }))).toBe("not-overdue");
  });

  it("accepts a task done late, not one done on time", () => {
    const late = ok(Task.complete(open(), { on: "2024-01-09", by: "p" }));
    expect(code(ExplanationRequest.request(late, { ...ask, on: "2024-01-10" }))).toBe("ok");
    const onTime = ok(Task.complete(open(), { on: "2024-01-08", by: "p" }));
    expect(code(ExplanationRequest.request(onTime, { ...ask, on: "2024-01-10" }))).toBe("not-overdue");
  });

  it("refuses a missing reason, an answer date before the request, and cancelled tasks", () => {
    expect(code(ExplanationRequest.request(open(), { ...ask, reason: "", on: "2024-01-10" }))).toBe(
      "reason-missing",
    );
    expect(
      code(ExplanationRequest.request(open(), { ...ask, on: "2024-01-10", answerBy: "2024-01-09" })),
    ).toBe("answer-before-request");
    const cancelled = ok(Task.cancel(open(), { on: "2024-01-06", by: "p", note: "thôi" }));
    expect(code(ExplanationRequest.request(cancelled, { ...ask, on: "2024-01-10" }))).toBe(
      "TaskTransitionError",
    );
  });
});
