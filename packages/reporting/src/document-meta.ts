/**
 * DocumentMeta — what turns a report model into an administrative document under Decree
 * 30/2020/NĐ-CP art. 8: the issuing body (and its parent), number and symbol, place and date,
 * title, opening and closing paragraphs, recipients (Nơi nhận) and the signature block (TM./KT./TL.
 * authority, title, name).
 */
import { IsoDate as IsoDateModule } from "@dondoc/domain";
import * as Result from "effect/Result";
import { z } from "zod";

import { InvalidDocumentMeta, issuesOf } from "./errors.js";

const Label = z
  .string()
  .min(1)
  .transform((s) => s.normalize("NFC"));

/** The signature block (ô 7a–7c): `authority` lines such as `KT. CHỦ TỊCH`, then the title and name. */
export const Signer = z.object({
  /** Quyền hạn, one line each: `["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]`; empty when the head signs. */
  authority: z.array(Label).default([]),
  /** Chức vụ: `PHÓ CHỦ TỊCH`. */
  title: Label,
  name: Label,
});
export type Signer = z.infer<typeof Signer>;

export const DocumentMeta = z.object({
  /** Tên cơ quan chủ quản trực tiếp (ô 2, upper line), e.g. `UBND TỈNH QUẢNG TRỊ`; `null` when none. */
  parentBody: Label.nullable().default(null),
  /** Tên cơ quan ban hành (ô 2), e.g. `ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ` or `VĂN PHÒNG`. */
  issuer: Label,
  /** Số: blank on a draft (the records office fills it in). */
  number: Label.nullable().default(null),
  /** Ký hiệu: `BC-UBND`, `BC-VP`. */
  symbol: Label.default("BC-UBND"),
  /** Địa danh: `Quảng Trị`. */
  place: Label,
  issuedOn: IsoDateModule.IsoDate,
  /** Trích yếu; by default built from the period. */
  subject: Label.nullable().default(null),
  /** Opening paragraphs; by default one citing Decree 09/2019/NĐ-CP. */
  intro: z.array(Label).default([]),
  /** Đề xuất, kiến nghị paragraphs, printed as their own section when present. */
  proposals: z.array(Label).default([]),
  /** Nơi nhận, one recipient each (“Như trên”, “Chủ tịch, các PCT UBND tỉnh”); “Lưu: VT.” is added. */
  recipients: z.array(Label).default([]),
  signer: Signer,
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type DocumentMetaInput = z.input<typeof DocumentMeta>;

/**
 * Validates the document details.
 *
 * Errors: `InvalidDocumentMeta` with each problem's field path and a Vietnamese message.
 */
export const parse = (input: unknown): Result.Result<DocumentMeta, InvalidDocumentMeta> => {
  const parsed = DocumentMeta.safeParse(input, { error: z.locales.vi().localeError });
  return parsed.success
    ? Result.succeed(parsed.data)
    : Result.fail(new InvalidDocumentMeta({ issues: issuesOf(parsed.error) }));
};
