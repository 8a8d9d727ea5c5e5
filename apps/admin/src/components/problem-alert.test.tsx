import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { ApiProblem } from "../api/problem.js";
import { renderWithProviders } from "../test/render.js";
import { ProblemAlert } from "./problem-alert.js";

describe("ProblemAlert", () => {
  it("names the fields to correct in Vietnamese, never by the server's path", async () => {
    const error = new ApiProblem(400, {
      code: "validation-failed",
      detail: "Dữ liệu không hợp lệ / Invalid",
      errors: [
        { path: "json.username", message: "Bắt buộc" },
        { path: "json.tasks.1.dueOn", message: "Ngày phải có dạng YYYY-MM-DD" },
        { path: "json.somethingUnknown", message: "Sai" },
      ],
    });
    renderWithProviders(<ProblemAlert error={error} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Tên đăng nhập: Bắt buộc");
    expect(alert.textContent).toContain("Hạn (#2): Ngày phải có dạng YYYY-MM-DD");
    expect(alert.textContent).not.toContain("json.");
    // A field the app has no name for keeps its path, so nothing is hidden.
    expect(alert.textContent).toContain("somethingUnknown");
  });
});
