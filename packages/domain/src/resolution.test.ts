import { describe, expect, it } from "vitest";

import * as Resolution from "./resolution.js";

describe("Resolution", () => {
  it.each([
    ["02-NQ/TU", "nghi-quyet"],
    ["112/NQ-HĐND", "nghi-quyet"],
    ["3324/QĐ-UBND", "quyet-dinh"],
    ["3324/QÐ-UBND", "quyet-dinh"],
    ["11/CT-UBND", "chi-thi"],
    ["45/KH-UBND", "ke-hoach"],
    ["12/CTr-UBND", "chuong-trinh"],
    ["923/TB-UBND", "thong-bao"],
    ["123/UBND-TH", "cong-van"],
    ["không rõ", "other"],
  ])("reads the kind of %s as %s", (code, kind) => {
    expect(Resolution.kindOfCode(code)).toBe(kind);
  });

  it("cites a document the Vietnamese way", () => {
    expect(
      Resolution.citation({
        kind: "nghi-quyet",
        code: "02-NQ/TU",
        issuedOn: "2021-05-28",
        issuer: "Ban Chấp hành Đảng bộ tỉnh",
      }),
    ).toBe("Nghị quyết 02-NQ/TU ngày 28/05/2021 của Ban Chấp hành Đảng bộ tỉnh");
  });

  it("validates a resolution with its targets", () => {
    const r = Resolution.Resolution.safeParse({
      id: "r1",
      code: "112/NQ-HĐND",
      kind: "nghi-quyet",
      issuer: "Hội đồng nhân dân tỉnh",
      issuerAgencyId: "brvt.hdnd",
      issuedOn: "2019-12-13",
      title: "Đề án phát triển đô thị thông minh",
      targets: [{ id: "t1", text: "Trung tâm điều hành đô thị thông minh", byYear: 2025 }],
    });
    expect(r.success).toBe(true);
    expect(Resolution.Resolution.safeParse({ id: "r2", code: "" }).success).toBe(false);
  });
});
