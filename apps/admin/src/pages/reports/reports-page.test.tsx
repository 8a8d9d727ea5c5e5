import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { januaryReport } from "../../test/fixtures/periodic-report.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { type ReportForm, ReportsPage, requestOf } from "./reports-page.js";

const january: ReportForm = { frequency: "month", year: 2024, index: 1, scopeKind: "all", scopeId: null };

describe("ReportsPage", () => {
  it("names the period and scope the way the API's reports read them", () => {
    expect(requestOf(january)).toEqual({ period: "2024-01", scope: "all", lang: "vi" });
    expect(requestOf({ ...january, frequency: "quarter", index: 2 })?.period).toBe("2024-Q2");
    expect(requestOf({ ...january, frequency: "half", index: 1 })?.period).toBe("2024-H1");
    expect(requestOf({ ...january, frequency: "year" })?.period).toBe("2024");
    expect(requestOf({ ...january, scopeKind: "agency", scopeId: null })).toBeNull();
    expect(requestOf({ ...january, scopeKind: "agency", scopeId: "so-tc" })?.scope).toBe("agency:so-tc");
  });

  it("names a custom range from..to, and waits for both days in order", () => {
    const custom: ReportForm = { ...january, frequency: "custom", from: "2024-03-01", to: "2024-04-15" };
    expect(requestOf(custom)?.period).toBe("2024-03-01..2024-04-15");
    expect(requestOf({ ...custom, to: null })).toBeNull();
    expect(requestOf({ ...custom, from: "2024-04-16" })).toBeNull();
  });

  it("offers a custom period with two dd/MM/yyyy date fields and previews that range", async () => {
    sessionStorage.setItem("dondoc.draft.reports.form", JSON.stringify(january));
    const queryClient = testQueryClient();
    queryClient.setQueryData(
      ["report", { period: "2024-03-01..2024-04-15", scope: "all", lang: "vi" }],
      januaryReport,
    );
    renderWithProviders(<ReportsPage />, queryClient);

    fireEvent.click(await screen.findByText("Tùy chọn (từ ngày – đến ngày)"));
    const from = await screen.findByLabelText("Từ ngày");
    const to = screen.getByLabelText("Đến ngày");
    expect(screen.getByRole("button", { name: "Xem trước" }).hasAttribute("disabled")).toBe(true);
    fireEvent.change(from, { target: { value: "01/03/2024" } });
    fireEvent.blur(from);
    fireEvent.change(to, { target: { value: "15/04/2024" } });
    fireEvent.blur(to);
    expect(JSON.parse(sessionStorage.getItem("dondoc.draft.reports.form") ?? "{}")).toMatchObject({
      frequency: "custom",
      from: "2024-03-01",
      to: "2024-04-15",
    });
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    expect(await screen.findByTestId("report-preview")).toBeTruthy();
  });

  it("previews the chosen report in the page and offers it as DOCX, XLSX and CSV", async () => {
    sessionStorage.setItem("dondoc.draft.reports.form", JSON.stringify(january));
    const queryClient = testQueryClient();
    queryClient.setQueryData(["report", { period: "2024-01", scope: "all", lang: "vi" }], januaryReport);
    renderWithProviders(<ReportsPage />, queryClient);

    fireEvent.click(await screen.findByRole("button", { name: "Xem trước" }));
    const preview = await screen.findByTestId("report-preview");
    expect(within(preview).getByText("Kết quả thực hiện nhiệm vụ từ 15/12/2023 đến 14/01/2024")).toBeTruthy();
    expect(within(preview).getByText("Sở Tài chính")).toBeTruthy();
    expect(within(preview).getByText("Tỷ lệ đúng hạn:").textContent).toContain("50%");
    expect(within(preview).getByText("9 ngày làm việc (12 ngày)")).toBeTruthy();
    for (const format of ["DOCX", "XLSX", "CSV"]) {
      expect(screen.getByRole("button", { name: `Tải ${format}` })).toBeTruthy();
    }
  });

  it("asks for the letterhead and signer before making a DOCX, and keeps them for next time", async () => {
    sessionStorage.setItem("dondoc.draft.reports.form", JSON.stringify(january));
    const queryClient = testQueryClient();
    queryClient.setQueryData(["report", { period: "2024-01", scope: "all", lang: "vi" }], januaryReport);
    renderWithProviders(<ReportsPage />, queryClient);
    fireEvent.click(await screen.findByRole("button", { name: "Xem trước" }));
    fireEvent.click(await screen.findByRole("button", { name: "Tải DOCX" }));
    const details = await screen.findByRole("group", { name: "Thông tin văn bản báo cáo" });
    fireEvent.change(within(details).getByLabelText(/Cơ quan ban hành/), {
      target: { value: "VĂN PHÒNG UBND TỈNH" },
    });
    expect(JSON.parse(localStorage.getItem("dondoc.report-document") ?? "{}").issuer).toBe(
      "VĂN PHÒNG UBND TỈNH",
    );
  });
});
