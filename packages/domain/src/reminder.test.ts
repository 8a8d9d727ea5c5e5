import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as Reminder from "./reminder.js";
import * as Task from "./task.js";

const draft = (): Task.Task =>
  Result.getOrThrow(
    Task.make({
      id: "VT-1",
      lead: { agencyId: "vt.phong-vhtt", name: "Phòng Văn hóa và Thông tin" },
      mode: "assigned",
      action: "Hoàn thiện báo cáo năm 2023",
      deadline: { kind: "on-date", phrase: "chậm nhất ngày 08/01/2024", date: "2024-01-08", reading: "by" },
      originalDueOn: "2024-01-08",
      createdAt: "2024-01-05T10:00:00+07:00",
    }),
  );
const open = (): Task.Task => Result.getOrThrow(Task.publish(draft(), { on: "2024-01-05", by: "vp" }));
const ok = (r: Result.Result<Task.Task, Task.TaskError>): Task.Task => {
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const code = (r: Result.Result<Task.Task, Task.TaskError>): string =>
  Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";

describe("Reminder", () => {
  it("records each reminder on the history with who, when and the message, and counts them", () => {
    const once = ok(
      Reminder.remind(open(), {
        on: "2024-01-09",
        at: "2024-01-09T08:00:00+07:00",
        by: "user:vp",
        note: "Đề nghị báo cáo trước 10/01",
      }),
    );
    const twice = ok(
      Reminder.remind(once, { on: "2024-01-10", at: "2024-01-10T09:15:00+07:00", by: "user:vp" }),
    );
    const events = twice.history.filter((e) => e.action === "remind");
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      by: "user:vp",
      note: "Đề nghị báo cáo trước 10/01",
      from: "open",
      to: "open",
    });
    expect(events[1]?.note).toBeNull();
    expect(twice.lifecycle).toBe("open");
    expect(twice.version).toBe(open().version + 2);
    expect(Reminder.countOf(twice)).toEqual({ count: 2, lastAt: "2024-01-10T09:15:00+07:00" });
    expect(Reminder.countOf(open())).toEqual({ count: 0, lastAt: null });
  });

  it("refuses a task that is not open: draft, paused, done, cancelled", () => {
    const input = { on: "2024-01-09", by: "user:vp" };
    expect(code(Reminder.remind(draft(), input))).toBe("TaskTransitionError");
    const done = ok(Task.complete(open(), { on: "2024-01-08", by: "user:so" }));
    expect(code(Reminder.remind(done, input))).toBe("TaskTransitionError");
    const cancelled = ok(Task.cancel(open(), { on: "2024-01-06", by: "vp", note: "Không còn phù hợp" }));
    expect(code(Reminder.remind(cancelled, input))).toBe("TaskTransitionError");
    const paused = ok(Task.pause(open(), { on: "2024-01-06", by: "vp", note: "Chờ chủ trương" }));
    expect(code(Reminder.remind(paused, input))).toBe("TaskTransitionError");
    const failure = Reminder.remind(done, input);
    expect(Result.isFailure(failure) && failure.failure.message).toContain("đôn đốc");
  });

  it("refuses a message too long and a missing actor", () => {
    expect(
      code(
        Reminder.remind(open(), { on: "2024-01-09", by: "vp", note: "x".repeat(Reminder.MESSAGE_MAX + 1) }),
      ),
    ).toBe("message-too-long");
    expect(code(Reminder.remind(open(), { on: "2024-01-09", by: " " }))).toBe("actor-missing");
  });

  it("a whole list is reminded of what is overdue or due soon, nothing else", () => {
    expect(Reminder.callsForReminder("overdue")).toBe(true);
    expect(Reminder.callsForReminder("due-soon")).toBe(true);
    for (const t of ["not-due", "no-deadline", "done-on-time", "done-late", "paused", "cancelled"] as const)
      expect(Reminder.callsForReminder(t)).toBe(false);
  });
});
