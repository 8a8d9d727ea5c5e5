import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { ParsedNotice, SeedDirectory } from "@dondoc/domain";
import { describe, expect, it } from "vitest";

import * as Parser from "./parser.js";

/** The seed notices' texts (kept once, beside their corpus labels) and the parser's golden outputs. */
const seedTexts = join(import.meta.dirname, "..", "test", "corpus", "seeds");
const fixtures = join(import.meta.dirname, "..", "test", "fixtures");
const seeds = ["notice-12-TB-UBND-2023-brvt", "notice-TB-UBND-2024-vungtau"] as const;
const parseSeed = (name: (typeof seeds)[number]) =>
  Parser.parseText(readFileSync(join(seedTexts, `${name}.txt`), "utf8"), {
    directory: SeedDirectory.directory(),
  });

type Row = [
  path: string,
  lead: string,
  agencyId: string | null,
  mode: string,
  kind: string,
  dueOn: string | null,
];
const rows = (n: ParsedNotice.ParsedNotice): Row[] =>
  n.directives.flatMap((d) =>
    d.tasks.map(
      (t): Row => [d.path, t.lead.name, t.lead.agencyId, t.mode, t.deadline.kind, t.deadline.dueOn],
    ),
  );

/**
 * The golden files hold the whole ParsedNotice of each seed as the parser alone produces it: no
 * agency directory (directory matching is asserted below) and each derivation reduced to whether
 * it is there (its wording belongs to the domain's resolver). Regenerate with `UPDATE_GOLDEN=1`.
 */
const golden = (n: ParsedNotice.ParsedNotice): unknown =>
  JSON.parse(JSON.stringify(n), (key, value: unknown) =>
    key === "derivation" && value !== null ? { vi: "…", en: "…" } : value,
  );

describe("Parser.parseText on the seed notices", () => {
  it.each(seeds)("parses %s to its full expected ParsedNotice", (name) => {
    const parsed = Parser.parseText(readFileSync(join(seedTexts, `${name}.txt`), "utf8"));
    expect(ParsedNotice.ParsedNotice.safeParse(parsed).success).toBe(true);
    const file = join(fixtures, `${name}.expected.json`);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(golden(parsed), null, 2)}\n`);
    }
    expect(golden(parsed)).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  it("reads notice 12/TB-UBND: header, four tasks, the informational heading", () => {
    const n = parseSeed("notice-12-TB-UBND-2023-brvt");
    expect(n.notice).toMatchObject({
      number: "12",
      symbol: "TB-UBND",
      place: "Bà Rịa-Vũng Tàu",
      issuedOn: "2023-01-18",
      meetingOn: "2023-01-05",
      chair: { name: "Đặng Minh Thông", title: "Phó Chủ tịch UBND tỉnh" },
      signer: { authority: "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG", name: "Nguyễn Thị Ánh Hồng" },
    });
    expect(n.notice.references.map((r) => [r.code, r.issuedOn])).toEqual([
      ["02-NQ/TU", "2021-05-28"],
      ["112/NQ-HĐND", "2019-12-13"],
      ["3324/QĐ-UBND", "2022-10-27"],
      ["923/TB-UBND", "2022-11-29"],
    ]);
    expect(rows(n)).toEqual([
      ["1", "Các sở, ban, ngành, địa phương", null, "assigned", "end-of-period", "2023-01-31"],
      ["2.a", "Sở Thông tin và Truyền thông", "brvt.so-tttt", "assigned", "end-of-period", "2023-01-31"],
      ["2.b", "Sở Kế hoạch và Đầu tư", "brvt.so-khdt", "assigned", "none", null],
      ["3", "Sở Thông tin và Truyền thông", "brvt.so-tttt", "assigned", "end-of-period", "2023-01-31"],
    ]);
    expect(n.directives.find((d) => d.path === "2")?.informational).toBe(true);
    const first = n.directives[0]?.tasks[0];
    expect(first?.lead.collective).toBe(true);
    expect(n.directives[1]?.tasks).toEqual([]);
    expect(n.directives.find((d) => d.path === "2.a")?.tasks[0]?.coordinators.map((c) => c.name)).toEqual([
      "Văn phòng UBND tỉnh",
      "các đơn vị chủ đầu tư dự án thành phần",
    ]);
  });

  it("reads the draft Vũng Tàu notice: blank number, requested mode, the recurring duties", () => {
    const n = parseSeed("notice-TB-UBND-2024-vungtau");
    expect(n.notice.number).toBeNull();
    expect(n.warnings.map((w) => w.code)).toContain("number-missing");
    expect(rows(n).map(([p, lead, , mode, kind, due]) => [p, lead, mode, kind, due])).toEqual([
      ["1", "Phòng Văn hóa và Thông tin", "assigned", "on-date", "2024-01-08"],
      ["2.1", "Văn phòng HĐND và UBND Thành phố", "assigned", "on-date", "2024-01-08"],
      ["2.2", "Văn phòng Thành ủy", "requested", "follow-schedule", null],
      ["2.3", "Công an Thành phố", "assigned", "none", null],
      ["2.4", "Phòng Văn hóa và Thông tin", "assigned", "none", null],
      ["3", "Phòng Văn hoá và Thông tin", "assigned", "recurring", null],
      ["3", "Phòng Văn hoá và Thông tin", "assigned", "recurring", null],
    ]);
    const three = n.directives.find((d) => d.path === "3")?.tasks ?? [];
    expect(three.map((t) => t.deadline.recurrence)).toEqual([
      ["monthly"],
      ["quarterly", "semiannual", "annual"],
    ]);
    // 06/01/2024 is a Saturday: Civil Code art. 148 moves the deadline to Monday.
    const two1 = n.directives.find((d) => d.path === "2.1")?.tasks[0]?.deadline;
    expect(two1?.rule).toMatchObject({ kind: "on-date", date: "2024-01-06" });
    expect(n.directives.find((d) => d.path === "2")?.informational).toBe(true);
    expect(n.directives.find((d) => d.path === "2.2")?.tasks[0]?.coordinators.map((c) => c.name)).toEqual([
      "các phòng, ban chuyên môn",
      "UBND các phường xã có liên quan",
    ]);
  });

  it("returns spans that point at what they name", () => {
    for (const name of seeds) {
      const n = parseSeed(name);
      for (const d of n.directives) {
        for (const t of d.tasks) {
          const s = t.lead.span;
          expect(s).not.toBeNull();
          if (s !== null)
            expect(n.text.slice(s.start, s.end).toLowerCase()).toContain(
              t.lead.name.slice(1, 8).toLowerCase(),
            );
          const p = t.deadline.span;
          if (p !== null && t.deadline.phrase !== null)
            expect(n.text.slice(p.start, p.end)).toBe(t.deadline.phrase);
        }
      }
    }
  });
});

/** Notices in the styles of other provinces and ministries (not from the corpus). */
const [quangNam, ministry, bullets] = [
  `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 245/TB-UBND
Quảng Nam, ngày 15 tháng 7 năm 2023

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Hồ Quang Bửu tại buổi làm việc với các ngành

Ngày 10/7/2023, Phó Chủ tịch UBND tỉnh Hồ Quang Bửu chủ trì buổi làm việc với các sở, ngành. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:

1. Đánh giá cao sự nỗ lực của các đơn vị trong thời gian qua.
2. Để triển khai có hiệu quả, yêu cầu các Sở, ban, ngành, địa phương thực hiện tốt các nội dung sau:
a) Sở Kế hoạch và Đầu tư:
- Chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh bố trí vốn; hoàn thành trước ngày 31/7/2023.
- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 25 hằng tháng.
b) Sở Tài chính: Thẩm định, trình UBND tỉnh phương án phân bổ trong tháng 8/2023.
c) UBND các huyện, thị xã, thành phố:
- Khẩn trương rà soát danh mục dự án.
3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Văn A`,
  `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 120/TB-BNN-VP
Hà Nội, ngày 02 tháng 3 năm 2022
THÔNG BÁO
Ý kiến kết luận của Thứ trưởng Nguyễn Văn B tại cuộc họp về kế hoạch năm 2022
Ngày 25/02/2022, Thứ trưởng Nguyễn Văn B chủ trì cuộc họp. Thứ trưởng kết luận như sau:
1. Giao Vụ Kế hoạch chủ trì, phối hợp với Vụ Tài chính, Tổng cục Thủy lợi hoàn thiện dự thảo Kế hoạch, trình Bộ trưởng trước ngày 15/3/2022.
2. Tổng cục Lâm nghiệp, Cục Trồng trọt: rà soát các chỉ tiêu, gửi Vụ Kế hoạch trong tuần này.
3. Các đơn vị thuộc Bộ theo chức năng, nhiệm vụ được giao khẩn trương triển khai các nhiệm vụ trọng tâm; báo cáo kết quả trong vòng 15 ngày kể từ ngày ký Thông báo này.
4. Đề nghị UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ quan chức năng phối hợp thực hiện.`,
  `Chủ tịch UBND tỉnh giao:
- Sở Xây dựng: chủ trì kiểm tra hiện trạng công trình, báo cáo trước ngày 10 tháng 5 năm 2024.
- Sở Tài nguyên và Môi trường, UBND huyện Bình Sơn: phối hợp kiểm tra, xử lý theo thẩm quyền.`,
];

const tasksOf = (n: ParsedNotice.ParsedNotice) =>
  n.directives.flatMap((d) =>
    d.tasks.map((t) => [
      d.path,
      t.lead.name,
      t.coordinators.map((c) => c.name),
      t.mode,
      t.deadline.kind,
      t.deadline.dueOn,
    ]),
  );

const [district, wrapped] = [
  `UBND HUYỆN BÌNH SƠN
Số: 88/TB-UBND
Bình Sơn, ngày 12 tháng 9 năm 2023
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 9/2023
Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận:
1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng, UBND các xã, thị trấn tham mưu UBND huyện phương án phân bổ vốn; hoàn thành trước ngày 30/9/2023.
2. Yêu cầu Chủ tịch UBND các xã, thị trấn tập trung chỉ đạo thu ngân sách, phấn đấu hoàn thành chỉ tiêu trong năm 2023.
3. Giao Trưởng Công an huyện chỉ đạo lực lượng tăng cường tuần tra, kiểm soát.
4. Ban Quản lý dự án Đầu tư xây dựng huyện khẩn trương hoàn thiện hồ sơ quyết toán các công trình, gửi Phòng Tài chính - Kế hoạch thẩm tra trước ngày 15/10/2023.`,
  `UBND tỉnh có ý kiến như sau:
Thứ nhất, giao Sở Giao thông vận tải chủ trì, phối hợp với Sở Tài chính và
UBND huyện Cam Lộ kiểm tra hiện trạng tuyến đường, đề xuất phương án sửa chữa, báo cáo
UBND tỉnh trước ngày 20/11/2024.
Thứ hai, đề nghị Công ty Điện lực tỉnh phối hợp di dời đường dây trong tháng 12/2024.`,
];

describe("Parser.parseText on notices in other styles", () => {
  it("reads one monthly duty stated twice (frequency, then its day) as one task, and keeps duties of other frequencies apart", () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
      "Số: 2150/UBND-KT",
      "Quảng Trị, ngày 05 tháng 5 năm 2025",
      "Chủ tịch UBND tỉnh yêu cầu:",
      "1. Sở Tài chính định kỳ hằng tháng tổng hợp, báo cáo tình hình giải ngân, gửi UBND tỉnh trước ngày 25 hằng tháng.",
      "2. Sở Xây dựng báo cáo định kỳ hằng quý và báo cáo hằng năm về tình hình thực hiện.",
    ].join("\n");
    const tasks = Parser.parseText(text).directives.flatMap((d) =>
      d.tasks.map((t) => [d.path, t.lead.name, t.deadline.phrase, t.deadline.recurrence]),
    );
    expect(tasks[0]).toEqual(["1", "Sở Tài chính", "trước ngày 25 hằng tháng", ["monthly"]]);
    expect(tasks.filter((t) => t[0] === "1")).toHaveLength(1);
    expect(tasks.filter((t) => t[0] === "2").length).toBeGreaterThanOrEqual(1);
  });

  it("reads a district notice (Phòng, Trưởng Công an, a Ban Quản lý named with “Đầu tư xây dựng”)", () => {
    expect(tasksOf(Parser.parseText(district))).toEqual([
      [
        "1",
        "Phòng Tài chính - Kế hoạch",
        ["Phòng Kinh tế và Hạ tầng", "UBND các xã, thị trấn"],
        "assigned",
        "on-date",
        "2023-09-29",
      ],
      ["2", "UBND các xã, thị trấn", [], "assigned", "end-of-period", "2024-01-02"],
      ["3", "Công an huyện", [], "assigned", "none", null],
      // “trước ngày 16/10/2023”: the day before is a Sunday, so back to Friday, never onto the 16th.
      ["4", "Ban Quản lý dự án Đầu tư xây dựng huyện", [], "assigned", "on-date", "2023-10-13"],
    ]);
  });

  it("reads sentences wrapped across lines (PDF text) without splitting agencies at the breaks", () => {
    expect(tasksOf(Parser.parseText(wrapped))).toEqual([
      [
        "1",
        "Sở Giao thông vận tải",
        ["Sở Tài chính", "UBND huyện Cam Lộ"],
        "assigned",
        "on-date",
        "2024-11-19",
      ],
      ["1", "Công ty Điện lực tỉnh", [], "requested", "end-of-period", "2024-12-31"],
    ]);
  });

  it("reads lettered agency headings with bulleted duties and an inline “Sở X: duty”", () => {
    const n = Parser.parseText(quangNam);
    expect(n.notice).toMatchObject({
      number: "245",
      place: "Quảng Nam",
      issuedOn: "2023-07-15",
      meetingOn: "2023-07-10",
      chair: { name: "Hồ Quang Bửu", title: "Phó Chủ tịch UBND tỉnh" },
      signer: { authority: "TL. CHỦ TỊCH", title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Văn A" },
    });
    expect(tasksOf(n)).toEqual([
      // “trước ngày 31/7/2023”: the day before is a Sunday, so back to Friday 28/07.
      ["2.a.1", "Sở Kế hoạch và Đầu tư", ["Sở Tài chính"], "assigned", "on-date", "2023-07-28"],
      ["2.a.2", "Sở Kế hoạch và Đầu tư", [], "assigned", "recurring", null],
      ["2.b", "Sở Tài chính", [], "assigned", "end-of-period", "2023-08-31"],
      ["2.c.1", "UBND các huyện, thị xã, thành phố", [], "assigned", "urgent", null],
      ["3", "Văn phòng UBND tỉnh", [], "assigned", "none", null],
    ]);
    const monthly = n.directives.find((d) => d.path === "2.a.2")?.tasks[0]?.deadline.rule;
    expect(monthly).toMatchObject({ kind: "recurring", frequencies: ["monthly"], dueDay: 25 });
  });

  it("reads a ministry notice (Vụ, Tổng cục, Cục; within N days of signing)", () => {
    const n = Parser.parseText(ministry);
    expect(n.notice).toMatchObject({
      number: "120",
      symbol: "TB-BNN-VP",
      chair: { name: "Nguyễn Văn B", title: "Thứ trưởng" },
    });
    expect(tasksOf(n)).toEqual([
      ["1", "Vụ Kế hoạch", ["Vụ Tài chính", "Tổng cục Thủy lợi"], "assigned", "on-date", "2022-03-14"],
      ["2", "Tổng cục Lâm nghiệp", [], "assigned", "none", null],
      ["2", "Cục Trồng trọt", [], "assigned", "none", null],
      ["3", "Các đơn vị thuộc Bộ", [], "assigned", "within", "2022-03-17"],
      ["4", "UBND các tỉnh, thành phố trực thuộc Trung ương", [], "requested", "none", null],
    ]);
  });

  it("reads “giao:” followed by “- Agency: duty” lines", () => {
    expect(tasksOf(Parser.parseText(bullets)).map((r) => [r[1], r[4]])).toEqual([
      ["Sở Xây dựng", "on-date"],
      ["Sở Tài nguyên và Môi trường", "none"],
      ["UBND huyện Bình Sơn", "none"],
    ]);
  });
});

describe("Parser.parseText on other layouts", () => {
  it("reads a directive letter with one unnumbered assignment", () => {
    const n = Parser.parseText(
      "UBND tỉnh có ý kiến như sau:\n\nGiao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các đơn vị liên quan rà soát, báo cáo UBND tỉnh trước ngày 15/9/2025./.\n\n(Theo Công văn số 12/UBND-KT, ngày 20/8/2025)",
    );
    expect(n.notice).toMatchObject({ number: "12", symbol: "UBND-KT", issuedOn: "2025-08-20" });
    expect(n.directives).toHaveLength(1);
    const t = n.directives[0]?.tasks[0];
    expect(t?.lead.name).toBe("Sở Tài chính");
    expect(t?.coordinators.map((c) => c.name)).toEqual(["Sở Xây dựng", "các đơn vị liên quan"]);
    expect(t?.deadline.rule).toMatchObject({ kind: "on-date", date: "2025-09-15", reading: "before" });
  });

  it("gives one task per addressee of “đề nghị A, Thủ trưởng B, Chủ tịch C”", () => {
    const n = Parser.parseText(
      "Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện triển khai thực hiện và báo cáo kết quả.",
    );
    const tasks = n.directives.flatMap((d) => d.tasks);
    expect(tasks.map((t) => [t.lead.name, t.mode])).toEqual([
      ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested"],
      ["các sở, ban, ngành", "requested"],
      ["UBND các huyện", "requested"],
    ]);
  });

  it("reads duties listed under agency headings, one directive per bullet", () => {
    const n = Parser.parseText(
      "Chủ tịch kết luận:\nI. ĐÁNH GIÁ CHUNG\nỦy ban nhân dân tỉnh ghi nhận nỗ lực của các sở.\nII. NHIỆM VỤ\n1. Sở Công Thương\n- Chủ trì, phối hợp với các cơ quan liên quan rà soát; hoàn thành trước ngày 31/12/2026.\n- Định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh.\n2. Sở Xây dựng\nTập trung hướng dẫn cấp xã về quy hoạch.\n",
    );
    const got = n.directives.map((d) => [
      d.path,
      d.informational,
      d.tasks.map((t) => `${t.lead.name}:${t.deadline.kind}`),
    ]);
    expect(got).toEqual([
      ["I", true, []],
      ["II", true, []],
      ["II.1", true, []],
      ["II.1.1", false, ["Sở Công Thương:on-date"]],
      ["II.1.2", false, ["Sở Công Thương:recurring"]],
      ["II.2", false, ["Sở Xây dựng:none"]],
    ]);
  });

  it("does not take a list introduction inside item 1 for the start of the conclusions", () => {
    const n = Parser.parseText(
      "THÔNG BÁO\n1. Giao Sở Tài chính thực hiện các nội dung như sau:\n- Rà soát nguồn vốn.\n- Báo cáo trong tháng 5/2024.\n2. Giao Sở Xây dựng kiểm tra hiện trạng.\n",
    );
    expect(
      n.directives.map((d) => [d.path, d.tasks.map((t) => `${t.lead.name}:${t.deadline.dueOn}`)]),
    ).toEqual([
      ["1", ["Sở Tài chính:2024-05-31"]],
      ["2", ["Sở Xây dựng:null"]],
    ]);
  });

  it("gives the items of a list the deadline its introduction names", () => {
    const n = Parser.parseText(
      "Kết luận như sau:\n1. Các nội dung sau hoàn thành trước ngày 30/6/2025:\na) Giao Sở Nội vụ rà soát biên chế.\nb) Giao Sở Tư pháp thẩm định dự thảo trong tháng 5/2025.\n",
    );
    expect(
      n.directives.map((d) => [d.path, d.tasks.map((t) => `${t.lead.name}:${t.deadline.dueOn}`)]),
    ).toEqual([
      ["1", []],
      // “trước ngày 30/6/2025”: 29/06 is a Sunday, so back to Friday 27/06.
      ["1.a", ["Sở Nội vụ:2025-06-27"]],
      ["1.b", ["Sở Tư pháp:2025-06-02"]],
    ]);
  });

  it("keeps “1)” items under a “2.” item and roman sections apart", () => {
    const n = Parser.parseText(
      "Kết luận như sau:\nI. ĐÁNH GIÁ\n1. Các đơn vị đã hoàn thành kế hoạch.\nII. NHIỆM VỤ\n1. Giao Sở Y tế kiểm tra.\n2. Về đầu tư công:\n1) Giao Sở Tài chính thẩm định.\n2) Giao Sở Xây dựng cấp phép.\n2.1. Giao Sở Nội vụ rà soát.\n",
    );
    expect(n.directives.map((d) => [d.path, d.tasks.map((t) => t.lead.name)])).toEqual([
      ["I", []],
      ["I.1", []],
      ["II", []],
      ["II.1", ["Sở Y tế"]],
      ["II.2", []],
      ["II.2.1", ["Sở Tài chính"]],
      ["II.2.2", ["Sở Xây dựng"]],
      ["II.2.1", ["Sở Nội vụ"]],
    ]);
  });

  it("reads “Đối với Sở X:” headings like agency headings", () => {
    const n = Parser.parseText(
      "Kết luận như sau:\n1. Đối với Sở Tài chính:\n- Thẩm định phương án, trình UBND tỉnh trong tháng 8/2023.\n- Hướng dẫn các địa phương.\n",
    );
    expect(n.directives.map((d) => [d.path, d.tasks.map((t) => t.lead.name)])).toEqual([
      ["1", []],
      ["1.1", ["Sở Tài chính"]],
      ["1.2", ["Sở Tài chính"]],
    ]);
  });

  it("skips group rows and reads dotted row numbers in task tables", () => {
    const n = Parser.parseText(
      "STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành\nI | NHÓM NHIỆM VỤ VỀ THỂ CHẾ | | |\n1.1 | Ban hành quy chế | Sở Nội vụ | Sở Tư pháp | Tháng 6/2024\n",
    );
    expect(
      n.directives.map((d) => [d.path, d.tasks.map((t) => `${t.lead.name}:${t.deadline.dueOn}`)]),
    ).toEqual([["1.1", ["Sở Nội vụ:2024-07-01"]]]);
  });

  it("applies a deadline written after the list to every item without one", () => {
    const n = Parser.parseText(
      "Văn phòng UBND tỉnh đề nghị các cơ quan báo cáo các nội dung sau:\n1. Ban Quản lý Khu kinh tế tỉnh báo cáo tình hình triển khai các dự án trong khu kinh tế.\n2. Sở Công Thương báo cáo tình hình các cụm công nghiệp trên địa bàn tỉnh.\nBáo cáo gửi về UBND tỉnh trước ngày 12/6/2026 để tổng hợp.\n",
    );
    const tasks = n.directives.flatMap((d) => d.tasks);
    expect(tasks.map((t) => [t.lead.name, t.mode, t.deadline.rule?.kind])).toEqual([
      ["Ban Quản lý Khu kinh tế tỉnh", "requested", "on-date"],
      ["Sở Công Thương", "requested", "on-date"],
    ]);
  });

  it("reads a task table (TT | nhiệm vụ | chủ trì | phối hợp | thời gian)", () => {
    const n = Parser.parseText(
      "TT | Tên nhiệm vụ | Cơ quan chủ trì | Đơn vị phối hợp | Thời gian thực hiện\n1 | Rà soát quy hoạch | Sở Công Thương; Sở Xây dựng | Các sở, ngành liên quan | Xong trong Quý II/2026\n2 | Kiểm tra định kỳ | Thanh tra tỉnh | Các sở, ngành | Hàng năm\n",
    );
    expect(
      n.directives.map((d) => [
        d.path,
        d.tasks.map((t) => `${t.lead.name}:${t.deadline.dueOn ?? t.deadline.kind}`),
      ]),
    ).toEqual([
      ["1", ["Sở Công Thương:2026-06-30", "Sở Xây dựng:2026-06-30"]],
      ["2", ["Thanh tra tỉnh:recurring"]],
    ]);
  });

  it("normalises NFD text and Windows line ends, and returns the text spans refer to", () => {
    const raw = "1. Giao Sở Tài chính hoàn thành trong tháng 01/2023.\r\n".normalize("NFD");
    const n = Parser.parseText(raw);
    expect(n.text).toBe("1. Giao Sở Tài chính hoàn thành trong tháng 01/2023.\n");
    expect(n.directives[0]?.tasks[0]?.deadline.dueOn).toBe("2023-01-31");
  });

  it("warns about agencies the directory does not know and leaves agencyId null", () => {
    const n = Parser.parseText("1. Giao Sở Ngoại vụ tỉnh Lào Cai nghiên cứu, đề xuất.", {
      directory: SeedDirectory.directory(),
    });
    expect(n.directives[0]?.tasks[0]?.lead.agencyId).toBeNull();
    expect(n.warnings.find((w) => w.code === "unknown-agency")?.message).toContain("Sở Ngoại vụ");
  });

  it("takes no task from a proposal to the issuer or from “bàn giao”", () => {
    const n = Parser.parseText(
      "1. Giao Sở Công Thương tổng hợp, đề nghị UBND tỉnh xem xét; bàn giao Sở Y tế quản lý sau khi hoàn thành.",
    );
    expect(n.directives.flatMap((d) => d.tasks.map((t) => t.lead.name))).toEqual(["Sở Công Thương"]);
  });

  it("reads “Kiến nghị Bộ X …” as a requested task", () => {
    const n = Parser.parseText("1. Kiến nghị Bộ Xây dựng xem xét, hướng dẫn việc điều chỉnh quy hoạch.");
    expect(n.directives[0]?.tasks.map((t) => [t.lead.name, t.mode])).toEqual([["Bộ Xây dựng", "requested"]]);
  });

  it("keeps an assignment whose verb it does not know, with the words up to the full stop", () => {
    const n = Parser.parseText("1. Giao Sở Xây dựng san lấp mặt bằng khu vực.");
    expect(n.directives[0]?.tasks.map((t) => t.lead.name)).toEqual(["Sở Xây dựng san lấp mặt bằng khu vực"]);
  });

  it("trims a lead that ran into an unknown verb to the agency the directory knows", () => {
    const n = Parser.parseText("1. Giao Sở Xây dựng san lấp mặt bằng khu vực.", {
      directory: SeedDirectory.directory(),
    });
    expect(n.directives[0]?.tasks.map((t) => [t.lead.name, t.lead.agencyId !== null])).toEqual([
      ["Sở Xây dựng", true],
    ]);
  });

  it("takes no task from an assessment (“Sở X đã / cơ bản hoàn thành …”)", () => {
    const n = Parser.parseText(
      "1. Sở Công Thương đã phối hợp tốt với các địa phương. UBND huyện Đakrông cơ bản hoàn thành kế hoạch. Sở Tài chính chưa hoàn thành việc thẩm định.\n2. Sở Y tế tăng cường kiểm tra an toàn thực phẩm.",
    );
    expect(n.directives.flatMap((d) => d.tasks.map((t) => t.lead.name))).toEqual(["Sở Y tế"]);
  });

  it.each([
    ["TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2024", "TP. Hồ Chí Minh"],
    ["Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2024", "Thành phố Hồ Chí Minh"],
    ["Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011", "Vị Thanh"],
    ["Số: /TB-VP | Lào Cai, ngày        tháng 6 năm 2026", "Lào Cai"],
  ])("reads the place of “%s”", (line, place) => {
    expect(Parser.parseText(line).notice.place).toBe(place);
  });

  it("reads the chair of “Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp”", () => {
    const n = Parser.parseText(
      "Ngày 03/4/2024, Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp về giải ngân.",
    );
    expect(n.notice.chair).toEqual({ name: "Nguyễn Văn An", title: "Phó Chủ tịch UBND tỉnh" });
    expect(n.notice.meetingOn).toBe("2024-04-03");
  });

  it("puts the addressees of a letter where Nơi nhận says “Như trên”", () => {
    const n = Parser.parseText(
      "Kính gửi:\n- Sở Công Thương;\n- Sở Tư pháp.\n\nUBND tỉnh có ý kiến như sau:\nGiao Sở Công Thương chủ trì nghiên cứu.\n\nNơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Sinh",
    );
    expect(n.notice.recipients).toEqual(["Sở Công Thương", "Sở Tư pháp", "Chủ tịch UBND tỉnh"]);
    expect(n.notice.signer).toEqual({
      authority: "KT. CHỦ TỊCH",
      title: "PHÓ CHỦ TỊCH",
      name: "Nguyễn Thành Sinh",
    });
  });

  it("infers the year of “trước ngày 15/3” from the notice and says so, and flags a year typo", () => {
    const n = Parser.parseText(
      "Số: 5/TB-UBND\nHuế, ngày 11 tháng 3 năm 2024\nKết luận như sau:\n1. Giao Sở Y tế hoàn thành trước ngày 15/3.\n2. Giao Sở Xây dựng hoàn thành trước ngày 25/3/2023.",
    );
    const [one, two] = n.directives.map((d) => d.tasks[0]?.deadline);
    expect(one).toMatchObject({
      kind: "on-date",
      rule: { date: "2024-03-15", reading: "before" },
      dueOn: "2024-03-14",
      phrase: "hoàn thành trước ngày 15/3",
    });
    expect(two).toMatchObject({ kind: "on-date", rule: { date: "2023-03-25" } });
    expect(n.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["year-inferred", "deadline-before-issue"]),
    );
    const w = n.warnings.find((x) => x.code === "year-inferred");
    expect(w?.span !== null && w?.span !== undefined && n.text.slice(w.span.start, w.span.end)).toContain(
      "15/3",
    );
  });

  it("warns when nothing is assigned", () => {
    expect(Parser.parseText("Xin chào.").warnings.map((w) => w.code)).toContain("no-tasks");
    expect(Parser.parseText("").directives).toEqual([]);
  });
});
