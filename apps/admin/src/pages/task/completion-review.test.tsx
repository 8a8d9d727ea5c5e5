import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Task } from "../../api/types.js";
import { task } from "../../test/fixtures/task.js";
import { renderWithProviders } from "../../test/render.js";
import { CompletionReview } from "./completion-review.js";

const submitted: Task = {
  ...task,
  lifecycle: "submitted",
  completionReport: {
    status: "pending",
    completedOn: "2023-01-30",
    note: "Đã ban hành Kế hoạch 45/KH-STTTT",
    attachmentIds: ["att_9"],
    by: "user:usr_officer",
    at: "2023-02-01T09:00:00+07:00",
    decidedBy: null,
    decidedAt: null,
  },
};
const files = new Map([["att_9", { fileName: "ke-hoach-45.pdf", url: "/v1/attachments/att_9" }]]);

/** Records the requests the client sends and answers each with `reply`. */
function stubFetch(reply: unknown) {
  const sent: { method: string; url: string; ifMatch: string | null; body: unknown }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: Request | string, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(input, location.href), init);
      const text = await request.text();
      sent.push({
        method: request.method,
        url: new URL(request.url).pathname,
        ifMatch: request.headers.get("if-match"),
        body: text ? JSON.parse(text) : null,
      });
      return new Response(JSON.stringify(reply), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("CompletionReview", () => {
  it("shows everyone that the report waits, with the agency's date, note and evidence", async () => {
    renderWithProviders(<CompletionReview task={submitted} etag='"4"' canDecide={false} files={files} />);
    expect(await screen.findByText("Chờ xác nhận hoàn thành")).toBeTruthy();
    expect(screen.getByText("Cơ quan báo cáo hoàn thành ngày 30/01/2023.")).toBeTruthy();
    expect(screen.getByText("Đã ban hành Kế hoạch 45/KH-STTTT")).toBeTruthy();
    expect(screen.getByRole("link", { name: "ke-hoach-45.pdf" }).getAttribute("href")).toBe(
      "/v1/attachments/att_9",
    );
    // The agency cannot decide on its own report.
    expect(screen.queryByRole("button", { name: "Xác nhận hoàn thành" })).toBeNull();
  });

  it("lets the secretariat return the report only with a reason, sent with the ETag it read", async () => {
    const sent = stubFetch({
      ...task,
      completionReturn: { reason: "Thiếu văn bản", by: "x", on: "2023-02-02", at: "x" },
    });
    renderWithProviders(<CompletionReview task={submitted} etag='"4"' canDecide files={files} />);
    expect(await screen.findByRole("button", { name: "Xác nhận hoàn thành" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Trả lại…" }));
    const dialog = await screen.findByRole("dialog", { name: "Trả lại báo cáo hoàn thành" });
    const send = within(dialog).getByRole("button", { name: "Trả lại báo cáo" });
    expect(send.hasAttribute("disabled")).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Lý do trả lại/), {
      target: { value: "Thiếu văn bản ban hành" },
    });
    expect(send.hasAttribute("disabled")).toBe(false);
    await userEvent.click(send);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: "POST",
      url: `/v1/tasks/${task.id}/completion/return`,
      ifMatch: '"4"',
      body: { reason: "Thiếu văn bản ban hành" },
    });
  });

  it("shows the agency why its report was returned", async () => {
    const back: Task = {
      ...task,
      completionReport: submitted.completionReport
        ? { ...submitted.completionReport, status: "returned" }
        : null,
      completionReturn: { reason: "Thiếu văn bản ban hành kèm theo", by: "x", on: "2023-02-02", at: "x" },
    };
    renderWithProviders(<CompletionReview task={back} etag='"5"' canDecide={false} files={files} />);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Báo cáo hoàn thành bị trả lại ngày 02/02/2023")).toBeTruthy();
    expect(within(alert).getByText("Thiếu văn bản ban hành kèm theo")).toBeTruthy();
  });
});
