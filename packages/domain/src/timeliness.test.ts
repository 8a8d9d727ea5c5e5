import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isoOf, parseDay } from "./day-number.js";
import * as PolicyPack from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
import * as WorkingCalendar from "./working-calendar.js";

const calendar = WorkingCalendar.vietnam();
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
    expect(Timeliness.of(t, at, calendar, policy)).toBe(expected);
  });

  it("counts working days, not calendar days, for “due soon”: Tết does not count", () => {
    // From 07/02/2024 to 16/02/2024: only 15/02 and 16/02 are worked (Tết 08–14/02).
    expect(Timeliness.of(task("open", "2024-02-16"), "2024-02-07", calendar, policy)).toBe("due-soon");
    expect(
      Timeliness.of(task("open", "2024-02-16"), "2024-02-07", calendar, { ...policy, dueSoonWorkingDays: 1 }),
    ).toBe("not-due");
  });

  it("judges against the current (extended) deadline", () => {
    expect(Timeliness.of(task("done", "2024-01-31", "2024-01-20"), "2024-02-01", calendar, policy)).toBe(
      "done-on-time",
    );
  });

  it("never makes a task overdue from an invalid instant", () => {
    expect(Timeliness.of(task("open", "2024-01-08"), "garbage", calendar, policy)).toBe("not-due");
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
  "done" as const,
  "paused" as const,
  "cancelled" as const,
);

describe("properties", () => {
  it("is a total function: every input gives a member of the enum", () => {
    fc.assert(
      fc.property(
        lifecycle,
        maybeDate,
        maybeDate,
        fc.oneof(day, fc.string()),
        fc.nat(30),
        (lc, dueOn, completedOn, at, soon) => {
          const t = Timeliness.of({ lifecycle: lc, dueOn, completedOn }, at, calendar, {
            ...policy,
            dueSoonWorkingDays: soon,
          });
          expect(Timeliness.Timeliness.options).toContain(t);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws, even on junk", () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (lc, dueOn, completedOn, at) => {
          const t = Timeliness.of(
            { lifecycle: lc, dueOn, completedOn } as unknown as Timeliness.TaskTimes,
            at as string,
            calendar,
            policy,
          );
          expect(Timeliness.Timeliness.options).toContain(t);
        },
      ),
    );
  });

  it("an open task is overdue exactly when the instant is after its due date", () => {
    fc.assert(
      fc.property(day, day, (dueOn, at) => {
        const t = Timeliness.of({ lifecycle: "open", dueOn, completedOn: null }, at, calendar, policy);
        expect(t === "overdue").toBe(at > dueOn);
      }),
    );
  });
});
