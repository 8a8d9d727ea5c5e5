import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { AuditLog } from "./audit-log.js";
import type { AuditEntry } from "./audit-message.js";

const subject = {
  label: "12/TB-UBND",
  noticeId: "ntc_1",
  noticeLabel: "12/TB-UBND",
  taskId: null,
  taskLabel: null,
};

const entries: AuditEntry[] = [
  {
    id: "9",
    at: "2026-06-01T02:05:00.000Z",
    actor: "user:usr_lan",
    actorKind: "user",
    actorName: "Nguyễn Thị Lan",
    action: "task.updated",
    entity: "task",
    entityId: "tsk_1",
    subject: { ...subject, label: "Bố trí đủ kinh phí", taskId: "tsk_1", taskLabel: "Bố trí đủ kinh phí" },
    changes: [
      { field: "action", before: "Bố trí kinh phí", after: "Bố trí đủ kinh phí" },
      { field: "lead_agency_id", before: "brvt.so-tc", after: "brvt.so-tttt" },
      { field: "due_on", before: "2026-05-31", after: "2026-06-30" },
    ],
    before: null,
    after: null,
    requestId: null,
  },
  {
    id: "8",
    at: "2026-06-01T02:00:00.000Z",
    actor: "user:usr_lan",
    actorKind: "user",
    actorName: "Nguyễn Thị Lan",
    action: "notice.published",
    entity: "notice",
    entityId: "ntc_1",
    subject,
    changes: [{ field: "lifecycle", before: "draft", after: "published" }],
    before: { lifecycle: "draft" },
    after: { lifecycle: "published" },
    requestId: null,
  },
  {
    id: "7",
    at: "2026-05-31T17:30:00.000Z",
    actor: "apikey:key_1",
    actorKind: "apiKey",
    actorName: "iOffice",
    action: "progress.reported",
    entity: "progress_report",
    entityId: "prg_1",
    subject: { ...subject, label: null, taskId: "tsk_1", taskLabel: "Bố trí đủ kinh phí" },
    changes: [],
    before: null,
    after: null,
    requestId: null,
  },
];

function seeded(filters = {}) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(["audit", filters], {
    pages: [{ items: entries, nextCursor: null }],
    pageParams: [null],
  });
  queryClient.setQueryData(["agencies"], []);
  queryClient.setQueryData(["notices", {}], { pages: [{ items: [], nextCursor: null }], pageParams: [null] });
  return queryClient;
}

describe("AuditLog", () => {
  it("says who did what and when, by name, with each edited field before → after", async () => {
    renderWithProviders(<AuditLog filters={{}} onChange={() => {}} />, seeded());
    const rows = await screen.findAllByTestId("audit-entry");
    expect(rows).toHaveLength(3);
    const published = within(rows[1] as HTMLElement);
    expect(published.getByText("Nguyễn Thị Lan")).toBeTruthy();
    expect(published.getByText("đã công bố thông báo 12/TB-UBND")).toBeTruthy();
    expect(published.getByText("01/06/2026 09:00")).toBeTruthy();
    expect(published.getByText("Trạng thái: Dự thảo → Đã phát hành")).toBeTruthy();
    const edited = within(rows[0] as HTMLElement);
    expect(edited.getByText("đã sửa nhiệm vụ “Bố trí đủ kinh phí”")).toBeTruthy();
    expect(edited.getByText("Nội dung công việc: Bố trí kinh phí → Bố trí đủ kinh phí")).toBeTruthy();
    expect(edited.getByText("Thời hạn: 31/05/2026 → 30/06/2026")).toBeTruthy();
    // An id that repeats a name shown beside it is left out.
    expect(edited.queryByText(/brvt\.so-tc/)).toBeNull();
    const key = within(rows[2] as HTMLElement);
    expect(key.getByText("iOffice (khóa API)")).toBeTruthy();
    expect(key.getByRole("link", { name: "đã báo cáo tiến độ nhiệm vụ “Bố trí đủ kinh phí”" })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/usr_|key_/);
  });

  it("filters by a person picked in the list", async () => {
    const onChange = vi.fn();
    renderWithProviders(<AuditLog filters={{}} onChange={onChange} />, seeded());
    const [first] = await screen.findAllByRole("button", { name: "Chỉ xem những gì Nguyễn Thị Lan đã làm" });
    fireEvent.click(first as HTMLElement);
    expect(onChange).toHaveBeenCalledWith({ actor: "user:usr_lan", actorName: "Nguyễn Thị Lan" });
  });

  it("shows the task and person filters by name, each with a button to remove it", async () => {
    const onChange = vi.fn();
    const filters = { taskId: "tsk_1", actor: "user:usr_lan", actorName: "Nguyễn Thị Lan" };
    renderWithProviders(<AuditLog filters={filters} onChange={onChange} />, seeded(filters));
    expect(await screen.findByText(/Nhiệm vụ: Bố trí đủ kinh phí/)).toBeTruthy();
    expect(screen.getByText(/Người thực hiện: Nguyễn Thị Lan/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bỏ lọc Người thực hiện" }));
    expect(onChange).toHaveBeenCalledWith({ actor: undefined, actorName: undefined });
  });
});
