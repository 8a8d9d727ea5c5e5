import { DeadlineRule } from "@dondoc/domain";
import { describe, expect, it } from "vitest";

import * as DeadlinePhrase from "./deadline-phrase.js";

const rule = (text: string, issuedOn: string | null = "2024-01-05", cell = false) => {
  const r = DeadlinePhrase.recognize(text, { issuedOn, cell });
  if (r._tag !== "Rule") throw new Error(`unreadable: ${r.warning.code}`);
  expect(DeadlineRule.DeadlineRule.safeParse(r.rule).success).toBe(true);
  return r.rule;
};

describe("DeadlinePhrase.recognize", () => {
  it.each([
    [
      "trình UBND Thành phố ban hành chậm nhất ngày 08/01/2024",
      { kind: "on-date", date: "2024-01-08", reading: "by" },
    ],
    ["hoàn thành trước ngày 20/5/2024./.", { kind: "on-date", date: "2024-05-20", reading: "before" }],
    [
      "gửi về Văn phòng trước 14 giờ, ngày 05/12/2017",
      { kind: "on-date", date: "2017-12-05", reading: "before" },
    ],
    ["báo cáo chậm nhất ngày 15 tháng 3 năm 2024", { kind: "on-date", date: "2024-03-15", reading: "by" }],
    [
      "thông qua trong tháng 01/2023 để báo cáo",
      { kind: "end-of-period", period: { unit: "month", year: 2023, month: 1 } },
    ],
    [
      "trình UBND tỉnh xem xét trong tháng 9 năm 2026",
      { kind: "end-of-period", period: { unit: "month", year: 2026, month: 9 } },
    ],
    [
      "Xong trong Quý II/2026",
      { kind: "end-of-period", period: { unit: "quarter", year: 2026, quarter: 2 } },
    ],
    [
      "hoàn thành trong 6 tháng đầu năm 2024",
      { kind: "end-of-period", period: { unit: "half", year: 2024, half: 1 } },
    ],
    ["hoàn thành trong năm 2023", { kind: "end-of-period", period: { unit: "year", year: 2023 } }],
    [
      "báo cáo UBND tỉnh vào cuối tháng 3/2024",
      { kind: "end-of-period", period: { unit: "part-of-month", year: 2024, month: 3, part: "late" } },
    ],
    [
      "trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản",
      { kind: "within", amount: 10, unit: "working-days", from: { event: "received" } },
    ],
    ["báo cáo kết quả định kỳ hàng tháng", { kind: "recurring", frequencies: ["monthly"] }],
    [
      "báo cáo chung trong báo cáo định kỳ theo quý, 06 và năm",
      { kind: "recurring", frequencies: ["quarterly", "semiannual", "annual"] },
    ],
    ["Định kỳ hằng quý tổng hợp, báo cáo", { kind: "recurring", frequencies: ["quarterly"] }],
    [
      "báo cáo UBND tỉnh trước ngày 25/12 hằng năm",
      { kind: "recurring", frequencies: ["annual"], dueDay: 25 },
    ],
    ["báo cáo trước ngày 20 hằng tháng", { kind: "recurring", frequencies: ["monthly"], dueDay: 20 }],
    [
      "trong thời gian 10 ngày kể từ ngày ký",
      { kind: "within", amount: 10, unit: "days", from: { event: "notice-issued" } },
    ],
    ["Thời hạn hoàn thành: trước ngày 30/6/2024", { kind: "on-date", date: "2024-06-30", reading: "before" }],
    [
      "Thời gian thực hiện: Quý III/2024",
      { kind: "end-of-period", period: { unit: "quarter", year: 2024, quarter: 3 } },
    ],
    ["Thường xuyên theo dõi, kiểm tra", { kind: "ongoing" }],
    ["Khẩn trương chủ trì, phối hợp rà soát", { kind: "urgent" }],
    ["kiểm tra, xử lý ngay các vi phạm", { kind: "urgent", phrase: "xử lý ngay" }],
    ["tổ chức thi công công trình đúng tiến độ", { kind: "follow-schedule" }],
    [
      "hoàn thành trong tháng này",
      { kind: "end-of-period", period: { unit: "month", year: 2024, month: 1 } },
    ],
    [
      "trình UBND tỉnh trong quý này",
      { kind: "end-of-period", period: { unit: "quarter", year: 2024, quarter: 1 } },
    ],
    ["hoàn thành trong năm nay", { kind: "end-of-period", period: { unit: "year", year: 2024 } }],
  ])("reads “%s”", (text, expected) => {
    expect(rule(text)).toMatchObject(expected);
  });

  it.each([
    ["Hàng năm", { kind: "recurring", frequencies: ["annual"] }],
    ["Thường xuyên", { kind: "ongoing" }],
    ["Trong năm 2026", { kind: "end-of-period", period: { unit: "year", year: 2026 } }],
    ["Năm 2026", { kind: "end-of-period", period: { unit: "year", year: 2026 } }],
  ])("reads the table cell “%s”", (text, expected) => {
    expect(rule(text, null, true)).toMatchObject(expected);
  });

  it.each([
    "căn cứ Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ",
    "bố trí ngân sách hằng năm và trong giai đoạn 2026 - 2030",
    "thực hiện nhiệm vụ thường xuyên.",
    "đề xuất các nhiệm vụ trong năm 2023",
    "đẩy nhanh tiến độ dự án",
    "tiếp tục tuyên truyền và phát động",
    "cấp giấy phép có thời hạn 05 năm",
    "kết quả đạt được trong 3 năm qua",
  ])("finds no deadline in “%s”", (text) => {
    expect(rule(text).kind).toBe("none");
  });

  it("prefers a date to the urgency around it", () => {
    expect(rule("khẩn trương rà soát, hoàn thiện báo cáo chậm nhất ngày 08/01/2024").kind).toBe("on-date");
  });

  it("takes a date without its year as the first such date on or after the notice, and says so", () => {
    const r = DeadlinePhrase.recognize("hoàn thành trước ngày 15/3", { issuedOn: "2024-01-05" });
    expect(r._tag).toBe("Rule");
    if (r._tag === "Rule") {
      expect(r.rule).toMatchObject({ kind: "on-date", date: "2024-03-15", reading: "before" });
      expect(r.warnings.map((w) => w.code)).toEqual(["year-inferred"]);
      expect(r.warnings[0]?.message).toContain("không ghi năm");
    }
    const late = DeadlinePhrase.recognize("chậm nhất ngày 15/8", { issuedOn: "2025-09-01" });
    expect(late._tag === "Rule" && late.rule).toMatchObject({ date: "2026-08-15" });
  });

  it("reports a date without its year when there is no notice date to infer it from", () => {
    const r = DeadlinePhrase.recognize("hoàn thành trước ngày 15/3", { issuedOn: null });
    expect(r._tag === "Unreadable" && r.warning.code).toBe("year-missing");
  });

  it("flags a deadline earlier than the notice (a year typo) but keeps the written date", () => {
    const r = DeadlinePhrase.recognize("hoàn thành trước ngày 25/3/2023.", { issuedOn: "2024-03-11" });
    expect(r._tag).toBe("Rule");
    if (r._tag === "Rule") {
      expect(r.rule).toMatchObject({ kind: "on-date", date: "2023-03-25" });
      expect(r.warnings.map((w) => w.code)).toEqual(["deadline-before-issue"]);
    }
  });

  it.each([
    ["hoàn thành trong tháng 3/2024", "2024-06-01", "deadline-before-issue"],
    ["Xong trong Quý I/2024", "2024-06-01", "deadline-before-issue"],
    ["trong năm 2023", "2024-06-01", "deadline-before-issue"],
    ["chậm nhất ngày 30/6/2032", "2025-06-01", "deadline-far-future"],
    ["hoàn thành trong năm 2028", "2026-06-01", "provisional-calendar"],
  ])("passes on the rule's own warning for “%s” in a notice of %s: %s", (text, issuedOn, code) => {
    const r = DeadlinePhrase.recognize(text, { issuedOn, cell: true });
    expect(r._tag === "Rule" && r.warnings.map((w) => w.code)).toContain(code);
    const w = r._tag === "Rule" ? r.warnings.find((x) => x.code === code) : undefined;
    expect(w?.span).not.toBeNull();
  });

  it("rejects a day that does not exist", () => {
    const r = DeadlinePhrase.recognize("chậm nhất ngày 31/02/2024");
    expect(r._tag === "Unreadable" && r.warning.code).toBe("invalid-date");
  });

  it("offsets spans by the position of the text", () => {
    const r = DeadlinePhrase.recognize("xong trong tháng 01/2023", { offset: 100 });
    expect(r._tag === "Rule" && r.span).toEqual({ start: 100, end: 124 });
  });
});
