/** Document details for the fixture report (a provincial People's Committee, signed by a vice-chair). */
import * as Result from "effect/Result";

import * as DocumentMeta from "../document-meta.js";

export const meta: DocumentMeta.DocumentMeta = Result.getOrThrow(
  DocumentMeta.parse({
    issuer: "Ủy ban nhân dân tỉnh Quảng Trị",
    number: "125",
    symbol: "BC-UBND",
    place: "Quảng Trị",
    issuedOn: "2024-06-05",
    proposals: ["Đề nghị các sở, ngành tập trung xử lý dứt điểm các nhiệm vụ quá hạn trên 120 ngày."],
    recipients: [
      "Văn phòng Chính phủ",
      "TT Tỉnh ủy, TT HĐND tỉnh",
      "Chủ tịch, các PCT UBND tỉnh",
      "Các sở, ban, ngành",
    ],
    signer: { authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH", name: "Hoàng Nam" },
  }),
);
