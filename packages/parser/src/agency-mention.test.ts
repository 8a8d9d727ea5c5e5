import { describe, expect, it } from "vitest";

import * as AgencyMention from "./agency-mention.js";

const names = (s: string): string[] => AgencyMention.split(s, 0).map((m) => m.name);

describe("AgencyMention.split", () => {
  it.each([
    ["Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    [
      "Sở Tài nguyên và Môi trường, Sở Giao thông vận tải và các đơn vị liên quan",
      ["Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "các đơn vị liên quan"],
    ],
    [
      "các Sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường",
      ["Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"],
    ],
    ["UBND các huyện: Đakrông, Hải Lăng", ["UBND huyện Đakrông", "UBND huyện Hải Lăng"]],
    ["Văn phòng HĐND và UBND Thành phố", ["Văn phòng HĐND và UBND Thành phố"]],
    ["Trưởng phòng Văn hoá và Thông tin", ["Phòng Văn hoá và Thông tin"]],
    [
      "Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan",
      ["Sở Công Thương", "các đơn vị liên quan"],
    ],
    ["các sở, ban, ngành, đoàn thể tỉnh", ["các sở, ban, ngành, đoàn thể tỉnh"]],
  ])("splits “%s”", (list, expected) => {
    expect(names(list)).toEqual(expected);
  });

  it("keeps spans on the written words", () => {
    const text = "phối hợp với Sở Tư pháp và các cơ quan có liên quan";
    const at = text.indexOf("Sở");
    for (const m of AgencyMention.split(text.slice(at), at)) {
      expect(text.slice(m.start, m.end)).toBe(m.name);
    }
  });

  it("marks collectives and catch-alls", () => {
    const [a, b] = AgencyMention.split("Sở Xây dựng và các đơn vị liên quan", 0);
    expect(a).toMatchObject({ collective: false, catchAll: false });
    expect(b).toMatchObject({ collective: true, catchAll: true });
  });
});

describe("AgencyMention.listEnd", () => {
  it("keeps the full stop of “UBND TP. Vũng Tàu” inside the name", () => {
    const s = "UBND TP. Vũng Tàu chủ trì triển khai";
    expect(AgencyMention.listEnd(s)).toEqual({ end: s.indexOf(" chủ trì") + 1, verb: "chủ trì" });
  });

  it("ends a list at the first verb, not at verbs inside names", () => {
    const s = "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đẩy nhanh tiến độ";
    expect(AgencyMention.listEnd(s)).toEqual({ end: s.indexOf(" đẩy") + 1, verb: "đẩy nhanh" });
  });
});

describe("AgencyMention.listEnd on bodies named by abbreviations and steering boards", () => {
  it.each([
    ["BQLDA khu vực Long Điền chủ trì, phối hợp", "BQLDA khu vực Long Điền"],
    ["Viễn thông Bà Rịa - Vũng Tàu khẩn trương rà soát", "Viễn thông Bà Rịa - Vũng Tàu"],
    ["Ban Chỉ đạo phòng chống thiên tai tỉnh chủ trì, phối hợp", "Ban Chỉ đạo phòng chống thiên tai tỉnh"],
    ["BCĐ phòng, chống thiên tai tỉnh chủ trì", "BCĐ phòng, chống thiên tai tỉnh"],
    [
      "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì",
      "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh",
    ],
    ["Sở Y tế tăng cường phòng chống dịch bệnh", "Sở Y tế"],
  ])("reads the subject of “%s”", (s, name) => {
    expect(AgencyMention.startsAgency(s)).toBe(true);
    expect(s.slice(0, AgencyMention.listEnd(s).end).trim()).toBe(name);
  });
});
