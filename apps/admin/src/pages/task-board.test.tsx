import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { summaryQuery, taskColumnQuery } from "../api/queries.js";
import type { Summary, Task } from "../api/types.js";
import { task } from "../test/fixtures/task.js";
import { renderWithProviders, testQueryClient } from "../test/render.js";
import { boardTimeliness, cardsPerColumn, TaskBoard } from "./task-board.js";

const summary: Summary = {
  asOf: "2023-02-04",
  dueSoonUntil: "2023-02-09",
  counts: {
    draft: 0,
    cancelled: 0,
    paused: 0,
    "no-deadline": 0,
    "not-due": 4,
    "due-soon": 0,
    overdue: 12,
    "done-on-time": 1,
    "done-late": 0,
    done: 0,
  },
  overdueByBand: { "1-7": 12, "8-30": 0, "31-90": 0, "over-90": 0 },
  overdueByAgency: [
    { agencyId: "so-tttt", name: "Sở Thông tin và Truyền thông", count: 12 },
    { agencyId: null, name: "Sở Chuyển đổi số", count: 1 },
  ],
  period: {
    from: "2023-01-15",
    to: "2023-02-14",
    label: "tháng 02/2023",
    labelEn: "February 2023",
    mode: "decree-09",
  },
  onTime: { onTime: 1, late: 12, rate: 1 / 13, byAgency: [] },
};

const overdue: Task[] = Array.from({ length: cardsPerColumn }, (_, i) => ({
  ...task,
  id: `tsk_${i}`,
  action: `Nhiệm vụ quá hạn ${i + 1}`,
}));

const fill = (filters: Record<string, string>) => {
  const client = testQueryClient();
  client.setQueryData(summaryQuery.queryKey, summary);
  for (const v of boardTimeliness)
    client.setQueryData(taskColumnQuery({ ...filters, timeliness: v }, cardsPerColumn).queryKey, {
      items: v === "overdue" ? overdue : [],
      nextCursor: v === "overdue" ? "next" : null,
    });
  return client;
};

describe("TaskBoard", () => {
  it("shows a column per timeliness with the summary's count, the first cards and a link to the rest", async () => {
    renderWithProviders(<TaskBoard filters={{}} by="timeliness" />, fill({}));
    const column = await screen.findByRole("region", { name: "Quá hạn" });
    expect(within(column).getByLabelText("Quá hạn: 12 nhiệm vụ")).toBeTruthy();
    expect(within(column).getAllByRole("listitem")).toHaveLength(cardsPerColumn);
    // Each card: the task, its lead agency, its due date dd/MM/yyyy and its days overdue.
    const card = within(column).getAllByRole("listitem")[0];
    if (card === undefined) throw new Error("no card");
    expect(within(card).getByRole("link", { name: "Nhiệm vụ quá hạn 1" })).toBeTruthy();
    expect(within(card).getByText("Sở Thông tin và Truyền thông")).toBeTruthy();
    expect(within(card).getByText("Hạn 31/01/2023")).toBeTruthy();
    expect(within(card).getByText("Quá hạn · 4 ngày (2 ngày làm việc)")).toBeTruthy();
    const more = within(column).getByRole("link", { name: "Xem thêm trong danh sách" });
    expect(more.getAttribute("href")).toBe("/tasks?timeliness=overdue");
    const notDue = screen.getByRole("region", { name: "Trong hạn" });
    expect(within(notDue).getByLabelText("Trong hạn: 4 nhiệm vụ")).toBeTruthy();
    expect(within(notDue).getByText("Không có nhiệm vụ.")).toBeTruthy();
  });

  it("counts from the page, not the summary, when a filter narrows the board", async () => {
    renderWithProviders(
      <TaskBoard filters={{ agencyId: "so-tttt" }} by="timeliness" />,
      fill({ agencyId: "so-tttt" }),
    );
    const column = await screen.findByRole("region", { name: "Quá hạn" });
    expect(within(column).getByLabelText(`Quá hạn: ${cardsPerColumn}+ nhiệm vụ`)).toBeTruthy();
    expect(within(column).getByRole("link", { name: "Xem thêm trong danh sách" }).getAttribute("href")).toBe(
      "/tasks?agencyId=so-tttt&timeliness=overdue",
    );
  });

  it("by agency: a column per agency with overdue tasks, from the summary", async () => {
    const client = fill({});
    client.setQueryData(
      taskColumnQuery({ agencyId: "so-tttt", timeliness: "overdue" }, cardsPerColumn).queryKey,
      {
        items: overdue.slice(0, 2),
        nextCursor: null,
      },
    );
    renderWithProviders(<TaskBoard filters={{}} by="agency" />, client);
    const column = await screen.findByRole("region", { name: "Sở Thông tin và Truyền thông" });
    expect(within(column).getByLabelText("Sở Thông tin và Truyền thông: 12 nhiệm vụ")).toBeTruthy();
    expect(within(column).getAllByRole("listitem")).toHaveLength(2);
    // An agency not in the directory cannot be listed by id: no column.
    expect(screen.queryByRole("region", { name: "Sở Chuyển đổi số" })).toBeNull();
  });
});
