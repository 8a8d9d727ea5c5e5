import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { januaryReport } from "../../test/fixtures/periodic-report.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { ReportsPage, requestOf } from "./reports-page.js";

const january = {
  frequency: "month",
  year: 2024,
  index: 1,
  decree09: true,
  from: null,
  to: null,
  scopeKind: "all",
  scopeId: null,
} as const;

describe("ReportsPage", () => {
  it("names the period and scope the way the API's reports read them", () => {
    expect(requestOf(january)).toEqual({ period: "2024-01", mode: "decree-09", scope: "all" });
    expect(requestOf({ ...january, frequency: "quarter", index: 2, decree09: false })).toMatchObject({
      period: "2024-Q2",
      mode: "calendar",
    });
    expect(requestOf({ ...january, frequency: "custom", from: "2024-03-01", to: "2024-02-01" })).toBeNull();
    expect(requestOf({ ...january, scopeKind: "agency", scopeId: null })).toBeNull();
    expect(requestOf({ ...january, scopeKind: "agency", scopeId: "so-tc" })?.scope).toBe("agency:so-tc");
  });

  it("previews the chosen report in the page and offers it as DOCX, XLSX and CSV", async () => {
    sessionStorage.setItem("dondoc.draft.reports.form", JSON.stringify(january));
    const queryClient = testQueryClient();
    queryClient.setQueryData(
      ["report", { period: "2024-01", mode: "decree-09", scope: "all" }],
      januaryReport,
    );
    renderWithProviders(<ReportsPage />, queryClient);

    fireEvent.click(await screen.findByRole("button", { name: "Xem trước" }));
    const preview = await screen.findByTestId("report-preview");
    expect(within(preview).getByText("Kết quả thực hiện nhiệm vụ từ 15/12/2023 đến 14/01/2024")).toBeTruthy();
    expect(within(preview).getByText("Sở Tài chính")).toBeTruthy();
    expect(within(preview).getByText("Tỷ lệ đúng hạn:").textContent).toContain("50%");
    expect(within(preview).getByText("9 ngày làm việc (12 ngày)")).toBeTruthy();

    const docx = screen.getByRole("link", { name: "Tải DOCX" });
    expect(docx.getAttribute("href")).toBe(
      "/v1/reports/periodic?period=2024-01&mode=decree-09&scope=all&format=docx",
    );
    expect(screen.getByRole("link", { name: "Tải XLSX" }).getAttribute("href")).toContain("format=xlsx");
    expect(screen.getByRole("link", { name: "Tải CSV" }).getAttribute("href")).toContain("format=csv");
  });
});
