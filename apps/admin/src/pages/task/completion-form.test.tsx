import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { formatDate, isoDay } from "../../lib/dates.js";
import { task } from "../../test/fixtures/task.js";
import { renderWithProviders } from "../../test/render.js";
import { CompletionForm } from "./completion-form.js";

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

describe("CompletionForm", () => {
  it("asks for confirmation, repeating the date, before anything is sent", async () => {
    const sent = stubFetch({ ...task, lifecycle: "submitted" });
    renderWithProviders(<CompletionForm task={task} etag='"3"' />);
    // The date defaults to today, and the dialog repeats it.
    const today = isoDay(new Date());
    await screen.findByLabelText(/Ngày hoàn thành/);
    await userEvent.click(screen.getByRole("button", { name: "Báo cáo hoàn thành…" }));
    const dialog = await screen.findByRole("dialog", { name: "Xác nhận báo cáo hoàn thành" });
    expect(within(dialog).getByText(new RegExp(`ngày ${formatDate(today)}\\?`))).toBeTruthy();
    expect(sent).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole("button", { name: "Xác nhận hoàn thành" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      method: "POST",
      url: `/v1/tasks/${task.id}/complete`,
      ifMatch: '"3"',
      body: { completedOn: today },
    });
  });
});
