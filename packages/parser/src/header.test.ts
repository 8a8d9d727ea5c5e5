/**
 * Tests of `NoticeHeader.read`: number and symbol without “Số”, the issue date only where the
 * document states its own, signers in column layouts, law-portal copies.
 */
import { describe, expect, it } from "vitest";

import * as NoticeHeader from "./header.js";
import * as Parser from "./parser.js";

const header = (text: string) => NoticeHeader.read(text).header;

describe("NoticeHeader.read", () => {
  it("reads a number and symbol written without “Số”", () => {
    const h = header(
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n1962/UBND-KT\nQuảng Trị, ngày 25 tháng 4 năm 2024\nV/v xin chủ trương",
    );
    expect([h.number, h.symbol, h.issuedOn]).toEqual(["1962", "UBND-KT", "2024-04-25"]);
  });

  it("never takes the date of a cited document for the issue date, and says so", () => {
    const text =
      "THÔNG BÁO\nKết luận của Phó Chủ tịch\nThực hiện Kế hoạch của UBND tỉnh Quảng Trị, ngày 05 tháng 3 năm 2024, Phó Chủ tịch kết luận như sau:\n1. Giao Sở Tài chính rà soát.";
    const n = Parser.parseText(text);
    expect(n.notice.issuedOn).toBeNull();
    expect(n.warnings.map((w) => w.code)).toContain("issued-date-missing");
  });

  it("reads the issue date at the head of a line or a column", () => {
    expect(header("Số: 12/TB-UBND   Vũng Tàu, ngày 05 tháng 01 năm 2024").issuedOn).toBe("2024-01-05");
    expect(header("SỞ CÔNG THƯƠNG | | Lào Cai, ngày 09 tháng 4 năm 2026").issuedOn).toBe("2026-04-09");
  });

  it("reads the signer of a signature block laid out in columns with spaces (PDF text)", () => {
    const text = `1. Giao Sở Xây dựng rà soát.
Nơi nhận:                                               KT. CHỦ TỊCH
- Như trên;
- Bộ Nông nghiệp và Môi trường (để báo cáo);            PHÓ CHỦ TỊCH
- Lưu: VT, KT.



                                                      Nguyễn Thành Sinh`;
    expect(header(text).signer).toEqual({
      authority: "KT. CHỦ TỊCH",
      title: "PHÓ CHỦ TỊCH",
      name: "Nguyễn Thành Sinh",
    });
  });
});

describe("NoticeHeader.read on a Prime Minister's chỉ thị", () => {
  it("reads the signer under “THỦ TƯỚNG” in the signature column", () => {
    const text = `1. Bộ Tài chính rà soát.
Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: Văn thư, KTN (5b). | THỦ TƯỚNG



Nguyễn Tấn Dũng`;
    expect(header(text).signer).toEqual({ authority: null, title: "THỦ TƯỚNG", name: "Nguyễn Tấn Dũng" });
  });
});

describe("NoticeHeader.read on a law portal's copy", () => {
  it("reads number, place and date from header cells the portal wrapped over several lines", () => {
    const text = `ỦY
BAN NHÂN DÂN
TỈNH SƠN LA
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
2862/QĐ-UBND
|
Sơn
La, ngày 16 tháng 11
năm 2018
|
QUYẾT ĐỊNH`;
    const h = header(text);
    expect([h.number, h.symbol, h.place, h.issuedOn]).toEqual(["2862", "QĐ-UBND", "Sơn La", "2018-11-16"]);
  });
});
