import type { TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";

import { en } from "../i18n/en.js";
import { i18n } from "../i18n/i18n.js";
import { ApiProblem, describe as describeProblem, fromResponse, inLanguage } from "./problem.js";

const t = i18n.getFixedT("vi") as TFunction;
const tEn = i18n.getFixedT("en") as TFunction;

beforeAll(() => {
  i18n.addResourceBundle("en", "translation", en);
});

const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json" } });

describe("problem+json to a clerk's message", () => {
  it("reads the API's problem body with its field errors", async () => {
    const error = await fromResponse(
      problem(400, {
        type: "https://dondoc.vn/problems/validation-failed",
        title: "Dữ liệu gửi lên không hợp lệ / Invalid request",
        status: 400,
        code: "validation-failed",
        detail: "Ngày phải có dạng YYYY-MM-DD / Dates are YYYY-MM-DD",
        errors: [{ path: "body.dueOn", message: "Ngày phải có dạng YYYY-MM-DD" }],
      }),
    );
    const message = describeProblem(error, t);
    expect(message.title).toBe("Thông tin nhập chưa hợp lệ");
    expect(message.detail).toBe("Ngày phải có dạng YYYY-MM-DD");
    expect(message.fields).toEqual([{ path: "body.dueOn", message: "Ngày phải có dạng YYYY-MM-DD" }]);
  });

  it("tells the user someone else changed the record on a stale write (412)", () => {
    const message = describeProblem(
      new ApiProblem(412, { code: "precondition-failed", detail: "Nhiệm vụ đã được cập nhật / was changed" }),
      t,
    );
    expect(message.title).toBe("Dữ liệu đã được người khác thay đổi");
    expect(message.hint).toContain("Tải lại");
  });

  it("shows the English side of the API's text to an English reader", () => {
    const message = describeProblem(
      new ApiProblem(404, { detail: "Không tìm thấy nhiệm vụ / Task not found" }),
      tEn,
    );
    expect(message.title).toBe("Not found");
    expect(message.detail).toBe("Task not found");
  });

  it("explains a network failure without blaming the user", () => {
    expect(describeProblem(new ApiProblem(0, {}), t).title).toBe("Không kết nối được tới máy chủ");
    expect(describeProblem(new TypeError("Failed to fetch"), t).hint).toContain(
      "Nội dung đang nhập vẫn được giữ",
    );
  });

  it("survives an error page that is not JSON", async () => {
    const error = await fromResponse(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(describeProblem(error, t).title).toBe("Máy chủ gặp sự cố");
  });

  it("keeps a one-language text whole", () => {
    expect(inLanguage("Không tìm thấy", "en")).toBe("Không tìm thấy");
  });
});
