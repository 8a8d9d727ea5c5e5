import { describe, expect, it } from "vitest";

import type { Task } from "../../api/types.js";
import { bandOf, onTimeRates, overdueByAgency, worstFirst } from "./risk.js";

const task = (over: Partial<Task>): Task => ({
  id: "t",
  noticeId: "n",
  directiveId: null,
  leadAgencyId: "so-tc",
  leadName: "Sở Tài chính",
  coordinators: [],
  mode: "assigned",
  action: "…",
  deadline: null,
  dueOn: null,
  originalDueOn: null,
  lifecycle: "open",
  timeliness: "not-due",
  completedOn: null,
  progressPercent: 0,
  version: 1,
  ...over,
});

describe("dashboard risk bands", () => {
  it.each([
    [{ timeliness: "overdue", dueOn: "2024-03-01" }, "red"],
    [{ timeliness: "due-soon", dueOn: "2024-03-12" }, "red"],
    [{ timeliness: "due-soon", dueOn: "2024-03-14" }, "orange"],
    [{ timeliness: "not-due", dueOn: "2024-04-30" }, "green"],
    [{ timeliness: "no-deadline", dueOn: null }, "grey"],
  ] as const)("puts %o in the %s band on 10/03/2024", (over, band) => {
    expect(bandOf(task(over), "2024-03-10")).toBe(band);
  });

  it("sorts the worst first, then by the earliest due date", () => {
    const sorted = worstFirst(
      [
        task({ id: "g", timeliness: "not-due", dueOn: "2024-04-01" }),
        task({ id: "r2", timeliness: "overdue", dueOn: "2024-03-05" }),
        task({ id: "r1", timeliness: "overdue", dueOn: "2024-02-01" }),
        task({ id: "o", timeliness: "due-soon", dueOn: "2024-03-15" }),
      ],
      "2024-03-10",
    );
    expect(sorted.map((t) => t.id)).toEqual(["r1", "r2", "o", "g"]);
  });

  it("counts overdue tasks per lead agency, most first", () => {
    const rows = overdueByAgency([
      task({ timeliness: "overdue" }),
      task({ timeliness: "overdue", leadAgencyId: "so-xd", leadName: "Sở Xây dựng" }),
      task({ timeliness: "overdue" }),
      task({ timeliness: "not-due" }),
    ]);
    expect(rows).toEqual([
      { agencyId: "so-tc", name: "Sở Tài chính", count: 2 },
      { agencyId: "so-xd", name: "Sở Xây dựng", count: 1 },
    ]);
  });

  it("rates an agency on time over the tasks it finished or let run late", () => {
    const [row] = onTimeRates([
      task({ timeliness: "done-on-time" }),
      task({ timeliness: "done-on-time" }),
      task({ timeliness: "done-late" }),
      task({ timeliness: "overdue" }),
      task({ timeliness: "not-due" }),
    ]);
    expect(row).toMatchObject({ onTime: 2, late: 2, rate: 0.5 });
  });
});
