import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { ParsedAgency } from "../../api/types.js";
import type { SessionUser } from "../../auth/session.js";
import { sessionQuery } from "../../auth/session.js";
import { directory } from "../../test/fixtures/parsed-notice-12.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { AgencyPicker } from "./agency-picker.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

const unknown: ParsedAgency = {
  name: "Ban QLDA khu vực Long Điền",
  agencyId: null,
  collective: false,
  groupId: null,
  span: null,
};

const signedIn = (permissions: string[]) => {
  const client = testQueryClient();
  const user: SessionUser = {
    id: "usr_1",
    name: "Nguyễn Thị Lan",
    displayName: "Nguyễn Thị Lan",
    username: "lan.vp",
    role: "secretariat",
    agencyId: "ubnd-tinh",
    mustChangePassword: false,
    permissions,
  };
  client.setQueryData(sessionQuery.queryKey, user);
  return client;
};

describe("AgencyPicker", () => {
  it("adds an agency the directory lacks, with the written name as an alias, and chooses it", async () => {
    const sent: unknown[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: Request) => {
        const body = await input.json();
        sent.push({ method: input.method, path: new URL(input.url).pathname, body });
        return new Response(
          JSON.stringify({
            ...body,
            groups: [],
            validFrom: null,
            validTo: null,
            successorId: null,
            version: 1,
          }),
          { status: 201, headers: { "content-type": "application/json" } },
        );
      }),
    );
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <AgencyPicker
        label="Cơ quan chủ trì"
        agency={unknown}
        agencies={directory}
        onChange={onChange}
        onFocus={() => {}}
      />,
      signedIn(["agencies.add"]),
    );
    await user.click(await screen.findByRole("button", { name: "Thêm cơ quan này vào danh mục…" }));
    const name = await screen.findByLabelText(/Tên chính thức/);
    fireEvent.change(name, { target: { value: "Ban Quản lý dự án khu vực Long Điền" } });
    await user.click(screen.getByRole("button", { name: "Thêm và chọn cơ quan này" }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(sent).toEqual([
      {
        method: "POST",
        path: "/v1/agencies",
        body: {
          id: "ban-quan-ly-du-an-khu-vuc-long-dien",
          name: "Ban Quản lý dự án khu vực Long Điền",
          shortNames: [],
          aliases: ["Ban QLDA khu vực Long Điền"],
          parentId: null,
          kind: "department",
        },
      },
    ]);
    expect(onChange).toHaveBeenCalledWith({ ...unknown, agencyId: "ban-quan-ly-du-an-khu-vuc-long-dien" });
  }, 30_000);

  it("offers no adding to a clerk without the permission, nor once an agency is chosen", async () => {
    const { unmount } = renderWithProviders(
      <AgencyPicker
        label="Cơ quan chủ trì"
        agency={unknown}
        agencies={directory}
        onChange={() => {}}
        onFocus={() => {}}
      />,
      signedIn(["tasks.read"]),
    );
    await screen.findByText(/Trong văn bản/);
    expect(screen.queryByRole("button", { name: /Thêm cơ quan này/ })).toBeNull();
    unmount();
    renderWithProviders(
      <AgencyPicker
        label="Cơ quan chủ trì"
        agency={{ ...unknown, agencyId: "ubnd-tinh" }}
        agencies={directory}
        onChange={() => {}}
        onFocus={() => {}}
      />,
      signedIn(["agencies.add"]),
    );
    await screen.findByText(/Trong văn bản/);
    expect(screen.queryByRole("button", { name: /Thêm cơ quan này/ })).toBeNull();
  });
});
