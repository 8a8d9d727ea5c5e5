import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";

import { directory, parsedNotice12 } from "../../test/fixtures/parsed-notice-12.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { ImportReview } from "./import-review.js";
import type { ReviewState } from "./review-state.js";

function Harness({
  onPublish,
  ownIssuer = "ubnd-tinh",
}: {
  readonly onPublish: (state: ReviewState) => void;
  readonly ownIssuer?: string | null;
}) {
  const [state, setState] = useState<ReviewState>({
    parsed: parsedNotice12,
    acknowledged: [],
    issuerAgencyId: ownIssuer,
  });
  return (
    <ImportReview
      state={state}
      agencies={directory}
      ownIssuer={ownIssuer}
      onChange={(update) => setState(update)}
      onPublish={() => onPublish(state)}
      isPublishing={false}
    />
  );
}

describe("ImportReview", () => {
  it("shows the parsed directives and tasks beside the source, with the warnings to check", async () => {
    renderWithProviders(<Harness onPublish={() => {}} />);
    expect(await screen.findByText("Cảnh báo cần kiểm tra (2)")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Văn bản gốc" }).textContent).toContain("Số: 12 /TB-UBND");
    expect(screen.getByRole("group", { name: "Nhiệm vụ 1 của kết luận 2.a" })).toBeTruthy();
    // Directive 2 is a heading: informational, no task.
    expect(screen.queryByRole("group", { name: /kết luận 2$/ })).toBeNull();
    expect(screen.getAllByText("31/01/2023", { exact: false }).length).toBeGreaterThan(0);
  });

  it("highlights in the source the text a field was read from when the field is selected", async () => {
    renderWithProviders(<Harness onPublish={() => {}} />);
    const task = await screen.findByRole("group", { name: "Nhiệm vụ 1 của kết luận 2.b" });
    fireEvent.focus(within(task).getAllByRole("combobox", { name: "Cơ quan chủ trì" })[0] as HTMLElement);
    const mark = await screen.findByTestId("source-highlight");
    expect(mark.textContent).toBe("Sở Kế hoạch và Đầu tư");
  });

  it("keeps publishing closed until every lead agency is identified and every warning is dealt with", async () => {
    const onPublish = vi.fn();
    renderWithProviders(<Harness onPublish={onPublish} />);
    const publish = await screen.findByRole("button", { name: "Phát hành thông báo" });
    expect(publish.hasAttribute("disabled") || publish.getAttribute("data-disabled") === "true").toBe(true);
    expect(screen.getByText("Còn 1 nhiệm vụ chưa chọn cơ quan chủ trì trong danh mục.")).toBeTruthy();

    // Pick the successor agency for the merged “Sở Kế hoạch và Đầu tư”: the agency warning resolves itself.
    const task = screen.getByRole("group", { name: "Nhiệm vụ 1 của kết luận 2.b" });
    const lead = within(task).getAllByRole("combobox", { name: "Cơ quan chủ trì" })[0] as HTMLElement;
    const user = userEvent.setup();
    await user.click(lead);
    await user.type(lead, "Tài chính");
    await user.click(await screen.findByRole("option", { name: "Sở Tài chính" }));
    await waitFor(() => {
      const resolved = screen.getAllByTestId("warning").map((w) => w.getAttribute("data-resolved"));
      expect(resolved).toEqual(["true", "false"]);
    });

    // The collective coordinator is accepted as written.
    const [, second] = screen.getAllByTestId("warning");
    fireEvent.click(within(second as HTMLElement).getByLabelText("Đã xử lý"));
    await waitFor(() => expect(publish.hasAttribute("disabled")).toBe(false));
    fireEvent.click(publish);
    expect(onPublish).toHaveBeenCalledTimes(1);
    const sent = onPublish.mock.calls[0]?.[0] as ReviewState;
    expect(sent.parsed.directives[3]?.tasks[0]?.lead.agencyId).toBe("so-tc");
  });

  it("has an administrator choose the issuing body before publishing; a secretariat's is its own", async () => {
    const onPublish = vi.fn();
    const { unmount } = renderWithProviders(<Harness onPublish={onPublish} />);
    const [fixed] = await screen.findAllByRole("combobox", { name: /Cơ quan ban hành/ });
    if (fixed === undefined) throw new Error("no issuer field");
    expect((fixed as HTMLInputElement).value).toBe("UBND tỉnh Bà Rịa - Vũng Tàu (UBND tỉnh)");
    expect(fixed.hasAttribute("readonly")).toBe(true);
    expect(screen.queryByText("Chưa chọn cơ quan ban hành của thông báo.")).toBeNull();
    unmount();

    renderWithProviders(<Harness onPublish={onPublish} ownIssuer={null} />);
    expect(await screen.findByText("Chưa chọn cơ quan ban hành của thông báo.")).toBeTruthy();
    const [issuer] = screen.getAllByRole("combobox", { name: /Cơ quan ban hành/ });
    if (issuer === undefined) throw new Error("no issuer field");
    const user = userEvent.setup();
    await user.click(issuer);
    await user.type(issuer, "UBND tỉnh");
    await user.click(await screen.findByRole("option", { name: "UBND tỉnh Bà Rịa - Vũng Tàu (UBND tỉnh)" }));
    await waitFor(() => expect(screen.queryByText("Chưa chọn cơ quan ban hành của thông báo.")).toBeNull());
  });

  it("shows the due date and derivation the API resolves for an edited deadline phrase", async () => {
    const queryClient = testQueryClient();
    queryClient.setQueryData(["deadline", "trong quý I/2023", "2023-01-18"], {
      kind: "end-of-period",
      dueOn: "2023-03-31",
      rule: null,
      warnings: [],
      derivation: {
        vi: "trong quý I/2023 → ngày cuối quý I/2023 → 31/03/2023",
        en: "within Q1 2023 → 31/03/2023",
      },
    });
    renderWithProviders(<Harness onPublish={() => {}} />, queryClient);
    const task = await screen.findByRole("group", { name: "Nhiệm vụ 1 của kết luận 3" });
    const phrase = within(task).getByLabelText("Thời hạn (đúng như trong văn bản)");
    fireEvent.change(phrase, { target: { value: "trong quý I/2023" } });
    expect(await within(task).findByText("Hạn: 31/03/2023", {}, { timeout: 2000 })).toBeTruthy();
    expect(within(task).getByText("trong quý I/2023 → ngày cuối quý I/2023 → 31/03/2023")).toBeTruthy();
  });
});
