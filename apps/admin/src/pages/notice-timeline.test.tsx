import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { summaryQuery } from "../api/queries.js";
import type { Summary, Task } from "../api/types.js";
import { task } from "../test/fixtures/task.js";
import { renderWithProviders, testQueryClient } from "../test/render.js";
import { NoticeTimeline } from "./notice-timeline.js";

const tasks: Task[] = [
  task,
  {
    ...task,
    id: "tsk_done",
    action: "Tổng hợp báo cáo quý",
    leadName: "Sở Tài chính",
    dueOn: "2023-02-15",
    lifecycle: "done",
    timeliness: "done-on-time",
    lateness: null,
    completedOn: "2023-02-01",
  },
  {
    ...task,
    id: "tsk_none",
    action: "Theo dõi thường xuyên",
    leadName: "Sở Nội vụ",
    dueOn: null,
    timeliness: "no-deadline",
    lateness: null,
  },
];

describe("NoticeTimeline", () => {
  it("draws each task from the notice date to its deadline, today, and says it all in words", async () => {
    const client = testQueryClient();
    client.setQueryData(summaryQuery.queryKey, { asOf: "2023-02-04" } as Summary);
    renderWithProviders(<NoticeTimeline issuedOn="2023-01-18" tasks={tasks} />, client);
    const region = await screen.findByRole("region", { name: "Dòng thời gian các nhiệm vụ" });
    const figure = within(region).getByRole("group", {
      name: /Dòng thời gian 3 nhiệm vụ của thông báo, từ 18\/01\/2023/,
    });
    expect(figure.getAttribute("aria-label")).toContain("hôm nay 04/02/2023");
    expect(within(region).getByText("Hôm nay 04/02/2023")).toBeTruthy();
    const rows = within(region).getAllByRole("listitem");
    expect(rows.map((r) => r.getAttribute("aria-label"))).toEqual([
      `Sở Thông tin và Truyền thông: ${task.action.slice(0, 80)}: hạn 31/01/2023, Quá hạn`,
      "Sở Tài chính: Tổng hợp báo cáo quý: hạn 15/02/2023, hoàn thành 01/02/2023, Hoàn thành đúng hạn",
      "Sở Nội vụ: Theo dõi thường xuyên: Không có thời hạn",
    ]);
    // The table alternative: the same facts, with days overdue.
    fireEvent.click(within(region).getByRole("button", { name: "Xem dạng bảng" }));
    const table = within(region).getByRole("table");
    expect(within(table).getByText("Quá hạn · 4 ngày (2 ngày làm việc)")).toBeTruthy();
    expect(within(table).getByText("01/02/2023")).toBeTruthy();
  });
});
