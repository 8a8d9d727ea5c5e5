import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as Task from "./task.js";
import * as TaskHandler from "./task-handler.js";

const draft = (): Task.Task =>
  Result.getOrThrow(
    Task.make({
      id: "T-1",
      lead: { agencyId: "brvt.so-tc", name: "Sở Tài chính" },
      mode: "assigned",
      action: "Bố trí kinh phí thực hiện kế hoạch",
      deadline: { kind: "none", phrase: null },
      createdAt: "2026-06-01T08:00:00+07:00",
    }),
  );
const by = { on: "2026-06-02", at: "2026-06-02T09:00:00+07:00", by: "user:usr_truongphong" };
const open = (): Task.Task => Result.getOrThrow(Task.publish(draft(), { on: "2026-06-01", by: "vp" }));
const lan: TaskHandler.Officer = {
  userId: "usr_lan",
  name: "Nguyễn Thị Lan",
  isOfficer: true,
  agencyId: "brvt.so-tc",
  active: true,
};

describe("TaskHandler.assign", () => {
  it("names an active officer of the lead agency, recording who gave it and to whom", () => {
    const t = Result.getOrThrow(TaskHandler.assign(open(), { ...by, officer: lan }));
    expect(t.handler).toEqual({ userId: "usr_lan", name: "Nguyễn Thị Lan" });
    expect(t.version).toBe(open().version + 1);
    expect(t.history.at(-1)).toMatchObject({
      action: "assign-handler",
      by: "user:usr_truongphong",
      note: "Nguyễn Thị Lan",
    });
  });

  it("takes the task back, and leaves a task without handler as it is", () => {
    const given = Result.getOrThrow(TaskHandler.assign(open(), { ...by, officer: lan }));
    const back = Result.getOrThrow(TaskHandler.assign(given, { ...by, officer: null }));
    expect(back.handler).toBeNull();
    expect(back.history.at(-1)?.action).toBe("unassign-handler");
    const none = open();
    expect(Result.getOrThrow(TaskHandler.assign(none, { ...by, officer: null }))).toBe(none);
  });

  it("refuses an officer of another agency, a disabled account and an account that is no officer", () => {
    const code = (officer: TaskHandler.Officer) => {
      const r = TaskHandler.assign(open(), { ...by, officer });
      return Result.isFailure(r) && r.failure._tag === "TaskRuleError" ? r.failure.code : null;
    };
    expect(code({ ...lan, agencyId: "brvt.so-tttt" })).toBe("handler-outside-lead");
    expect(code({ ...lan, active: false })).toBe("handler-inactive");
    expect(code({ ...lan, isOfficer: false })).toBe("handler-not-officer");
  });

  it("gives no draft, done or cancelled task", () => {
    const done = Result.getOrThrow(Task.complete(open(), { on: "2026-06-02", by: "x" }));
    const cancelled = Result.getOrThrow(Task.cancel(open(), { on: "2026-06-02", by: "x", note: "Thôi" }));
    for (const t of [draft(), done, cancelled]) {
      const r = TaskHandler.assign(t, { ...by, officer: lan });
      expect(Result.isFailure(r) && r.failure._tag).toBe("TaskTransitionError");
      if (Result.isFailure(r)) expect(r.failure.message).toContain("giao chuyên viên xử lý");
    }
  });
});
