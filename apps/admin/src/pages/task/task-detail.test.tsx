import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { Role } from "../../auth/session.js";
import { notice, pendingExtension, progress, task } from "../../test/fixtures/task.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { TaskDetail } from "./task-detail.js";

function seeded(extensions = [pendingExtension]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(["task", task.id], { data: task, etag: '"3"' });
  queryClient.setQueryData(["task", task.id, "progress-reports"], progress);
  queryClient.setQueryData(["task", task.id, "extension-requests"], extensions);
  queryClient.setQueryData(
    ["task", task.id, "audit"],
    [
      {
        id: "1",
        at: "2023-01-18T08:00:00.000Z",
        actor: "user:usr_secretariat",
        actorName: "Nguyễn Thị Lan",
        action: "notice.published",
        entity: "task",
        entityId: task.id,
        before: null,
        after: null,
      },
    ],
  );
  queryClient.setQueryData(["notice", notice.id], { data: notice, etag: '"2"' });
  return queryClient;
}

const show = (role: Role, queryClient = seeded()) =>
  renderWithProviders(<TaskDetail taskId={task.id} role={role} />, queryClient);

describe("TaskDetail", () => {
  it("shows what, who and until when, with the deadline as written and how it was computed", async () => {
    show("leader");
    expect(await screen.findByRole("heading", { name: task.action })).toBeTruthy();
    // Overdue, with the days late the server counted (calendar and working days).
    expect(screen.getByText("Quá hạn · 4 ngày (2 ngày làm việc)")).toBeTruthy();
    expect(screen.getByText("31/01/2023")).toBeTruthy();
    expect(screen.getByText("“trong tháng 01/2023”")).toBeTruthy();
    expect(screen.getByText("trong tháng 01/2023 → ngày cuối tháng 01/2023 → 31/01/2023")).toBeTruthy();
    // A leader reads: no forms.
    expect(screen.queryByRole("tab", { name: "Báo cáo, xử lý" })).toBeNull();
  });

  it("lists progress reports with their attachments to download", async () => {
    show("leader");
    fireEvent.click(await screen.findByRole("tab", { name: /Tiến độ đã báo cáo/ }));
    expect(await screen.findByText(/Đã hoàn thành dự thảo báo cáo/)).toBeTruthy();
    const link = screen.getByRole("link", { name: "du-thao-bao-cao.docx" });
    expect(link.getAttribute("href")).toBe("/v1/attachments/att_1");
  });

  it("lets the secretariat decide a pending extension, with the authorising document", async () => {
    show("secretariat");
    const decision = await screen.findByRole("region", { name: "Đề nghị gia hạn chờ quyết định" });
    expect(within(decision).getByText("Đề nghị gia hạn từ 31/01/2023 đến 28/02/2023.")).toBeTruthy();
    expect(within(decision).getByLabelText("Văn bản cho phép")).toBeTruthy();
    expect(within(decision).getByRole("button", { name: "Đồng ý gia hạn" })).toBeTruthy();
    expect(within(decision).getByRole("button", { name: "Không đồng ý" })).toBeTruthy();
  });

  it("gives an agency officer the progress form and tells them their extension is waiting", async () => {
    show("agency_officer");
    expect(await screen.findByRole("form", { name: "Báo cáo tiến độ" })).toBeTruthy();
    expect(screen.getByText("Đang chờ xem xét đề nghị gia hạn đến ngày 28/02/2023.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Đề nghị gia hạn chờ quyết định" })).toBeNull();
    expect(screen.queryByRole("tab", { name: "Nhật ký thay đổi" })).toBeNull();
  });

  it("lets an agency officer answer the secretariat's request for an explanation", async () => {
    const queryClient = seeded();
    queryClient.setQueryData(
      ["task", task.id, "explanations"],
      [
        {
          id: "exp_1",
          taskId: task.id,
          requestedBy: "user:usr_secretariat",
          question: "Đề nghị giải trình lý do chậm tiến độ.",
          replyDueOn: "2023-02-03",
          answer: null,
          answeredBy: null,
          answeredAt: null,
          status: "open",
          version: 1,
          createdAt: "2023-02-01T02:00:00.000Z",
        },
      ],
    );
    show("agency_officer", queryClient);
    fireEvent.click(await screen.findByRole("tab", { name: "Giải trình" }));
    expect(await screen.findByText("Đề nghị giải trình lý do chậm tiến độ.")).toBeTruthy();
    expect(screen.getByText(/hạn trả lời 03\/02\/2023/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Gửi giải trình" })).toBeTruthy();
  });

  it("keeps the deadline history: the original date, then each approved extension", async () => {
    const approved = {
      ...pendingExtension,
      status: "approved" as const,
      approvedDueOn: "2023-02-28",
      decidedAt: "2023-01-27T04:00:00.000Z",
      decisionRef: "Công văn 123/UBND-VP ngày 27/01/2023",
    };
    show("leader", seeded([approved]));
    fireEvent.click(await screen.findByRole("tab", { name: "Lịch sử thời hạn" }));
    expect(await screen.findByText("Thời hạn ban đầu")).toBeTruthy();
    expect(screen.getByText("28/02/2023")).toBeTruthy();
    expect(screen.getByText("Văn bản cho phép: Công văn 123/UBND-VP ngày 27/01/2023")).toBeTruthy();
  });

  it("shows the source text of its directive, highlighted", async () => {
    show("leader");
    fireEvent.click(await screen.findByRole("tab", { name: "Văn bản gốc" }));
    const mark = await screen.findByTestId("source-highlight");
    expect(mark.textContent?.startsWith("a) Sở Thông tin và Truyền thông chủ trì")).toBe(true);
  });
});
