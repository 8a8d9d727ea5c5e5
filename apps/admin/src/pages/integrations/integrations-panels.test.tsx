import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

import { agenciesQuery } from "../../api/queries.js";
import type { SessionUser } from "../../auth/session.js";
import { sessionQuery } from "../../auth/session.js";
import { directory } from "../../test/fixtures/parsed-notice-12.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import type { ImportJob } from "./integrations-api.js";
import { SheetImportPanel } from "./sheet-import-panel.js";
import { WhatIfPanel } from "./what-if-panel.js";

type Route = (url: string) => unknown;

/** Answers `fetch` from a table of `METHOD path` handlers, recording each request the client sends. */
function stubApi(routes: Record<string, Route>) {
  const calls: { method: string; url: string; request: Request }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: Request | string, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(input, location.href), init);
      const method = request.method;
      const url = new URL(request.url).pathname;
      calls.push({ method, url, request: request.clone() });
      const key = Object.keys(routes).find((k) => {
        const [m, p] = k.split(" ");
        return m === method && url === p;
      });
      if (key === undefined) return new Response(JSON.stringify({ code: "not-found" }), { status: 404 });
      const body = routes[key]?.(url);
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const report = {
  total: 4,
  create: 2,
  update: 1,
  unchanged: 0,
  errorCount: 1,
  errors: [{ row: 5, column: "Thời hạn", reason: "Thời hạn “31/02/2024” không đọc được" }],
  changes: [
    { row: 2, externalId: "A-1", action: "create", taskId: null, changes: [] },
    {
      row: 3,
      externalId: "A-2",
      action: "update",
      taskId: "tsk_1",
      changes: [{ field: "dueOn", from: "2024-03-29", to: "2024-04-15" }],
    },
  ],
  mappingProblems: [],
  applied: null,
};

const job = (over: Partial<ImportJob>): ImportJob => ({
  id: "imp_1",
  status: "previewed",
  fileName: "theo-doi.csv",
  total: 4,
  processed: 4,
  report: report as ImportJob["report"],
  error: null,
  version: 1,
  source: "Sổ theo dõi",
  issuerAgencyId: "brvt.ubnd",
  createdAt: "2024-03-01T03:00:00.000Z",
  updatedAt: "2024-03-01T03:00:00.000Z",
  ...over,
});

const signedIn = (role: SessionUser["role"], agencyId: string | null) => {
  const client = testQueryClient();
  const user: SessionUser = {
    id: "usr_1",
    name: "Nguyễn Thị Lan",
    displayName: "Nguyễn Thị Lan",
    username: "lan.vp",
    role,
    agencyId,
    mustChangePassword: false,
    permissions: ["tasks.manage"],
  };
  client.setQueryData(sessionQuery.queryKey, user);
  client.setQueryData(agenciesQuery.queryKey, [...directory]);
  return client;
};

describe("SheetImportPanel", () => {
  it("uploads a sheet, shows the dry run with unreadable rows, then imports on confirmation", async () => {
    let applied = false;
    const calls = stubApi({
      "POST /v1/imports": () => job({ status: "parsing", processed: 0, report: null }),
      "GET /v1/imports/imp_1": () =>
        applied
          ? job({
              status: "applied",
              version: 2,
              report: {
                ...report,
                applied: { created: 2, updated: 1, noticesCreated: 1 },
              } as ImportJob["report"],
            })
          : job({}),
      "POST /v1/imports/imp_1/apply": () => {
        applied = true;
        return job({ status: "applying", version: 2 });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<SheetImportPanel />, signedIn("secretariat", "ubnd-tinh"));
    const file = new File(["Số/ký hiệu văn bản,Nội dung\n"], "theo-doi.csv", { type: "text/csv" });
    await screen.findByLabelText(/Tệp bảng tính/);
    // Mantine's FileInput is a button over a hidden file input.
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (input === null) throw new Error("no file input");
    await user.upload(input, file);
    await user.type(screen.getByLabelText("Thời hạn"), "Hạn hoàn thành");
    await user.click(screen.getByRole("button", { name: "Xem trước" }));
    expect(await screen.findByText("4 dòng: 2 tạo mới, 1 cập nhật, 0 không đổi, 1 dòng lỗi")).toBeTruthy();
    expect(screen.getByText("Thời hạn “31/02/2024” không đọc được")).toBeTruthy();
    expect(screen.getByText("dueOn: 2024-03-29 → 2024-04-15")).toBeTruthy();
    const upload = calls.find((c) => c.method === "POST" && c.url === "/v1/imports");
    if (upload === undefined) throw new Error("no upload");
    const form = await upload.request.formData();
    expect(form.get("mapping")).toBe(JSON.stringify({ dueOn: "Hạn hoàn thành" }));
    // A secretariat's sheet goes to its own issuing body: the server knows which.
    expect(form.get("issuerAgencyId")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Xác nhận nhập" }));
    expect(await screen.findByText("Đã nhập: 2 nhiệm vụ mới, 1 cập nhật, 1 văn bản mới.")).toBeTruthy();
    const apply = calls.find((c) => c.url === "/v1/imports/imp_1/apply");
    expect(apply?.request.headers.get("if-match")).toBe('"1"');
  });

  it("has an administrator name the issuing body of the sheet's notices before reading it", async () => {
    const calls = stubApi({
      "POST /v1/imports": () => job({ status: "parsing", processed: 0, report: null }),
      "GET /v1/imports/imp_1": () => job({}),
    });
    const user = userEvent.setup();
    renderWithProviders(<SheetImportPanel />, signedIn("admin", null));
    await screen.findByLabelText(/Tệp bảng tính/);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (input === null) throw new Error("no file input");
    await user.upload(input, new File(["a,b\n"], "theo-doi.csv", { type: "text/csv" }));
    const preview = screen.getByRole("button", { name: "Xem trước" });
    expect(preview.hasAttribute("disabled")).toBe(true);
    const [issuer] = screen.getAllByRole("combobox", { name: /Cơ quan ban hành/ });
    if (issuer === undefined) throw new Error("no issuer field");
    await user.click(issuer);
    await user.click(await screen.findByRole("option", { name: "UBND tỉnh Bà Rịa - Vũng Tàu (UBND tỉnh)" }));
    await waitFor(() => expect(preview.hasAttribute("disabled")).toBe(false));
    await user.click(preview);
    await screen.findByText("4 dòng: 2 tạo mới, 1 cập nhật, 0 không đổi, 1 dòng lỗi");
    const upload = calls.find((c) => c.method === "POST" && c.url === "/v1/imports");
    if (upload === undefined) throw new Error("no upload");
    expect((await upload.request.formData()).get("issuerAgencyId")).toBe("ubnd-tinh");
  });
});

describe("WhatIfPanel", () => {
  it("previews the deadlines a new day off moves, then saves the calendar with the year's version", async () => {
    const calls = stubApi({
      "GET /v1/calendar/2024": () => ({
        year: 2024,
        source: "",
        version: 0,
        days: [{ date: "2024-04-30", kind: "holiday", name: "Ngày Giải phóng miền Nam" }],
      }),
      "POST /v1/what-if/calendar/2024": () => ({
        moved: [
          {
            taskId: "tsk_1",
            action: "Bố trí kinh phí",
            leadName: "Sở Tài chính",
            dueOnBefore: "2024-03-08",
            dueOnAfter: "2024-03-11",
            timelinessBefore: "not-due",
            timelinessAfter: "not-due",
          },
        ],
        statusChanged: [],
        examined: 12,
        applied: null,
      }),
      "POST /v1/what-if/calendar/2024/apply": () => ({
        moved: [],
        statusChanged: [],
        examined: 12,
        applied: 1,
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatIfPanel />);
    await user.type(await screen.findByLabelText(/Ngày nghỉ mới/), "08/03/2024");
    await user.type(screen.getByLabelText(/Tên ngày nghỉ/), "Nghỉ bổ sung");
    await user.click(screen.getByRole("button", { name: "Xem trước" }));
    expect(await screen.findByText("1 hạn sẽ dời (12 nhiệm vụ đã xét)")).toBeTruthy();
    expect(screen.getByText("11/03/2024 (Trong hạn)")).toBeTruthy();
    const sent = JSON.parse(
      (await calls.find((c) => c.url === "/v1/what-if/calendar/2024")?.request.text()) ?? "",
    );
    expect(sent.daysOff).toEqual([
      { date: "2024-04-30", name: "Ngày Giải phóng miền Nam", kind: "holiday" },
      { date: "2024-03-08", name: "Nghỉ bổ sung", kind: "day-off" },
    ]);
    await user.click(screen.getByRole("button", { name: "Lưu lịch và dời hạn" }));
    await waitFor(() => expect(screen.getByText("Đã lưu lịch; 1 hạn đã dời.")).toBeTruthy());
    const apply = calls.find((c) => c.url === "/v1/what-if/calendar/2024/apply");
    expect(apply?.request.headers.get("if-match")).toBe('"0"');
  });
});
