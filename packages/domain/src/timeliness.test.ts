import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isoOf, parseDay } from "./day-number.js";
import * as PolicyPack from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
import * as WorkingCalendar from "./working-calendar.js";

const calendar = WorkingCalendar.vietnam();
/** `Timeliness.of` on well-formed input: its success. */
const judge = (...args: Parameters<typeof Timeliness.of>): Timeliness.Timeliness =>
  Result.getOrThrow(Timeliness.of(...args));
const policy = PolicyPack.national;
const task = (
  lifecycle: Timeliness.TaskTimes["lifecycle"],
  dueOn: string | null,
  completedOn: string | null = null,
) => ({
  lifecycle,
  dueOn,
  completedOn,
});

describe("Timeliness.of", () => {
  it.each([
    [task("open", "2024-01-08"), "2024-01-09", "overdue"],
    [task("open", "2024-01-08"), "2024-01-08", "due-soon"],
    [task("open", "2024-01-08"), "2024-01-03", "due-soon"],
    [task("open", "2024-01-08"), "2024-01-02", "not-due"],
    [task("open", null), "2024-01-09", "no-deadline"],
    [task("done", "2024-01-08", "2024-01-08"), "2024-03-01", "done-on-time"],
    [task("done", "2024-01-08", "2024-01-09"), "2024-03-01", "done-late"],
    [task("done", null, "2024-01-09"), "2024-03-01", "done"],
    // Without a completion date nothing tells on time from late, whatever the day asked.
    [task("done", "2024-01-08", null), "2024-01-05", "done"],
    [task("done", "2024-01-08", null), "2024-02-05", "done"],
    [task("paused", "2024-01-08"), "2024-03-01", "paused"],
    [task("cancelled", "2024-01-08"), "2024-03-01", "cancelled"],
    [task("draft", "2024-01-08"), "2024-03-01", "draft"],
  ] as const)("judges %o at %s as %s", (t, at, expected) => {
    expect(judge(t, at, calendar, policy)).toBe(expected);
  });

  it("counts working days, not calendar days, for “due soon”: Tết does not count", () => {
    // From 07/02/2024 to 16/02/2024: only 15/02 and 16/02 are worked (Tết 08–14/02).
    expect(judge(task("open", "2024-02-16"), "2024-02-07", calendar, policy)).toBe("due-soon");
    expect(
      judge(task("open", "2024-02-16"), "2024-02-07", calendar, { ...policy, dueSoonWorkingDays: 1 }),
    ).toBe("not-due");
  });

  it("judges against the current (extended) deadline", () => {
    expect(judge(task("done", "2024-01-31", "2024-01-20"), "2024-02-01", calendar, policy)).toBe(
      "done-on-time",
    );
  });

  it.each([
    ["an ISO instant where a date is expected", task("open", "2024-01-08"), "2024-01-09T10:00:00Z", "when"],
    ["garbage", task("open", "2024-01-08"), "garbage", "when"],
    ["a due date that does not exist", task("open", "2024-02-30"), "2024-01-09", "task.dueOn"],
    ["an instant as the due date", task("open", "2024-01-08T00:00:00Z"), "2024-01-09", "task.dueOn"],
    [
      "a completion date that does not exist",
      task("done", "2024-01-08", "2024-13-01"),
      "2024-01-09",
      "task.completedOn",
    ],
    [
      "an unknown lifecycle",
      { ...task("open", "2024-01-08"), lifecycle: "closed" as Timeliness.TaskTimes["lifecycle"] },
      "2024-01-09",
      "task.lifecycle",
    ],
    ["a malformed hour", { ...task("open", "2024-01-08"), dueTime: "17h" }, "2024-01-09", "task.dueTime"],
    [
      "a completion instant without its offset",
      { ...task("done", "2024-01-08"), completedAt: "2024-01-08T18:00:00" },
      "2024-01-09",
      "task.completedAt",
    ],
  ] as const)("fails with InvalidTimelinessInput on %s", (_, t, at, field) => {
    const r = Timeliness.of(t, at, calendar, policy);
    expect(Result.isFailure(r) && r.failure).toMatchObject({ _tag: "InvalidTimelinessInput", field });
    expect(Result.isFailure(r) && r.failure.message).toContain(field);
  });
});

describe("a deadline with an hour (Asia/Ho_Chi_Minh)", () => {
  const due = (completedAt: string) => ({
    lifecycle: "done" as const,
    dueOn: "2025-03-20",
    completedOn: completedAt.slice(0, 10),
    dueTime: "17:00",
    completedAt,
  });

  it.each([
    ["2025-03-20T18:00:00+07:00", "done-late"],
    ["2025-03-20T17:00:00+07:00", "done-on-time"],
    ["2025-03-20T16:59:00+07:00", "done-on-time"],
    // 10:30 UTC is 17:30 in Hà Nội.
    ["2025-03-20T10:30:00Z", "done-late"],
    ["2025-03-20T09:59:59Z", "done-on-time"],
    ["2025-03-19T23:00:00+07:00", "done-on-time"],
  ] as const)("done at %s on a 17:00 deadline of 20/03/2025 is %s", (at, expected) => {
    expect(judge(due(at), "2025-04-01", calendar, policy)).toBe(expected);
  });

  it("judges by the end of the day when the deadline has no hour", () => {
    expect(
      judge({ ...due("2025-03-20T23:30:00+07:00"), dueTime: null }, "2025-04-01", calendar, policy),
    ).toBe("done-on-time");
  });
});

describe("report categories", () => {
  it.each([
    ["done-on-time", "hoan-thanh-dung-han"],
    ["done", "hoan-thanh-dung-han"],
    ["done-late", "hoan-thanh-qua-han"],
    ["not-due", "dang-thuc-hien-trong-han"],
    ["due-soon", "dang-thuc-hien-trong-han"],
    ["no-deadline", "dang-thuc-hien-trong-han"],
    ["overdue", "dang-thuc-hien-qua-han"],
    ["paused", null],
    ["cancelled", null],
    ["draft", null],
  ] as const)("counts %s as %s", (t, category) => {
    expect(Timeliness.reportCategory(t)).toBe(category);
  });

  it("labels every value and category in Vietnamese and English", () => {
    for (const t of Timeliness.Timeliness.options) {
      expect(Timeliness.label(t).vi.length).toBeGreaterThan(0);
      const c = Timeliness.reportCategory(t);
      if (c) expect(Timeliness.categoryLabel(c).en.length).toBeGreaterThan(0);
    }
    expect(Timeliness.categoryLabel("dang-thuc-hien-qua-han").vi).toBe("Đang thực hiện quá hạn");
  });
});

const day = fc.integer({ min: parseDay("1990-01-01"), max: parseDay("2070-12-31") }).map(isoOf);
const maybeDate = fc.oneof(day, fc.constant(null), fc.string({ maxLength: 12 }));
const lifecycle = fc.constantFrom(
  "draft" as const,
  "open" as const,
  "submitted" as const,
  "done" as const,
  "paused" as const,
  "cancelled" as const,
);

describe("properties", () => {
  it("is total: every input gives a member of the enum or a typed error, and only malformed input fails", () => {
    fc.assert(
      fc.property(
        lifecycle,
        maybeDate,
        maybeDate,
        fc.oneof(day, fc.string()),
        fc.nat(30),
        (lc, dueOn, completedOn, at, soon) => {
          const r = Timeliness.of({ lifecycle: lc, dueOn, completedOn }, at, calendar, {
            ...policy,
            dueSoonWorkingDays: soon,
          });
          const wellFormed =
            Number.isFinite(parseDay(at)) &&
            [dueOn, completedOn].every((d) => d === null || Number.isFinite(parseDay(d)));
          if (Result.isSuccess(r)) expect(Timeliness.Timeliness.options).toContain(r.success);
          else expect(r.failure._tag).toBe("InvalidTimelinessInput");
          expect(Result.isSuccess(r)).toBe(wellFormed);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("names a junk value without throwing, even one that cannot be made a string", () => {
    const junk = Object.create(null) as unknown;
    for (const task of [
      { lifecycle: junk, dueOn: null, completedOn: null },
      { lifecycle: "open", dueOn: junk, completedOn: null },
      { lifecycle: "done", dueOn: "2024-01-05", completedOn: junk },
    ]) {
      const r = Timeliness.of(task as unknown as Timeliness.TaskTimes, "2024-01-09", calendar, policy);
      expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidTimelinessInput");
    }
    const when = Timeliness.of(
      { lifecycle: "open", dueOn: null, completedOn: null },
      junk as string,
      calendar,
      policy,
    );
    expect(Result.isFailure(when) && when.failure.value).toBe("[object Object]");
  });

  it("never throws, even on junk", () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (lc, dueOn, completedOn, at) => {
          const r = Timeliness.of(
            { lifecycle: lc, dueOn, completedOn } as unknown as Timeliness.TaskTimes,
            at as string,
            calendar,
            policy,
          );
          if (Result.isSuccess(r)) expect(Timeliness.Timeliness.options).toContain(r.success);
          else expect(r.failure._tag).toBe("InvalidTimelinessInput");
        },
      ),
    );
  });

  it("an open task is overdue exactly when the instant is after its due date", () => {
    fc.assert(
      fc.property(day, day, (dueOn, at) => {
        const t = judge({ lifecycle: "open", dueOn, completedOn: null }, at, calendar, policy);
        expect(t === "overdue").toBe(at > dueOn);
      }),
    );
  });
});
