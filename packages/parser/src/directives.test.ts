/**
 * Tests of the directive and task rules on small real-shaped notices: addressees passed down from
 * headings and introductions, line breaks of PDF and web text, subjects, what is no task, task
 * tables with one cell per line, and fast-check properties that hold the tasks under line wraps.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as Parser from "./parser.js";

const leads = (text: string): string[][] =>
  Parser.parseText(text).directives.flatMap((d) => d.tasks.map((t) => [d.path, t.lead.name, t.mode]));

describe("addressees passed down to the items of a list", () => {
  it("gives each lettered duty under an agency heading to that agency", () => {
    const text = `Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ như sau:
1. Sở Công Thương
a) Rà soát các quy định hiện hành về quản lý vật liệu nổ.
b) Tăng cường công tác kiểm tra, giám sát chuyên ngành.
2. Công an tỉnh
a) Chủ trì, phối hợp với Sở Công Thương tăng cường kiểm tra.`;
    expect(leads(text)).toEqual([
      ["1.a", "Sở Công Thương", "assigned"],
      ["1.b", "Sở Công Thương", "assigned"],
      ["2.a", "Công an tỉnh", "assigned"],
    ]);
  });

  it("reads a joint heading wrapped onto a second line as one task per agency (PDF text)", () => {
    const text = `Chủ tịch UBND tỉnh yêu cầu thực hiện một số nhiệm vụ sau:
1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân
các xã, phường
Theo chức năng, nhiệm vụ tổ chức tuyên truyền, phổ biến Quyết định số 1074/QĐ-BXD.
2. Giao Sở Xây dựng
Chủ trì, phối hợp với Công an tỉnh hướng dẫn triển khai thực hiện.`;
    expect(leads(text)).toEqual([
      ["1", "Công an tỉnh", "assigned"],
      ["1", "các sở, ban, ngành, đoàn thể tỉnh", "assigned"],
      ["1", "Ủy ban nhân dân các xã, phường", "assigned"],
      ["2", "Sở Xây dựng", "assigned"],
    ]);
  });

  it("splits a heading that joins two commands with a slash", () => {
    const text = `1. Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh
a) Chủ trì tổ chức tuyên truyền pháp luật ở khu vực biên giới.`;
    expect(leads(text).map((r) => r[1])).toEqual([
      "Bộ Chỉ huy Quân sự tỉnh",
      "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
    ]);
  });

  it("passes the addressee of an introduction (“đề nghị các chủ đầu tư … các nội dung sau:”) to items without a subject", () => {
    const text = `Sở Công Thương đề nghị các chủ đầu tư tập trung thực hiện các nội dung sau:
1. Khẩn trương triển khai dự án bảo đảm đúng tiến độ.
2. Thực hiện nghiêm chế độ báo cáo hằng tuần về Sở Công Thương.
3. Tổ chức thực hiện
Thủ trưởng các sở, ngành chịu trách nhiệm phối hợp.`;
    expect(leads(text).filter((r) => r[0] !== "3")).toEqual([
      ["1", "các chủ đầu tư", "requested"],
      ["2", "các chủ đầu tư", "requested"],
    ]);
    expect(leads(text).some((r) => r[0] === "3" && r[1] === "các chủ đầu tư")).toBe(false);
  });

  it("reads “Trách nhiệm chung của …” as the heading's addressee, qualifier kept", () => {
    const text = `Chủ tịch UBND tỉnh yêu cầu:
1. Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ
a) Chấp hành nghiêm các quy định pháp luật.`;
    expect(leads(text)).toEqual([
      ["1.a", "các tổ chức, doanh nghiệp hoạt động trong lĩnh vực vật liệu nổ", "assigned"],
    ]);
  });

  it("keeps a heading's qualifier (“… có cụm công nghiệp”) although the directory knows the shorter group", async () => {
    const { SeedDirectory } = await import("@dondoc/domain");
    const n = Parser.parseText(
      "Kết luận như sau:\n1. Ủy ban nhân dân các xã, phường có cụm công nghiệp\nPhối hợp chặt chẽ với các chủ đầu tư đẩy nhanh giải phóng mặt bằng.",
      { directory: SeedDirectory.directory() },
    );
    expect(n.directives[0]?.tasks[0]?.lead.name).toBe("Ủy ban nhân dân các xã, phường có cụm công nghiệp");
  });

  it("gives every lettered duty to every agency a heading names (property)", () => {
    const agencies = ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh", "Sở Y tế", "Thanh tra tỉnh"];
    fc.assert(
      fc.property(
        fc.subarray(agencies, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (named, duties) => {
          const heading =
            named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} và ${named[named.length - 1]}`;
          const items = Array.from(
            { length: duties },
            (_, i) => `${"abcd"[i]}) Rà soát hồ sơ dự án số ${i + 1} trên địa bàn.`,
          );
          const got = leads(`1. ${heading}\n${items.join("\n")}`);
          const want = items.flatMap((_, i) => named.map((a) => [`1.${"abcd"[i]}`, a, "assigned"]));
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("letters: proposals, described content and the header's addressees", () => {
  it("gives “(i). Chỉ đạo Cục X …” items of “… đề nghị Bộ Xây dựng:” to the ministry, not to the office it directs", () => {
    const text = `Kính gửi: Bộ Xây dựng
1. Khó khăn, vướng mắc
Cục Cảnh sát đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành văn bản hướng dẫn trước ngày 05/02/2026.
2. Kiến nghị
Để kịp thời tháo gỡ khó khăn, Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ
Xây dựng:
(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn.
(ii). Sớm chỉ đạo nghiên cứu, sửa đổi các quy chuẩn kỹ thuật quốc gia.
Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.`;
    expect(leads(text)).toEqual([
      ["2.i", "Bộ Xây dựng", "requested"],
      ["2.ii", "Bộ Xây dựng", "requested"],
    ]);
  });

  it("takes no task from the header's “Kính gửi” table", () => {
    const text = `UBND TỈNH LÀO CAI | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG | | Độc lập – Tự do – Hạnh phúc
Kính gửi: Các đơn vị hoạt động hóa chất trên địa bàn tỉnh
Sở Công Thương yêu cầu các đơn vị khẩn trương thực hiện báo cáo trước ngày 08 tháng 4 năm 2026.`;
    expect(leads(text)).toEqual([["1", "các đơn vị", "assigned"]]);
  });
});

describe("line breaks of PDF and Word text", () => {
  it.each([
    [
      "a numbered heading, then the body on the next line",
      "Kết luận như sau:\n1. Về dự án đường ven biển\nSở Xây dựng chủ trì rà soát hồ sơ.",
    ],
    [
      "a numbered heading, a blank line, then the body",
      "Kết luận như sau:\n\n1. Về dự án đường ven biển\n\nSở Xây dựng chủ trì rà soát hồ sơ.",
    ],
  ])("reads the task under %s", (_, text) => {
    expect(leads(text)).toEqual([["1", "Sở Xây dựng", "assigned"]]);
  });

  it("joins an agency list wrapped after a comma instead of taking its first line for a heading", () => {
    expect(
      leads(
        "Kết luận như sau:\n1. Giao Sở Tài chính, Sở Kế hoạch và Đầu tư,\nSở Xây dựng rà soát, báo cáo UBND tỉnh trước ngày 15/3/2024.",
      ).map((r) => r[1]),
    ).toEqual(["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng"]);
  });

  it("reads “- Về công tác …:” bullets under a numbered heading as sub-directives", () => {
    const text =
      "Kết luận như sau:\n1. Về công tác quy hoạch:\n- Về công tác đất đai: Sở Tài nguyên và Môi trường rà soát quỹ đất.\n- Về công tác xây dựng: Sở Xây dựng kiểm tra giấy phép.";
    expect(leads(text)).toEqual([
      ["1.1", "Sở Tài nguyên và Môi trường", "assigned"],
      ["1.2", "Sở Xây dựng", "assigned"],
    ]);
  });
});

describe("subjects", () => {
  it("gives a joint subject that agrees on work (“X, Y thống nhất hướng dẫn …”) one task per agency", () => {
    expect(
      leads(
        "Kết luận như sau:\n1. Bộ Tài chính, Bộ Nông nghiệp và Môi trường thống nhất hướng dẫn địa phương trước ngày 30/6/2025.",
      ).map((r) => r[1]),
    ).toEqual(["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"]);
  });

  it.each([
    ["Bộ Công an, Quốc phòng", ["Bộ Công an", "Bộ Quốc phòng"]],
    ["Sở Tài chính, Xây dựng và Sở Y tế", ["Sở Tài chính", "Sở Xây dựng", "Sở Y tế"]],
    ["Sở Xây dựng, Công an tỉnh", ["Sở Xây dựng", "Công an tỉnh"]],
    ["Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
  ])("keeps the head of a distributive list: “%s”", (list, want) => {
    expect(leads(`Kết luận như sau:\n1. Giao ${list} tăng cường kiểm tra.`).map((r) => r[1])).toEqual(want);
  });

  it("reads the assignment forms of notices (“Đồng ý để”, “Thống nhất giao”, “Chấp thuận …, giao”, “Chỉ đạo”)", () => {
    const text = `Kết luận như sau:
1. Đồng ý để Sở Y tế thực hiện mua sắm thiết bị.
2. Thống nhất giao Sở Tài chính thẩm định dự toán.
3. Chấp thuận chủ trương đầu tư dự án, giao Sở Xây dựng hướng dẫn chủ đầu tư.
4. Chỉ đạo Sở Nội vụ rà soát biên chế.`;
    expect(leads(text).map((r) => [r[0], r[1]])).toEqual([
      ["1", "Sở Y tế"],
      ["2", "Sở Tài chính"],
      ["3", "Sở Xây dựng"],
      ["4", "Sở Nội vụ"],
    ]);
  });

  it("reads a province named as the subject as its People's Committee", () => {
    expect(leads("Kết luận như sau:\n1. Giao tỉnh Nghệ An chủ trì rà soát quy hoạch.")).toEqual([
      ["1", "UBND tỉnh Nghệ An", "assigned"],
    ]);
  });

  it("keeps named groups as collective leads", () => {
    const n = Parser.parseText(
      "Kết luận như sau:\n1. Các sở, ban, ngành và UBND các huyện, thị xã, thành phố khẩn trương rà soát.\n2. Các chủ đầu tư đẩy nhanh tiến độ giải ngân.",
    );
    expect(n.directives.flatMap((d) => d.tasks.map((t) => [t.lead.name, t.lead.collective]))).toEqual([
      ["Các sở, ban, ngành", true],
      ["UBND các huyện, thị xã, thành phố", true],
      ["Các chủ đầu tư", true],
    ]);
  });
});

describe("task tables with one cell per line (PDF and web text)", () => {
  it("reads rows whose cells sit on their own lines, wrapped cells included, in an appendix after the signature", () => {
    const text = `Kết luận như sau:
1. Giao các sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
PHỤ LỤC
STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
1
Rà soát quy hoạch khoáng sản
Sở Nông nghiệp và Môi trường
Các sở, ngành liên quan
Quý II/2026
2
Kiểm tra việc sử dụng vật liệu xây dựng tại
các công trình trọng điểm
Sở Xây dựng
Công an tỉnh
Thường xuyên`;
    const rows = Parser.parseText(text).directives.flatMap((d) =>
      d.tasks.map((t) => [
        d.path,
        t.lead.name,
        t.coordinators.map((c) => c.name).join("; "),
        t.deadline.dueOn,
      ]),
    );
    expect(rows).toEqual([
      ["1", "các sở, ngành", "", null],
      ["1", "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "2026-06-30"],
      ["2", "Sở Xây dựng", "Công an tỉnh", null],
    ]);
  });
});

describe("what is no task, and deadlines written apart", () => {
  it("takes no task from work described as already assigned, nor from the closing formula", () => {
    const text = `Kết luận như sau:
1. Sở Xây dựng đã được giao chủ trì thẩm định theo phân công tại Quyết định số 12/QĐ-UBND; giao Sở Tài chính bố trí vốn.
Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.`;
    expect(leads(text)).toEqual([["1", "Sở Tài chính", "assigned"]]);
  });

  it("attaches a “Thời gian hoàn thành: …” sentence to the task before it", () => {
    const n = Parser.parseText(
      "Kết luận như sau:\n1. Giao Sở Tài chính chủ trì tham mưu phương án phân bổ vốn. Thời gian hoàn thành: trước ngày 20/3/2024.\n2. Giao Sở Y tế rà soát.",
    );
    expect(n.directives.map((d) => d.tasks[0]?.deadline.phrase ?? null)).toEqual([
      expect.stringContaining("20/3/2024"),
      null,
    ]);
  });

  it("does not read a portal's chrome around a pasted notice as its header", () => {
    const n = Parser.parseText(`Trang chủ | Tin tức | Văn bản
Ngày đăng: 08/07/2024 11:38
Lượt xem: 1234
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 12/TB-UBND
Quảng Trị, ngày 05 tháng 3 năm 2024
THÔNG BÁO
1. Giao Sở Tài chính rà soát.`);
    expect([n.notice.number, n.notice.symbol, n.notice.place, n.notice.issuedOn]).toEqual([
      "12",
      "TB-UBND",
      "Quảng Trị",
      "2024-03-05",
    ]);
  });
});

describe("Government Office notices and chỉ thị", () => {
  it("passes “Giao Bộ Tài chính:” before the numbered items down to them", () => {
    const text =
      "Phó Thủ tướng kết luận như sau:\nGiao Bộ Tài chính:\n1. Chủ trì hướng dẫn các địa phương trước ngày 15/7/2025.\n2. Tổng hợp kết quả, báo cáo Thủ tướng Chính phủ.";
    expect(leads(text)).toEqual([
      ["1", "Bộ Tài chính", "assigned"],
      ["2", "Bộ Tài chính", "assigned"],
    ]);
  });

  it("reads a chỉ thị's “1. Các bộ, …:” headings over lettered and bulleted duties", () => {
    const text = `Thủ tướng Chính phủ chỉ thị:
1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ:
a) Rà soát các thủ tục hành chính.
b) Báo cáo Thủ tướng trước ngày 30/9/2025.
2. Bộ Kế hoạch và Đầu tư:
- Chủ trì tổng hợp kế hoạch đầu tư công.`;
    expect(leads(text)).toEqual([
      ["1.a", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "assigned"],
      ["1.b", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "assigned"],
      ["2.1", "Bộ Kế hoạch và Đầu tư", "assigned"],
    ]);
  });
});

describe("accountability and qualified collectives", () => {
  it("takes no task from accountability alone, but keeps one that goes on with a duty", () => {
    const text = `Chủ tịch UBND tỉnh yêu cầu:
1. UBND các xã, phường
- Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện trước pháp luật nếu để xảy ra khai thác trái phép.
- Chủ tịch UBND các xã, phường chịu trách nhiệm toàn diện trước pháp luật; xử lý các tổ chức, cá nhân vi phạm.`;
    expect(leads(text).map((r) => r[0])).toEqual(["1.2"]);
  });

  it("keeps a collective's qualifier up to its duty (“Các tổ chức, cá nhân được cấp giấy phép … có trách nhiệm …”)", () => {
    expect(
      leads(
        "Kết luận như sau:\n1. Các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản có trách nhiệm bảo vệ khoáng sản chưa khai thác.",
      ).map((r) => r[1]),
    ).toEqual(["Các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản"]);
  });
});

describe("catch-all subjects", () => {
  it("keeps “liên quan khác” and skips “trong phạm vi chức năng, nhiệm vụ,” before the duty", () => {
    expect(
      leads(
        "Thủ tướng Chính phủ yêu cầu:\n7. Các Bộ, ngành liên quan khác trong phạm vi chức năng, nhiệm vụ, tăng cường công tác quản lý nhà nước.",
      ),
    ).toEqual([["7", "Các Bộ, ngành liên quan khác", "assigned"]]);
  });
});

describe("parentheses inside a subject", () => {
  it("does not take a verb inside a subject's parenthesis for its action", () => {
    const text =
      "Sở Công Thương thông báo kết quả kiểm tra như sau:\n1. Kết quả kiểm tra\nQua kiểm tra các đơn vị: Công ty A (Gói thầu số 13 thi công đường kết nối Mường La); Công ty TNHH Hiệp Phú (Gói thầu số 15 đường kết nối Than Uyên) cho thấy các đơn vị cơ bản đã chấp hành tốt.";
    expect(leads(text)).toEqual([]);
  });
});

describe("an addressee and its duties on one line", () => {
  it.each([
    [
      "1. Trách nhiệm chung của các sở, ngành: tăng cường kiểm tra, giám sát hoạt động khoáng sản.",
      "các sở, ngành",
    ],
    ["1. Đối với Sở Y tế: rà soát danh mục thuốc, hoàn thành trong tháng 6/2024.", "Sở Y tế"],
  ])("reads “%s”", (line, lead) => {
    expect(leads(`Chủ tịch UBND tỉnh yêu cầu:\n${line}`)).toEqual([["1", lead, "assigned"]]);
  });
});

describe("decisions and law-portal copies", () => {
  it("reads “Điều N.” articles, a “phối⏎hợp” wrapped mid-phrase, and no task from “chịu trách nhiệm thi hành Quyết định này”", () => {
    const text = `QUYẾT ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình.
Điều 2.
Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối
hợp với các cơ quan, đơn vị, địa phương liên quan tổ chức triển khai thực hiện Kế hoạch này.
Điều 3.
Chánh Văn phòng UBND tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.`;
    const n = Parser.parseText(text);
    expect(n.directives.map((d) => [d.path, d.text.slice(0, 20), d.tasks.length])).toEqual([
      ["1", "Ban hành kèm theo Qu", 0],
      ["2", "Giao Sở Lao động - T", 1],
      ["3", "Chánh Văn phòng UBND", 0],
    ]);
    expect(n.directives[1]?.tasks[0]?.coordinators.map((c) => c.name)).toEqual([
      "các cơ quan, đơn vị, địa phương liên quan",
    ]);
  });
});

describe("properties", () => {
  const departments = [
    "Tài chính",
    "Xây dựng",
    "Y tế",
    "Nội vụ",
    "Tư pháp",
    "Công Thương",
    "Khoa học và Công nghệ",
  ];

  it("expands a distributive list of departments, whatever its members and order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(departments, { minLength: 2, maxLength: 4 }), (names) => {
        const got = leads(`Kết luận như sau:\n1. Giao Sở ${names.join(", ")} tăng cường kiểm tra.`).map(
          (r) => r[1],
        );
        expect(got).toEqual(names.map((n) => `Sở ${n}`));
      }),
      { numRuns: 60 },
    );
  });

  it("reads the same tasks when a PDF wraps an assignment at any space", () => {
    const sentence =
      "Giao Sở Tài chính, Sở Xây dựng chủ trì, phối hợp với Công an tỉnh và các đơn vị liên quan rà soát hồ sơ dự án, báo cáo UBND tỉnh trước ngày 15/3/2024.";
    const spaces = [...sentence.matchAll(/ /gu)].map((m) => m.index);
    const base = leads(`Kết luận như sau:\n1. ${sentence}`);
    fc.assert(
      fc.property(fc.subarray(spaces, { maxLength: 3 }), (breaks) => {
        const wrapped = [...sentence].map((c, i) => (breaks.includes(i) ? "\n" : c)).join("");
        expect(leads(`Kết luận như sau:\n1. ${wrapped}`)).toEqual(base);
      }),
      { numRuns: 150 },
    );
  });

  it("passes a wrapped introduction's addressees to the items, wherever the PDF broke its lines", () => {
    const intro =
      "Để thực hiện tốt công tác này, Chủ tịch UBND tỉnh yêu cầu Sở Y tế, Sở Tài chính thực hiện các nội dung sau:";
    const spaces = [...intro.matchAll(/ /gu)].map((m) => m.index);
    const items = "\n1. Rà soát danh mục thuốc.\n2. Báo cáo kết quả về UBND tỉnh.";
    fc.assert(
      fc.property(fc.subarray(spaces, { maxLength: 3 }), (breaks) => {
        const wrapped = [...intro].map((c, i) => (breaks.includes(i) ? "\n" : c)).join("");
        expect(leads(`${wrapped}${items}`)).toEqual([
          ["1", "Sở Y tế", "assigned"],
          ["1", "Sở Tài chính", "assigned"],
          ["2", "Sở Y tế", "assigned"],
          ["2", "Sở Tài chính", "assigned"],
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it("gives each bullet under an agency heading to that agency, whatever the wraps inside the bullets", () => {
    const bullets =
      "- Chủ trì, phối hợp với Công an tỉnh rà soát các cơ sở kinh doanh xăng dầu trên địa bàn, hoàn thành trong tháng 6/2026.\n- Tăng cường kiểm tra, xử lý nghiêm các trường hợp vi phạm theo quy định của pháp luật.";
    const spaces = [...bullets.matchAll(/ /gu)].map((m) => m.index).filter((i) => bullets[i - 1] !== "-");
    fc.assert(
      fc.property(fc.subarray(spaces, { maxLength: 3 }), (breaks) => {
        const wrapped = [...bullets].map((c, i) => (breaks.includes(i) ? "\n" : c)).join("");
        expect(leads(`Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Công Thương\n${wrapped}`)).toEqual([
          ["1.1", "Sở Công Thương", "assigned"],
          ["1.2", "Sở Công Thương", "assigned"],
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it("reads the same tasks under a heading line whatever the wraps of its body", () => {
    const body =
      "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và UBND huyện Hải Lăng rà soát hồ sơ, hoàn thành trước ngày 15/3/2024; Công an tỉnh bảo đảm an ninh trật tự.";
    const spaces = [...body.matchAll(/ /gu)].map((m) => m.index);
    const base = leads(`Kết luận như sau:\n1. Về dự án đường ven biển\n${body}`);
    expect(base.map((r) => r[1])).toEqual(["Sở Xây dựng", "Công an tỉnh"]);
    fc.assert(
      fc.property(fc.subarray(spaces, { maxLength: 3 }), (breaks) => {
        const wrapped = [...body].map((c, i) => (breaks.includes(i) ? "\n" : c)).join("");
        expect(leads(`Kết luận như sau:\n1. Về dự án đường ven biển\n${wrapped}`)).toEqual(base);
      }),
      { numRuns: 150 },
    );
  });
});

describe("urging letters", () => {
  it("keeps “các đơn vị chưa gửi báo cáo” as the lead of “… khẩn trương gửi …”", () => {
    expect(
      leads(
        "Kính gửi: Các đơn vị\nSở Công Thương yêu cầu các đơn vị chưa gửi báo cáo khẩn trương gửi báo cáo về Sở trước ngày 08/4/2026.",
      ).map((r) => r[1]),
    ).toEqual(["các đơn vị chưa gửi báo cáo"]);
  });
});
