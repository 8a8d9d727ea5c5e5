import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { ParsedTask } from "./parsed-notice.js";
import * as SeedDirectory from "./seed-directory.js";
import * as Task from "./task.js";
import type { TaskLifecycle } from "./task-lifecycle.js";

const draft = (overrides: Partial<Task.TaskInit> = {}): Task.Task =>
  Result.getOrThrow(
    Task.make({
      id: "T-1",
      noticeId: "12/TB-UBND",
      directivePath: "2.a",
      lead: { agencyId: "brvt.so-tttt", name: "Sở Thông tin và Truyền thông" },
      coordinators: [{ agencyId: "brvt.vp-ubnd", name: "Văn phòng UBND tỉnh" }],
      mode: "assigned",
      action: "Hoàn thiện báo cáo đánh giá Nghị quyết 112/NQ-HĐND",
      deadline: {
        kind: "end-of-period",
        phrase: "trong tháng 01/2023",
        period: { unit: "month", year: 2023, month: 1 },
      },
      originalDueOn: "2023-01-31",
      createdAt: "2023-01-18T08:00:00+07:00",
      ...overrides,
    }),
  );

const by = { by: "chuyenvien.vp", reference: "Công văn 123/UBND-TH ngày 20/01/2023" };
const ok = (r: Result.Result<Task.Task, Task.TaskError>): Task.Task => {
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const open = (): Task.Task => ok(Task.publish(draft(), { on: "2023-01-18", ...by }));

describe("Task.make", () => {
  it("creates a draft at version 0 with empty histories", () => {
    const t = draft();
    expect(t.lifecycle).toBe("draft");
    expect(t.version).toBe(0);
    expect(t.updatedAt).toBe(t.createdAt);
    expect([t.extensions, t.progress, t.history, t.delegatedTo, t.watchers]).toEqual([[], [], [], [], []]);
    expect(Task.Task.safeParse(t).success).toBe(true);
  });

  it("rejects an empty action with a Vietnamese TaskRuleError naming the field", () => {
    const r = Task.make({ ...draft(), action: "" });
    expect(Result.isFailure(r)).toBe(true);
    if (Result.isFailure(r)) {
      expect(r.failure._tag).toBe("TaskRuleError");
      expect(r.failure.message).toMatch(/^Không thể tạo nhiệm vụ T-1: action/);
    }
  });
});

describe("Task lifecycle transitions", () => {
  it("publishes a draft, bumping the version and recording who decided, when and on what authority", () => {
    const t = ok(Task.publish(draft(), { on: "2023-01-18", at: "2023-01-18T09:00:00+07:00", ...by }));
    expect(t.lifecycle).toBe("open");
    expect(t.version).toBe(1);
    expect(t.updatedAt).toBe("2023-01-18T09:00:00+07:00");
    expect(t.history).toEqual([
      {
        action: "publish",
        at: "2023-01-18T09:00:00+07:00",
        on: "2023-01-18",
        by: "chuyenvien.vp",
        from: "draft",
        to: "open",
        note: null,
        reference: "Công văn 123/UBND-TH ngày 20/01/2023",
      },
    ]);
  });

  it("marks an open task done on the given day, and reopening clears it", () => {
    const done = ok(Task.complete(open(), { on: "2023-01-30", ...by }));
    expect([done.lifecycle, done.completedOn]).toEqual(["done", "2023-01-30"]);
    const again = ok(Task.reopen(done, { on: "2023-02-01", note: "Báo cáo chưa đạt yêu cầu", ...by }));
    expect([again.lifecycle, again.completedOn, again.version]).toEqual(["open", null, 3]);
  });

  it("refuses to mark a cancelled task done, saying so in Vietnamese", () => {
    const cancelled = ok(Task.cancel(open(), { on: "2023-01-20", note: "Không còn phù hợp", ...by }));
    const r = Task.complete(cancelled, { on: "2023-01-25", ...by });
    expect(Result.isFailure(r)).toBe(true);
    if (Result.isFailure(r)) {
      expect(r.failure._tag).toBe("TaskTransitionError");
      expect(r.failure.message).toBe("Không thể đánh dấu hoàn thành nhiệm vụ đã bị hủy (nhiệm vụ T-1).");
    }
  });

  it.each([
    ["pause", Task.pause],
    ["reopen", Task.reopen],
    ["cancel", Task.cancel],
  ] as const)("requires a reason to %s", (_name, f) => {
    const start = _name === "reopen" ? ok(Task.complete(open(), { on: "2023-01-20", ...by })) : open();
    const r = f(start, { on: "2023-01-20", ...by, note: "  " });
    expect(Result.isFailure(r) && r.failure._tag === "TaskRuleError" && r.failure.code).toBe(
      "reason-missing",
    );
  });

  it("rejects a decision dated before the task existed, or a malformed date", () => {
    const r1 = Task.complete(open(), { on: "2023-01-10", ...by });
    expect(Result.isFailure(r1) && r1.failure._tag === "TaskRuleError" && r1.failure.code).toBe(
      "before-creation",
    );
    const r2 = Task.complete(open(), { on: "30/01/2023", ...by });
    expect(Result.isFailure(r2) && r2.failure._tag === "TaskRuleError" && r2.failure.code).toBe(
      "invalid-date",
    );
  });

  const states: TaskLifecycle[] = ["draft", "open", "submitted", "done", "paused", "cancelled"];
  const actions = {
    publish: Task.publish,
    complete: Task.complete,
    pause: Task.pause,
    resume: Task.resume,
    reopen: Task.reopen,
    cancel: Task.cancel,
  } as const;
  const allowed: Record<keyof typeof actions, TaskLifecycle[]> = {
    publish: ["draft"],
    complete: ["open"],
    pause: ["open"],
    resume: ["paused"],
    reopen: ["done"],
    cancel: ["draft", "open", "submitted", "paused"],
  };
  const inState = (s: TaskLifecycle): Task.Task => ({ ...draft(), lifecycle: s });

  it.each(
    states.flatMap((s) => (Object.keys(actions) as (keyof typeof actions)[]).map((a) => [a, s] as const)),
  )("%s from %s succeeds exactly when the lifecycle allows it", (a, s) => {
    const r = actions[a](inState(s), { on: "2023-01-20", note: "lý do", ...by });
    expect(Result.isSuccess(r)).toBe(allowed[a].includes(s));
    expect(Task.allowedFrom(s).includes(a)).toBe(allowed[a].includes(s));
    if (Result.isFailure(r)) expect(r.failure._tag).toBe("TaskTransitionError");
  });

  it("never leaves the cancelled state, whatever is tried, and never throws", () => {
    const names = Object.keys(actions) as (keyof typeof actions)[];
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.constantFrom(...names), note: fc.string(), day: fc.string() }), {
          maxLength: 10,
        }),
        (steps) => {
          let t = inState("cancelled");
          for (const s of steps) {
            const r = actions[s.a](t, { on: s.day, note: s.note, by: "x" });
            expect(Result.isFailure(r)).toBe(true);
            if (Result.isFailure(r)) expect(r.failure._tag).toBe("TaskTransitionError");
            if (Result.isSuccess(r)) t = r.success;
          }
          expect(t.lifecycle).toBe("cancelled");
        },
      ),
    );
  });

  it("bumps the version by one per successful change and keeps one history entry per change", () => {
    const names = Object.keys(actions) as (keyof typeof actions)[];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { maxLength: 15 }), (steps) => {
        let t = draft();
        let successes = 0;
        for (const a of steps) {
          const r = actions[a](t, { on: "2023-01-20", note: "lý do", ...by });
          if (Result.isSuccess(r)) {
            successes++;
            expect(r.success.version).toBe(t.version + 1);
            expect(r.success.lifecycle).not.toBe(t.lifecycle);
            t = r.success;
          }
        }
        expect(t.version).toBe(successes);
        expect(t.history).toHaveLength(successes);
        expect(Task.Task.safeParse(t).success).toBe(true);
      }),
    );
  });
});

describe("Task.reassign and Task.followSuccession", () => {
  const dir = SeedDirectory.directory();

  it("moves an open task of a merged department to its successor, with the reason in the history", () => {
    const t = ok(
      Task.followSuccession(open(), dir, {
        on: "2025-03-01",
        by: "he-thong",
        reference: "Nghị định 45/2025/NĐ-CP",
      }),
    );
    expect(t.lead).toEqual({ agencyId: "brvt.so-khcn", name: "Sở Khoa học và Công nghệ" });
    expect(t.coordinators).toEqual([{ agencyId: "brvt.vp-ubnd", name: "Văn phòng UBND tỉnh" }]);
    expect(t.history.at(-1)?.note).toBe(
      "Chuyển theo cơ quan kế thừa: Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ",
    );
  });

  it("leaves a task alone when nothing merged, or when it is finished", () => {
    const t = open();
    expect(ok(Task.followSuccession(t, dir, { on: "2024-01-01", by: "x" }))).toBe(t);
    const done = ok(Task.complete(t, { on: "2023-01-30", ...by }));
    expect(ok(Task.followSuccession(done, dir, { on: "2025-03-01", by: "x" }))).toBe(done);
  });

  it("reassigns the lead by decision but not once the task is done", () => {
    const t = ok(
      Task.reassign(open(), {
        on: "2023-01-20",
        lead: { agencyId: "brvt.so-tc", name: "Sở Tài chính" },
        ...by,
      }),
    );
    expect(t.lead.name).toBe("Sở Tài chính");
    const done = ok(Task.complete(t, { on: "2023-01-30", ...by }));
    const r = Task.reassign(done, { on: "2023-02-01", lead: { agencyId: null, name: "X" }, ...by });
    expect(Result.isFailure(r) && r.failure._tag).toBe("TaskTransitionError");
  });
});

describe("Task.fromParsed", () => {
  it("keeps a collective lead's phrase and the resolved due date", () => {
    const parsed: ParsedTask = {
      lead: {
        name: "Các sở, ban, ngành, địa phương",
        agencyId: null,
        collective: true,
        groupId: null,
        span: null,
      },
      coordinators: [],
      mode: "assigned",
      action: "Rà soát các nhiệm vụ đã giao",
      deadline: {
        phrase: "trong tháng 01/2023",
        kind: "end-of-period",
        rule: {
          kind: "end-of-period",
          phrase: "trong tháng 01/2023",
          period: { unit: "month", year: 2023, month: 1 },
        },
        dueOn: "2023-01-31",
        recurrence: null,
        derivation: null,
        span: null,
      },
      span: { start: 0, end: 10 },
    };
    const t = Result.getOrThrow(
      Task.fromParsed(parsed, {
        id: "T-9",
        noticeId: "n",
        directivePath: "1",
        createdAt: "2023-01-18T08:00:00+07:00",
      }),
    );
    expect([t.collectivePhrase, t.originalDueOn, t.lifecycle]).toEqual([
      "Các sở, ban, ngành, địa phương",
      "2023-01-31",
      "draft",
    ]);
  });
});

describe("Task.publish and deadlines", () => {
  it("refuses a task whose deadline phrase resolved to no date, naming the task and its directive", () => {
    const t = draft({
      deadline: {
        kind: "end-of-period",
        phrase: "trước ngày 30/6",
        period: { unit: "month", year: 2023, month: 6 },
      },
      originalDueOn: null,
    });
    const r = Task.publish(t, { on: "2023-01-18", ...by });
    expect(Result.isFailure(r)).toBe(true);
    if (Result.isFailure(r) && r.failure._tag === "TaskRuleError") {
      expect(r.failure.code).toBe("deadline-unresolved");
      expect(r.failure.message).toContain("mục 2.a");
      expect(r.failure.message).toContain("trước ngày 30/6");
    }
  });

  it("refuses a task whose phrase yielded no rule at all", () => {
    const t = draft({
      deadline: { kind: "none", phrase: null },
      originalDueOn: null,
      unreadDeadlinePhrase: "chậm nhất ngày 31/02",
    });
    expect(Task.unresolvedDeadline(t)).toBe("chậm nhất ngày 31/02");
    expect(Result.isFailure(Task.publish(t, { on: "2023-01-18", ...by }))).toBe(true);
  });

  it("publishes it without a deadline when the clerk says so, and the history keeps the phrase", () => {
    const t = draft({
      deadline: {
        kind: "end-of-period",
        phrase: "trước ngày 30/6",
        period: { unit: "month", year: 2023, month: 6 },
      },
      originalDueOn: null,
    });
    const p = ok(Task.publish(t, { on: "2023-01-18", ...by, noDeadline: true }));
    expect(p.lifecycle).toBe("open");
    expect(p.deadline).toEqual({ kind: "none", phrase: null });
    expect(p.history.at(-1)?.note).toContain("trước ngày 30/6");
  });

  it("publishes tasks with a date, or with no deadline stated, as they are", () => {
    expect(ok(Task.publish(draft(), { on: "2023-01-18", ...by })).deadline.kind).toBe("end-of-period");
    const none = draft({ deadline: { kind: "none", phrase: null }, originalDueOn: null });
    expect(ok(Task.publish(none, { on: "2023-01-18", ...by })).lifecycle).toBe("open");
    const ongoing = draft({ deadline: { kind: "ongoing", phrase: "thường xuyên" }, originalDueOn: null });
    expect(ok(Task.publish(ongoing, { on: "2023-01-18", ...by })).lifecycle).toBe("open");
  });
});

describe("Task.complete and its dates", () => {
  const policy = {
    extension: { maxExtensions: null, minWorkingDaysBeforeDeadline: 0 },
    overdueReasonAfterWorkingDays: 20,
    workingDaysBetween: (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000),
  };
  const code = (r: Result.Result<Task.Task, Task.TaskError>) =>
    Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";

  it("refuses a completion day before the task existed or after the day it is recorded", () => {
    expect(code(Task.complete(open(), { on: "2019-05-01", ...by }))).toBe("before-creation");
    expect(code(Task.complete(open(), { on: "2023-01-25", at: "2023-01-24T10:00:00+07:00", ...by }))).toBe(
      "in-the-future",
    );
    // 23:30 UTC on the 24th is already the 25th in Vietnam.
    expect(code(Task.complete(open(), { on: "2023-01-25", at: "2023-01-24T23:30:00Z", ...by }))).toBe("ok");
  });

  it("asks for a reason when the completion of a long-overdue task is recorded", () => {
    const late = { on: "2023-06-01", at: "2023-06-01T09:00:00+07:00", ...by };
    expect(code(Task.complete(open(), late, policy))).toBe("overdue-reason-missing");
    expect(code(Task.complete(open(), { ...late, note: "Đã trình UBND tỉnh tại Tờ trình 45" }, policy))).toBe(
      "ok",
    );
    expect(code(Task.complete(open(), { ...late, on: "2023-01-30" }, policy))).toBe("overdue-reason-missing");
    expect(
      code(Task.complete(open(), { on: "2023-02-10", at: "2023-02-10T09:00:00+07:00", ...by }, policy)),
    ).toBe("ok");
  });
});

describe("Task.revise", () => {
  const code = (r: Result.Result<Task.Task, Task.TaskError>) =>
    Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";
  const on = { on: "2023-01-20", ...by };

  it("lets a draft change its due date, text and lead", () => {
    const t = ok(Task.revise(draft(), { ...on, dueOn: "2023-02-15", action: "Báo cáo lại" }));
    expect([t.originalDueOn, t.action]).toEqual(["2023-02-15", "Báo cáo lại"]);
  });

  it("moves a published task's deadline only by an extension", () => {
    expect(code(Task.revise(open(), { ...on, dueOn: "2023-03-01" }))).toBe("due-date-locked");
    expect(code(Task.revise(open(), { ...on, dueOn: "2023-01-31", action: "Sửa chữ" }))).toBe("ok");
  });

  it("does not edit done or cancelled tasks, nor tasks of an archived notice", () => {
    const done = ok(Task.complete(open(), { on: "2023-01-25", ...by }));
    expect(code(Task.revise(done, { ...on, lead: { agencyId: "x", name: "Sở X" } }))).toBe(
      "TaskTransitionError",
    );
    expect(code(Task.revise(open(), { ...on, action: "Sửa", noticeLifecycle: "archived" }))).toBe(
      "notice-archived",
    );
  });

  it("keeps the lead out of its own coordinators", () => {
    const t = ok(
      Task.revise(open(), {
        ...on,
        coordinators: [
          { agencyId: "brvt.so-tttt", name: "Sở Thông tin và Truyền thông" },
          { agencyId: "brvt.so-tc", name: "Sở Tài chính" },
        ],
      }),
    );
    expect(t.coordinators.map((c) => c.agencyId)).toEqual(["brvt.so-tc"]);
  });
});
