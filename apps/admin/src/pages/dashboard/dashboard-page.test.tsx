import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { noticesQuery, openTasksQuery, summaryQuery } from "../../api/queries.js";
import type { Summary } from "../../api/types.js";
import type { SessionUser } from "../../auth/session.js";
import { sessionQuery } from "../../auth/session.js";
import { task } from "../../test/fixtures/task.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { DashboardPage } from "./dashboard-page.js";

/** GET /v1/summary as the API answers it for a leader on 01/03/2024. */
const summary: Summary = {
  asOf: "2024-03-01",
  dueSoonUntil: "2024-03-06",
  counts: {
    draft: 4,
    cancelled: 0,
    paused: 1,
    "no-deadline": 2,
    "not-due": 7,
    "due-soon": 3,
    overdue: 5,
    "done-on-time": 6,
    "done-late": 1,
    done: 0,
  },
  overdueByBand: { "1-7": 3, "8-30": 1, "31-90": 1, "over-90": 0 },
  overdueByAgency: [
    { agencyId: "so-tc", name: "Sở Tài chính", count: 3 },
    { agencyId: null, name: "Sở Chuyển đổi số", count: 2 },
  ],
  period: {
    from: "2024-02-15",
    to: "2024-03-14",
    label: "tháng 03/2024",
    labelEn: "March 2024",
    mode: "decree-09",
  },
  onTime: {
    onTime: 3,
    late: 1,
    rate: 0.75,
    byAgency: [{ agencyId: "so-tttt", name: "Sở Thông tin và Truyền thông", onTime: 3, late: 1, rate: 0.75 }],
  },
};

const leader: SessionUser = {
  id: "usr_leader",
  name: "Lãnh đạo",
  displayName: "Lãnh đạo",
  username: "lanhdao",
  role: "leader",
  agencyId: null,
  mustChangePassword: false,
  permissions: ["tasks.read", "reports.read"],
};

describe("DashboardPage", () => {
  it("shows the summary's counts, each linking to the task list it counts", async () => {
    const client = testQueryClient();
    client.setQueryData(sessionQuery.queryKey, leader);
    client.setQueryData(summaryQuery.queryKey, summary);
    client.setQueryData(openTasksQuery(50).queryKey, { items: [task], nextCursor: null });
    client.setQueryData(noticesQuery({}).queryKey, {
      pages: [{ items: [], nextCursor: null }],
      pageParams: [null],
    });
    renderWithProviders(<DashboardPage />, client);

    // The band card is named by what it shows (its words, count and hint); it comes first.
    const [red] = await screen.findAllByRole("link", { name: /^Quá hạn\s*5\b/ });
    if (!red) throw new Error("no overdue band");
    expect(red.getAttribute("href")).toBe("/tasks?lifecycle=open&timeliness=overdue");
    expect(screen.getAllByRole("link", { name: /^Sắp đến hạn\s*3\b/ })[0]?.getAttribute("href")).toContain(
      "timeliness=due-soon",
    );
    expect(screen.getByRole("link", { name: /^Trong hạn\s*7\b/ })).toBeTruthy();
    expect(screen.getByRole("link", { name: /^Không có hạn cụ thể\s*2\b/ })).toBeTruthy();

    const byAgency = screen.getByRole("region", { name: "Nhiệm vụ quá hạn theo cơ quan chủ trì" });
    expect(within(byAgency).getByRole("link", { name: "3" }).getAttribute("href")).toBe(
      "/tasks?agencyId=so-tc&timeliness=overdue",
    );
    expect(within(byAgency).getByText("Sở Chuyển đổi số")).toBeTruthy();

    const rates = screen.getByRole("region", { name: "Tỷ lệ hoàn thành đúng hạn theo cơ quan" });
    expect(within(rates).getByText(/tháng 03\/2024/)).toBeTruthy();
    expect(within(rates).getByText("75%")).toBeTruthy();

    const atRisk = screen.getByRole("region", { name: "Nhiệm vụ cần đôn đốc (nặng nhất trước)" });
    expect(within(atRisk).getByText(task.action)).toBeTruthy();
  });
});
