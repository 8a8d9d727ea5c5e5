import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Role } from "../../auth/session.js";
import { task } from "../../test/fixtures/task.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { HandlerCard, officersQuery } from "./handler-card.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

const officer: Role = "agency_officer";

const officers = [
  { id: "usr_lan", displayName: "Nguyễn Thị Lan" },
  { id: "usr_hung", displayName: "Trần Văn Hùng" },
];

function seeded() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(officersQuery(task.leadAgencyId ?? "").queryKey, officers);
  return queryClient;
}

describe("HandlerCard", () => {
  it("lets an officer of the lead agency give the task to a colleague, sending the ETag read", async () => {
    const sent: { method: string; url: string; ifMatch: string | null; body: unknown }[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: Request) => {
        sent.push({
          method: input.method,
          url: new URL(input.url).pathname,
          ifMatch: input.headers.get("if-match"),
          body: await input.json(),
        });
        return new Response(
          JSON.stringify({ ...task, handlerId: "usr_lan", handlerName: "Nguyễn Thị Lan" }),
          {
            status: 200,
            headers: { "content-type": "application/json" },
          },
        );
      }),
    );
    renderWithProviders(
      <HandlerCard task={task} etag='"3"' role={officer} agencyId={task.leadAgencyId} />,
      seeded(),
    );
    expect((await screen.findByTestId("task-handler")).textContent).toBe("Chưa giao cho chuyên viên");
    const user = userEvent.setup();
    const [picker] = screen.getAllByRole("combobox", { name: "Giao cho chuyên viên" });
    await user.click(picker as HTMLElement);
    await user.click(await screen.findByRole("option", { name: "Nguyễn Thị Lan" }));
    await user.click(screen.getByRole("button", { name: "Giao" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      method: "PUT",
      url: `/v1/tasks/${task.id}/handler`,
      ifMatch: '"3"',
      body: { userId: "usr_lan" },
    });
  });

  it("shows the handler to everyone, and the picker to no officer of another agency nor a leader", async () => {
    const given = { ...task, handlerId: "usr_lan", handlerName: "Nguyễn Thị Lan" };
    for (const [role, agencyId] of [
      ["agency_officer", "so-khac"],
      ["leader", null],
    ] as const) {
      const { unmount } = renderWithProviders(
        <HandlerCard task={given} etag='"3"' role={role} agencyId={agencyId} />,
        seeded(),
      );
      expect((await screen.findByTestId("task-handler")).textContent).toBe("Nguyễn Thị Lan");
      expect(screen.queryByRole("button", { name: "Giao" })).toBeNull();
      unmount();
    }
  });
});
