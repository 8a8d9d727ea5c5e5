import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isoOf, parseDay } from "./day-number.js";
import * as Lateness from "./lateness.js";
import * as LatenessBand from "./lateness-band.js";
import * as PolicyPack from "./policy-pack.js";
import * as Timeliness from "./timeliness.js";
import * as TimelinessCriteria from "./timeliness-criteria.js";
import * as WorkingCalendar from "./working-calendar.js";

const cal = WorkingCalendar.vietnam();
const pack = PolicyPack.national;
const base = parseDay("2024-01-01");
const day = fc.integer({ min: 150, max: 3 * 366 }).map((n) => isoOf(base + n));
const task = (today: string) =>
  fc.record({
    lifecycle: fc.constantFrom("draft", "open", "done", "paused", "cancelled" as const),
    dueOn: fc.option(
      fc.integer({ min: -120, max: 10 }).map((d) => isoOf(parseDay(today) + d)),
      { nil: null },
    ),
    completedOn: fc.option(
      fc.integer({ min: -120, max: 10 }).map((d) => isoOf(parseDay(today) + d)),
      { nil: null },
    ),
  });

describe("LatenessBand", () => {
  it("bands calendar days overdue at 1–7, 8–30, 31–90 and over 90", () => {
    expect([0, 1, 7, 8, 30, 31, 90, 91, 400].map(LatenessBand.ofDays)).toEqual([
      null,
      "1-7",
      "1-7",
      "8-30",
      "8-30",
      "31-90",
      "31-90",
      "over-90",
      "over-90",
    ]);
  });

  it("gives a band only to an overdue task, by the days Lateness counts", () => {
    // Due Friday 05/01/2024, still open on 12/01: 7 days overdue; on 13/01: 8.
    const open = { lifecycle: "open" as const, dueOn: "2024-01-05", completedOn: null };
    expect(LatenessBand.of(open, "2024-01-05", cal, pack)).toBeNull();
    expect(LatenessBand.of(open, "2024-01-06", cal, pack)).toBe("1-7");
    expect(LatenessBand.of(open, "2024-01-12", cal, pack)).toBe("1-7");
    expect(LatenessBand.of(open, "2024-01-13", cal, pack)).toBe("8-30");
    // Done late: a count of days, but no longer overdue, so no band.
    const doneLate = { lifecycle: "done" as const, dueOn: "2024-01-05", completedOn: "2024-01-20" };
    expect(LatenessBand.of(doneLate, "2024-02-01", cal, pack)).toBeNull();
    expect(LatenessBand.of({ ...open, lifecycle: "paused" }, "2024-03-01", cal, pack)).toBeNull();
  });

  it("names each band in Vietnamese and English", () => {
    expect(LatenessBand.all.map((b) => LatenessBand.label(b).vi)).toEqual([
      "Quá hạn 1–7 ngày",
      "Quá hạn 8–30 ngày",
      "Quá hạn 31–90 ngày",
      "Quá hạn trên 90 ngày",
    ]);
    expect(LatenessBand.label("over-90").en).toBe("Overdue more than 90 days");
  });

  it("puts every task under exactly the band of its days overdue (criteria = of = Lateness)", () => {
    fc.assert(
      fc.property(
        day.chain((today) => fc.tuple(fc.constant(today), task(today))),
        ([today, t]) => {
          const w = TimelinessCriteria.windowOf(today, cal, pack);
          const hits = LatenessBand.all.filter((b) =>
            TimelinessCriteria.matches(LatenessBand.criteriaOf(b, w), t),
          );
          const band = LatenessBand.of(t, today, cal, pack);
          expect(hits).toEqual(band === null ? [] : [band]);
          const lateness = Lateness.of(t, today, cal, pack);
          const judged = Timeliness.of(t, today, cal, pack);
          if (judged._tag === "Success" && judged.success === "overdue") {
            expect(band).toBe(LatenessBand.ofDays(lateness?.calendarDays ?? 0));
            const { from, to } = LatenessBand.bounds[band ?? "1-7"];
            expect(lateness?.calendarDays).toBeGreaterThanOrEqual(from);
            if (to !== null) expect(lateness?.calendarDays).toBeLessThanOrEqual(to);
          } else expect(band).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
