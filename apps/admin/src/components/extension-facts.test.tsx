import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { ExtensionRequest } from "../api/types.js";
import { PendingExtensions } from "../pages/dashboard/pending-extensions.js";
import { ExtensionDecision } from "../pages/task/extension-decision.js";
import { pendingExtension } from "../test/fixtures/task.js";
import { renderWithProviders, testQueryClient } from "../test/render.js";

/** Asked on 03/02/2023, after the deadline 31/01/2023, against a pack allowing one extension, used. */
const lateBeyond: ExtensionRequest = {
  ...pendingExtension,
  id: "ext_2",
  createdAt: "2023-02-03T03:00:00.000Z",
  flags: {
    late: true,
    shortNotice: { required: 5, left: -3 },
    capReached: { max: 1, granted: 1 },
    beyondPolicy: true,
    reasonRequiredAfter: 22,
  },
};

const inTime: ExtensionRequest = {
  ...pendingExtension,
  id: "ext_3",
  task: {
    ...pendingExtension.task,
    action: "Xây dựng kế hoạch chuyển đổi số",
    timeliness: "not-due",
    lateness: null,
    daysLeft: 9,
    dueOn: "2023-02-13",
  },
};

describe("extension facts", () => {
  it("the decision dialog flags a request after the due date and beyond the policy, with the days overdue", async () => {
    renderWithProviders(<ExtensionDecision request={lateBeyond} />);
    const dialog = await screen.findByRole("region", { name: "Đề nghị gia hạn chờ quyết định" });
    expect(within(dialog).getByText("Quá hạn 4 ngày (hạn 31/01/2023)")).toBeTruthy();
    const alert = within(dialog).getByRole("alert");
    expect(within(alert).getByText("Yêu cầu sau hạn · Vượt quy chế")).toBeTruthy();
    expect(within(alert).getByText("Đề nghị gửi ngày 03/02/2023, sau thời hạn 31/01/2023.")).toBeTruthy();
    expect(within(alert).getByText(/tối đa 1 lần; nhiệm vụ đã được gia hạn 1 lần/)).toBeTruthy();
    expect(within(alert).getByText(/ít nhất 5 ngày làm việc/)).toBeTruthy();
    expect(within(alert).getByText(/quá hạn 22 ngày làm việc/)).toBeTruthy();
  });

  it("the decision dialog flags nothing for a request in time and within the policy", async () => {
    renderWithProviders(<ExtensionDecision request={inTime} />);
    const dialog = await screen.findByRole("region", { name: "Đề nghị gia hạn chờ quyết định" });
    expect(within(dialog).queryByRole("alert")).toBeNull();
    expect(within(dialog).getByText("Còn 9 ngày đến hạn 13/02/2023")).toBeTruthy();
  });

  it("the dashboard card names the task, its agency and the days left or overdue", async () => {
    const client = testQueryClient();
    client.setQueryData(["extensions", "pending"], [lateBeyond, inTime]);
    renderWithProviders(<PendingExtensions />, client);
    const card = await screen.findByRole("region", { name: "Đề nghị gia hạn chờ quyết định" });
    const [first, second] = within(card).getAllByRole("listitem");
    if (first === undefined || second === undefined) throw new Error("two requests expected");
    expect(within(first).getByRole("link", { name: pendingExtension.task.action }).getAttribute("href")).toBe(
      "/tasks/tsk_2a",
    );
    expect(within(first).getByText("Cơ quan chủ trì: Sở Thông tin và Truyền thông")).toBeTruthy();
    expect(within(first).getByText("Quá hạn 4 ngày (hạn 31/01/2023)")).toBeTruthy();
    expect(within(first).getByText("Yêu cầu sau hạn")).toBeTruthy();
    expect(within(first).getByText("Vượt quy chế")).toBeTruthy();
    expect(within(second).getByText("Còn 9 ngày đến hạn 13/02/2023")).toBeTruthy();
    expect(within(second).queryByText("Yêu cầu sau hạn")).toBeNull();
  });
});
