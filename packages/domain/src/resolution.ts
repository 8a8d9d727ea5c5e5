/**
 * Resolution — nghị quyết and the other guiding documents (quyết định, chỉ thị, kế hoạch, đề án,
 * chương trình) that notices carry out: “Nghị quyết 02-NQ/TU ngày 28/5/2021 của Ban Chấp hành
 * Đảng bộ tỉnh”. Tasks link to the resolutions they contribute to, so a leader can follow how a
 * resolution is progressing.
 */
import { z } from "zod";

import * as IsoDate from "./iso-date.js";

/** The kind of document, read from its symbol (Decree 30/2020/NĐ-CP, Appendix III). */
export const DocumentKind = z.enum([
  "nghi-quyet", // NQ
  "quyet-dinh", // QĐ
  "chi-thi", // CT
  "ke-hoach", // KH
  "de-an", // ĐA
  "chuong-trinh", // CTr
  "thong-bao", // TB
  "cong-van", // no symbol prefix: công văn
  "other",
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A target a resolution sets (“100% hồ sơ thủ tục hành chính được số hóa vào năm 2025”). */
export const Target = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** The year the target is due, when it says. */
  byYear: z.number().int().nullable(),
});
export type Target = z.infer<typeof Target>;

export const Resolution = z.object({
  id: z.string().min(1),
  /** Number and symbol as cited: `02-NQ/TU`, `112/NQ-HĐND`. */
  code: z.string().min(1).describe("Số, ký hiệu văn bản"),
  kind: DocumentKind,
  issuer: z.string().min(1).describe("Cơ quan ban hành, ví dụ “Ban Chấp hành Đảng bộ tỉnh”"),
  issuerAgencyId: z.string().nullable(),
  issuedOn: IsoDate.IsoDate.nullable(),
  title: z.string().describe("Trích yếu"),
  targets: z.array(Target),
});
export type Resolution = z.infer<typeof Resolution>;

const kinds: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/(^|[-/])NQ([-/]|$)/, "nghi-quyet"],
  [/(^|[-/])QĐ([-/]|$)/, "quyet-dinh"],
  [/(^|[-/])CTr([-/]|$)/, "chuong-trinh"],
  [/(^|[-/])CT([-/]|$)/, "chi-thi"],
  [/(^|[-/])KH([-/]|$)/, "ke-hoach"],
  [/(^|[-/])ĐA([-/]|$)/, "de-an"],
  [/(^|[-/])TB([-/]|$)/, "thong-bao"],
];

/**
 * The kind of a document from its number and symbol: `02-NQ/TU` → `nghi-quyet`,
 * `3324/QĐ-UBND` → `quyet-dinh`, `123/UBND-TH` (a công văn has no kind prefix) → `cong-van`.
 */
export const kindOfCode = (code: string): DocumentKind => {
  const c = code
    .normalize("NFC")
    .replace(/\u00d0/g, "\u0110")
    .replace(/\s+/g, "");
  for (const [re, kind] of kinds) if (re.test(c)) return kind;
  return /^\d+\/[A-ZĐ]/.test(c) ? "cong-van" : "other";
};

const names: Record<DocumentKind, string> = {
  "nghi-quyet": "Nghị quyết",
  "quyet-dinh": "Quyết định",
  "chi-thi": "Chỉ thị",
  "ke-hoach": "Kế hoạch",
  "de-an": "Đề án",
  "chuong-trinh": "Chương trình",
  "thong-bao": "Thông báo",
  "cong-van": "Công văn",
  other: "Văn bản",
};

/** How a document is cited: “Nghị quyết 02-NQ/TU ngày 28/05/2021 của Ban Chấp hành Đảng bộ tỉnh”. */
export const citation = (r: Pick<Resolution, "kind" | "code" | "issuedOn" | "issuer">): string =>
  `${names[r.kind]} ${r.code}${r.issuedOn === null ? "" : ` ngày ${IsoDate.formatVi(r.issuedOn)}`} của ${r.issuer}`;
