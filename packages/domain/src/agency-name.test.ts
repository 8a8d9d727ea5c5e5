import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as AgencyName from "./agency-name.js";

describe("AgencyName.normalize", () => {
  it.each([
    ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
    ["Sở TT & TT", "sở thông tin và truyền thông"],
    ["Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"],
    ["Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"],
    ["UBND tỉnh", "Ủy ban nhân dân tỉnh"],
    ["UBND TP. Vũng Tàu", "Ủy ban nhân dân thành phố Vũng Tàu"],
    ["UBND TPVT", "Ủy ban nhân dân thành phố Vũng Tàu"],
    ["VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["Văn phòng HĐND & UBND Thành phố", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"],
    ["Phòng VH&TT", "Phòng Văn hóa và Thông tin"],
    ["Phòng Văn hoá và Thông tin", "Phòng Văn hóa và Thông tin"],
    ["Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"],
    ["Trưởng phòng Văn hoá và Thông tin", "Phòng Văn hóa và Thông tin"],
    ["Giám đốc Sở Tài chính", "Sở Tài chính"],
    ["Phó Trưởng Công an Thành phố", "Công an Thành phố"],
    ["Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"],
    ["Chủ tịch UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"],
    ["Thủ trưởng các sở, ban, ngành", "Các sở, ban, ngành"],
    ["Các sở, ban ngành", "sở, ban, ngành"],
    ["Ban quản lý dự án đầu tư xây dựng 02", "Ban QLDA ĐTXD số 2"],
    ["Ban Quản lý các KCN", "Ban Quản lý các Khu công nghiệp"],
    ["Văn phòng Thành ủy (p/h)", "Văn phòng Thành ủy"],
    ["Viettel Bà Rịa – Vũng Tàu", "Viettel Bà Rịa-Vũng Tàu"],
    ["Giám đốc Đài Phát thanh - Truyền hình Hậu Giang", "Đài Phát thanh – Truyền hình Hậu Giang"],
    ["Cục trưởng Cục Thống kê", "Cục Thống kê"],
    ["Trường Trung cấp Y tế", "trường trung cấp y tế"],
  ])("reads “%s” as “%s”", (a, b) => {
    expect(AgencyName.normalize(a)).toBe(AgencyName.normalize(b));
  });

  it("spells the key without diacritics, in lower case, words separated by one space", () => {
    expect(AgencyName.normalize("  Sở  Thông tin và Truyền thông ")).toBe("so thong tin va truyen thong");
    expect(AgencyName.normalize("Đài Phát thanh - Truyền hình")).toBe("dai phat thanh truyen hinh");
  });

  it("keeps agencies apart whose names differ", () => {
    expect(AgencyName.normalize("Sở Tư pháp")).not.toBe(AgencyName.normalize("Sở Tài chính"));
    expect(AgencyName.normalize("Sở Tư pháp")).toBe("so tu phap");
    expect(AgencyName.normalize("Trường Chính trị tỉnh")).toBe("truong chinh tri tinh");
    expect(AgencyName.normalize("Trường Trung cấp Y tế")).toBe("truong trung cap y te");
  });

  it("reads NFD input like NFC input", () => {
    const nfc = "Ủy ban nhân dân phường Thắng Nhất";
    expect(AgencyName.normalize(nfc.normalize("NFD"))).toBe(AgencyName.normalize(nfc));
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        const once = AgencyName.normalize(s);
        expect(AgencyName.normalize(once)).toBe(once);
      }),
    );
  });

  it("is idempotent on agency-like phrases with titles, “các”, numbers and abbreviations", () => {
    const words = [
      "Các",
      "Giám đốc",
      "Trưởng",
      "phòng",
      "Sở",
      "số",
      "02",
      "UBND",
      "TT&TT",
      "VP",
      "Chủ tịch",
      "ban",
      "&",
      "(p/h)",
      "xã",
      "có liên quan",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (parts) => {
        const once = AgencyName.normalize(parts.join(" "));
        expect(AgencyName.normalize(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores case and diacritics", () => {
    const letters =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ &,-";
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (chars) => {
        const s = chars.join("");
        expect(AgencyName.normalize(s.toUpperCase())).toBe(AgencyName.normalize(s));
        expect(AgencyName.normalize(s)).toBe(AgencyName.normalize(AgencyName.fold(s)));
      }),
    );
  });

  it("yields only lower-case ASCII letters, digits and single spaces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(AgencyName.normalize(s)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe("AgencyName.variants", () => {
  it("offers the name without “có liên quan” after the name itself", () => {
    const key = AgencyName.normalize("UBND các phường xã có liên quan");
    expect(AgencyName.variants(key)).toEqual([key, AgencyName.normalize("UBND các phường xã")]);
  });

  it("then offers the name without a trailing “tỉnh”", () => {
    expect(AgencyName.variants("so cong thuong tinh")).toEqual(["so cong thuong tinh", "so cong thuong"]);
    expect(AgencyName.variants("so cong thuong")).toEqual(["so cong thuong"]);
  });
});
