import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as PeriodicReport from "./periodic-report.js";
import * as ReportData from "./report-data.js";
import * as ReportPeriod from "./report-period.js";
import * as ReportScope from "./report-scope.js";
import { calendar } from "./test-support/calendar.js";
import { fixture } from "./test-support/fixture.js";

const data = Result.getOrThrow(ReportData.parse(fixture));
const may = ReportPeriod.of("month", 2024, 5);
const report = PeriodicReport.build(data, { period: may, at: "2024-06-05", calendar });
const line = (id: string) => report.tasks.find((t) => t.id === id);

describe("PeriodicReport.build", () => {
  it("judges a finished period at its last day, not at the day the report is made", () => {
    expect(report.asOf).toBe("2024-05-31");
    // t16 was completed on 03/06, after the cut-off: at 31/05 it was still open and not yet due.
    expect(line("t16")?.category).toBe("open-in-time");
    expect(line("t16")?.completedOn).toBeNull();
  });

  it("counts every official category in the totals", () => {
    expect(report.totals).toEqual({
      total: 12,
      assignedInPeriod: 7,
      carriedIn: 5,
      doneOnTime: 2,
      doneLate: 2,
      openInTime: 4,
      openOverdue: 4,
      paused: 0,
      extended: 1,
      noDeadline: 1,
    });
  });

  it("leaves out drafts, cancelled and paused tasks, and tasks finished before the period", () => {
    const ids = report.tasks.map((t) => t.id);
    for (const id of ["t9", "t10", "t11", "t12"]) expect(ids).not.toContain(id);
  });

  it("counts paused tasks when the policy says so", () => {
    const withPaused = PeriodicReport.build(data, {
      period: may,
      at: "2024-06-05",
      calendar,
      policy: {
        reports: { completionRate: "tasks-due", includePaused: true, includeNoDeadline: true },
        recurringReportDueDay: 25,
        reportingPeriods: "calendar",
      },
    });
    expect(withPaused.totals.paused).toBe(1);
    expect(withPaused.totals.total).toBe(13);
  });

  it("puts the Government Office completion rate and the strict on-time rate side by side", () => {
    // 4 done (2 on time, 2 late) and 4 overdue: 4/8 and 2/8.
    expect(report.rates).toEqual({ completion: 0.5, onTime: 0.25, due: 8 });
  });

  it("judges an extended task against the approved deadline, so it is on time", () => {
    expect(line("t5")).toMatchObject({
      originalDueOn: "2024-04-30",
      dueOn: "2024-05-20",
      extended: true,
      category: "done-on-time",
      late: null,
    });
  });

  it("counts the make-up Saturday 04/05/2024 as a working day of lateness", () => {
    expect(line("t6")).toMatchObject({ category: "done-late", late: { workingDays: 1, calendarDays: 1 } });
  });

  it("measures days late in working days, skipping holidays and weekends", () => {
    // Due Fri 10/05, done Tue 14/05: Mon 13 and Tue 14 are working days.
    expect(line("t2")?.late).toEqual({ workingDays: 2, calendarDays: 4 });
    // Due 15/04, open at 31/05: 8 working days in April (18/4, 29/4, 30/4 off), 23 in May (1/5 off, 4/5 worked).
    expect(line("t4")?.late).toEqual({ workingDays: 31, calendarDays: 46 });
  });

  it("lists overdue tasks most overdue first, with their age band", () => {
    expect(report.overdue.map((o) => [o.id, o.bucket])).toEqual([
      ["t7", "over-120"],
      ["t15", "61-120"],
      ["t4", "31-60"],
      ["t14", "1-30"],
    ]);
    expect(report.ageBuckets).toEqual({ "1-30": 1, "31-60": 1, "61-120": 1, "over-120": 1 });
  });

  it("gives one row per agency that leads a task in it, in Vietnamese order; every listed agency only when asked", () => {
    expect(report.rows.map((r) => r.agency.name)).toEqual([
      "Sở Nông nghiệp và Môi trường",
      "Sở Tài chính",
      "Sở Xây dựng",
    ]);
    const all = PeriodicReport.build(data, { period: may, at: "2024-06-05", calendar, allAgencies: true });
    expect(all.rows.map((r) => r.agency.name)).toEqual([
      "Sở Nông nghiệp và Môi trường",
      "Sở Tài chính",
      "Sở Xây dựng",
      "UBND phường Hải Châu",
    ]);
    expect(all.rows.find((r) => r.agency.id === "hc")?.rates).toEqual({
      completion: null,
      onTime: null,
      due: 0,
    });
    const stc = report.rows.find((r) => r.agency.id === "stc");
    expect(stc?.counts).toMatchObject({
      total: 6,
      doneOnTime: 1,
      doneLate: 1,
      openInTime: 2,
      openOverdue: 2,
    });
    expect(stc?.rates).toEqual({ completion: 0.5, onTime: 0.25, due: 4 });
  });

  it("keeps the totals equal to the sum of the rows", () => {
    const sum = report.rows.reduce((s, r) => s + r.counts.total, 0);
    expect(sum).toBe(report.totals.total);
  });

  it("narrows to one agency, one notice or one resolution", () => {
    const build = (scope: string) =>
      PeriodicReport.build(data, {
        period: may,
        at: "2024-06-05",
        calendar,
        scope: Result.getOrThrow(ReportScope.parse(scope)),
      });
    expect(build("agency:sxd").tasks.map((t) => t.id)).toEqual(["t4", "t3"]);
    expect(build("agency:sxd").rows.map((r) => r.agency.id)).toEqual(["sxd"]);
    expect(build("notice:n45").totals.total).toBe(3);
    expect(
      build("resolution:r02")
        .tasks.map((t) => t.id)
        .sort(),
    ).toEqual(["t1", "t4", "t5", "t7"]);
  });

  it("judges a running period at the day the report is made", () => {
    const running = PeriodicReport.build(data, { period: may, at: "2024-05-12", calendar });
    expect(running.asOf).toBe("2024-05-12");
    // t2 (due 10/05) is now open and overdue; t1 (done 15/05) is still open within its deadline.
    expect(running.tasks.find((t) => t.id === "t2")?.category).toBe("open-overdue");
    expect(running.tasks.find((t) => t.id === "t1")?.category).toBe("open-in-time");
  });

  it("uses the Decree 09 cut-off (15th → 14th) when the period is cut that way", () => {
    const q2 = PeriodicReport.build(data, {
      period: ReportPeriod.of("quarter", 2024, 2, "decree-09"),
      at: "2024-07-01",
      calendar,
    });
    expect(q2.asOf).toBe("2024-06-14");
    // Completed Mon 03/06 against a deadline of Fri 31/05: one working day late by 14/06.
    expect(q2.tasks.find((t) => t.id === "t16")).toMatchObject({
      category: "done-late",
      late: { workingDays: 1, calendarDays: 3 },
    });
    // The quarter's data start on 15/03, so tasks of 45/TB-UBND (20/03) were assigned in the period.
    expect(q2.period.from).toBe("2024-03-15");
    expect(
      q2.tasks.filter((t) => t.notice.code === "45/TB-UBND" && t.assignedOn >= q2.period.from),
    ).toHaveLength(3);
  });
});
