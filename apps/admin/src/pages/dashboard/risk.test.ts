import { describe, expect, it } from "vitest";

import type { Task } from "../../api/types.js";
import { bandOf, worstFirst } from "./risk.js";

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
  lateness: null,
  nextOccurrence: null,
  completedOn: null,
  completionReport: null,
  completionReturn: null,
  progressPercent: 0,
  reminderCount: 0,
  callsForReminder: false,
  lastRemindedAt: null,
  isCollective: false,
  resolutionId: null,
  delegatedToAgencyId: null,
  handlerId: null,
  handlerName: null,
  decisionRef: null,
  version: 1,
  createdAt: "2024-03-01T03:00:00.000Z",
  updatedAt: "2024-03-01T03:00:00.000Z",
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
});
