import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";

import type { ResolvedDeadline } from "../../api/notices.js";
import type { ParsedDeadline } from "../../api/types.js";
import { renderWithProviders, testQueryClient } from "../../test/render.js";
import { DeadlineField } from "./deadline-field.js";

const asParsed: ParsedDeadline = {
  phrase: "trước ngày 30/6/2026",
  kind: "on-date",
  rule: { kind: "on-date", phrase: "trước ngày 30/6/2026", date: "2026-06-30", reading: "before" },
  dueOn: "2026-06-29",
  recurrence: null,
  derivation: { vi: "trước ngày 30/6/2026 → 29/06/2026", en: "before 30/06/2026 → 2026-06-29" },
  span: null,
} as ParsedDeadline;

const seen: { deadline: ParsedDeadline; action: string }[] = [];

function Harness() {
  const [deadline, setDeadline] = useState(asParsed);
  const [action, setAction] = useState("Hoàn thành hồ sơ dự án trước ngày 30/6/2026.");
  seen.push({ deadline, action });
  return (
    <>
      <DeadlineField
        deadline={deadline}
        from="2026-03-10"
        onChange={setDeadline}
        onFocus={() => {}}
        action={action}
        onActionChange={setAction}
      />
      <output data-testid="action">{action}</output>
    </>
  );
}

const resolved = (phrase: string, r: ResolvedDeadline) => {
  const client = testQueryClient();
  client.setQueryData(["deadline", phrase, "2026-03-10"], r);
  return client;
};

describe("DeadlineField", () => {
  it("shows the engine's warning beside a retyped phrase, keeps its rule, and offers to fix the sentence", async () => {
    const client = resolved("trước ngày 30/9", {
      kind: "on-date",
      dueOn: "2026-09-29",
      derivation: { vi: "trước ngày 30/9 → 29/09/2026", en: "before 30/9 → 2026-09-29" },
      rule: { kind: "on-date", phrase: "trước ngày 30/9", date: "2026-09-30", reading: "before" },
      warnings: [
        {
          code: "year-inferred",
          message: "Thời hạn “trước ngày 30/9” không ghi năm: đã hiểu là năm 2026, cần kiểm tra lại.",
        },
      ],
    } as ResolvedDeadline);
    renderWithProviders(<Harness />, client);
    fireEvent.change(await screen.findByLabelText("Thời hạn (đúng như trong văn bản)"), {
      target: { value: "trước ngày 30/9" },
    });
    expect(await screen.findByText(/không ghi năm: đã hiểu là năm 2026/, {}, { timeout: 3000 })).toBeTruthy();
    expect(await screen.findByText("Hạn: 29/09/2026")).toBeTruthy();
    await waitFor(() =>
      expect(seen.at(-1)?.deadline.rule).toMatchObject({ phrase: "trước ngày 30/9", date: "2026-09-30" }),
    );
    expect(screen.getByText("Nội dung công việc vẫn ghi “trước ngày 30/6/2026”.")).toBeTruthy();
    await userEvent.setup().click(screen.getByRole("button", { name: "Sửa thành “trước ngày 30/9”" }));
    expect(screen.getByTestId("action").textContent).toBe("Hoàn thành hồ sơ dự án trước ngày 30/9.");
    expect(screen.queryByRole("button", { name: /Sửa thành/ })).toBeNull();
  });

  it("drops the previous phrase's rule when the new phrase does not read", async () => {
    const client = resolved("trước khi mùa mưa", {
      kind: "none",
      dueOn: null,
      derivation: null,
      rule: null,
      warnings: [],
    } as ResolvedDeadline);
    renderWithProviders(<Harness />, client);
    fireEvent.change(await screen.findByLabelText("Thời hạn (đúng như trong văn bản)"), {
      target: { value: "trước khi mùa mưa" },
    });
    expect(await screen.findByText(/Chưa đọc được thời hạn này/, {}, { timeout: 3000 })).toBeTruthy();
    await waitFor(() =>
      expect(seen.at(-1)?.deadline).toMatchObject({ kind: "none", rule: null, dueOn: null }),
    );
  });
});
