import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isoOf, parseDay } from "./day-number.js";
import * as PolicyPack from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
import * as TimelinessCriteria from "./timeliness-criteria.js";
import * as WorkingCalendar from "./working-calendar.js";

const cal = WorkingCalendar.vietnam();
const base = parseDay("2024-01-01");
const day = fc.integer({ min: 0, max: 3 * 366 }).map((n) => isoOf(base + n));
const task = fc.record({
  lifecycle: fc.constantFrom("draft", "open", "submitted", "done", "paused", "cancelled" as const),
  dueOn: fc.option(day, { nil: null }),
  completedOn: fc.option(day, { nil: null }),
});
const policy = fc
  .integer({ min: 0, max: 10 })
  .map((d) => ({ ...PolicyPack.national, dueSoonWorkingDays: d }));

describe("TimelinessCriteria", () => {
  it("puts every task under exactly the value Timeliness.of gives it", () => {
    fc.assert(
      fc.property(task, day, policy, (t, today, pack) => {
        const w = TimelinessCriteria.windowOf(today, cal, pack);
        const hits = Timeliness.Timeliness.options.filter((v) =>
          TimelinessCriteria.matches(TimelinessCriteria.criteriaOf(v, w), t),
        );
        expect(hits).toEqual([Result.getOrThrow(Timeliness.of(t, today, cal, pack))]);
      }),
      { numRuns: 5000 },
    );
  });

  it("ends the due-soon window on the day before the (n+1)-th working day", () => {
    // Tết 2024 is off 08–14/02: 15/02 is the first working day after 07/02, 16/02 the second.
    const w = TimelinessCriteria.windowOf("2024-02-07", cal, {
      ...PolicyPack.national,
      dueSoonWorkingDays: 1,
    });
    expect(w).toEqual({ today: "2024-02-07", dueSoonUntil: "2024-02-15" });
  });
});
