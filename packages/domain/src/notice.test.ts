import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as Notice from "./notice.js";
import type { ParsedNotice } from "./parsed-notice.js";

const parsed: ParsedNotice = {
  notice: {
    number: null,
    symbol: "TB-UBND",
    issuer: "UBND thành phố Vũng Tàu",
    place: "Vũng Tàu",
    issuedOn: "2024-01-05",
    meetingOn: "2024-01-05",
    subject: "Kết luận cuộc họp nghe báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số",
    chair: { name: "Vũ Hồng Thuận", title: "Phó Chủ tịch UBND thành phố Vũng Tàu" },
    attendees: [],
    references: [],
    recipients: ["Văn phòng Thành ủy (p/h)"],
    signer: {
      authority: "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG",
      title: "Phó Chánh Văn phòng",
      name: "Đỗ Quốc Đạt",
    },
  },
  directives: [],
  warnings: [],
  text: "THÔNG BÁO …",
};
const draft = Notice.fromParsed(parsed, {
  id: "vt-2024",
  createdAt: "2024-01-05T10:00:00+07:00",
  issuerAgencyId: "vt.ubnd",
});
const at = "2024-01-06T08:00:00+07:00";

describe("Notice", () => {
  it("starts as a valid draft without a number", () => {
    expect(Notice.Notice.safeParse(draft).success).toBe(true);
    expect([draft.lifecycle, Notice.code(draft)]).toEqual(["draft", "…/TB-UBND"]);
  });

  it("refuses to publish an unnumbered draft and publishes once the number is given", () => {
    const r = Notice.publish(draft, { at });
    expect(Result.isFailure(r) && r.failure.message).toBe(
      "Không thể ban hành thông báo vt-2024: chưa có số văn bản.",
    );
    const p = Result.getOrThrow(Notice.publish(draft, { at, number: "15" }));
    expect([p.lifecycle, Notice.code(p), p.publishedAt, p.version]).toEqual([
      "published",
      "15/TB-UBND",
      at,
      1,
    ]);
  });

  it("archives and restores a published notice, and refuses moves its state does not allow", () => {
    const p = Result.getOrThrow(Notice.publish(draft, { at, number: "15" }));
    const a = Result.getOrThrow(Notice.archive(p, { at }));
    expect([a.lifecycle, a.archivedAt, a.version]).toEqual(["archived", at, 2]);
    expect(Result.getOrThrow(Notice.restore(a, { at })).lifecycle).toBe("published");
    const again = Notice.publish(a, { at });
    expect(Result.isFailure(again) && again.failure.message).toBe(
      "Không thể ban hành thông báo đã lưu trữ (thông báo vt-2024).",
    );
    expect(Result.isFailure(Notice.archive(draft, { at }))).toBe(true);
    expect(Result.isFailure(Notice.archive(p, { at: "hôm qua" }))).toBe(true);
  });

  it.each([
    [{ ...draft, symbol: null }, { number: "1" }, "symbol-missing"],
    [{ ...draft, issuedOn: null }, { number: "1" }, "date-missing"],
    [draft, { number: "1", issuedOn: "05/01/2024" }, "invalid-date"],
  ] as const)("names what is missing to publish (%#)", (n, extra, code) => {
    const r = Notice.publish(n, { at, ...extra });
    expect(Result.isFailure(r) && r.failure._tag === "NoticeRuleError" && r.failure.code).toBe(code);
  });
});
