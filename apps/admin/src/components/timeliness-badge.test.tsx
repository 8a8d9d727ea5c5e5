import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../test/render.js";
import { TimelinessBadge } from "./timeliness-badge.js";

describe("TimelinessBadge", () => {
  it("shows a recurring duty's next report instead of “no deadline”", async () => {
    renderWithProviders(
      <TimelinessBadge
        value="no-deadline"
        nextOccurrence={{ label: "tháng 02/2024", labelEn: "February 2024", dueOn: "2024-02-26" }}
      />,
    );
    expect(await screen.findByText("Định kỳ · kỳ tháng 02/2024, hạn 26/02/2024")).toBeTruthy();
    expect(screen.queryByText("Không có thời hạn")).toBeNull();
  });

  it("says how late an overdue task is, and a task without a deadline as such", async () => {
    renderWithProviders(
      <>
        <TimelinessBadge value="overdue" lateness={{ calendarDays: 4, workingDays: 2 }} />
        <TimelinessBadge value="no-deadline" nextOccurrence={null} />
      </>,
    );
    expect(await screen.findByText("Quá hạn · 4 ngày (2 ngày làm việc)")).toBeTruthy();
    expect(screen.getByText("Không có thời hạn")).toBeTruthy();
  });
});
