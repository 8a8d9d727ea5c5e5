import { describe, expect, it } from "vitest";

import * as Normalize from "./normalize.js";

describe("Normalize.text", () => {
  it("removes Markdown bold and heading marks but keeps the words", () => {
    expect(Normalize.text("### 3. Về báo cáo\n\n**trong tháng 01/2023**")).toBe(
      "3. Về báo cáo\n\ntrong tháng 01/2023",
    );
  });

  it("composes decomposed Vietnamese (NFD → NFC) and unifies line ends", () => {
    const nfd = "Sở Tài chính\r\nKế hoạch\r".normalize("NFD");
    expect(Normalize.text(nfd)).toBe("Sở Tài chính\nKế hoạch\n");
  });

  it("turns non-breaking spaces into spaces and drops control and zero-width characters", () => {
    expect(Normalize.text("Sở\u00a0Y tế\u0000\u200b\ufeff")).toBe("Sở Y tế");
  });

  it.each([
    ["*Hà Nội, ngày 05 tháng 3 năm 2024*", "Hà Nội, ngày 05 tháng 3 năm 2024"],
    ["**1.** Giao Sở Tài chính", "1. Giao Sở Tài chính"],
    ["* Sở Y tế rà soát", "* Sở Y tế rà soát"],
    ["Số 2*3 và 4*5", "Số 2*3 và 4*5"],
  ])("removes web italics but keeps bullets and products: %s", (raw, want) => {
    expect(Normalize.text(raw)).toBe(want);
  });

  it("keeps tabs and ordinary text unchanged", () => {
    expect(Normalize.text("1.\tGiao Sở Nội vụ")).toBe("1.\tGiao Sở Nội vụ");
  });
});

describe("Normalize.fold", () => {
  it("folds case, diacritics and đ", () => {
    expect(Normalize.fold("ĐÀ NẴNG, Sở Tài Chính")).toBe("da nang, so tai chinh");
  });
});
