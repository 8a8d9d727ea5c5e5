/** Test data: a parsed notice in the ParsedNotice contract, over agencies of the seed directory. */
import type { ParsedNotice } from "@dondoc/domain";

const span = (start: number, end: number) => ({ start, end });

const agency = (
  name: string,
  agencyId: string | null,
  collective = false,
  groupId: string | null = null,
) => ({
  name,
  agencyId,
  collective,
  groupId,
  span: null,
});

const deadline = (phrase: string | null, dueOn: string | null) => ({
  phrase,
  kind: dueOn === null ? ("none" as const) : ("on-date" as const),
  rule: null,
  dueOn,
  recurrence: null,
  derivation: dueOn === null ? null : { vi: `${phrase} → ${dueOn}`, en: `${phrase} → ${dueOn}` },
  span: null,
});

const text =
  "THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số. 1. Giao Sở Thông tin và Truyền thông xây dựng kế hoạch chuyển đổi số, hoàn thành trước ngày 15/3/2024. 2. Giao Sở Tài chính bố trí kinh phí, chậm nhất ngày 20/02/2024. 3. UBND các phường, xã rà soát hạ tầng, hoàn thành trong tháng 4/2024. 4. Giao Sở Chuyển đổi số phối hợp thực hiện.";

export const parsedNotice = (subject = "Kết luận về chuyển đổi số"): ParsedNotice.ParsedNotice => ({
  notice: {
    number: "12",
    symbol: "TB-UBND",
    issuer: "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
    place: "Bà Rịa - Vũng Tàu",
    issuedOn: "2024-02-01",
    meetingOn: "2024-01-30",
    subject,
    chair: { name: "Nguyễn Văn Thọ", title: "Chủ tịch UBND tỉnh" },
    attendees: ["Sở Thông tin và Truyền thông", "Sở Tài chính"],
    references: [{ code: "923/TB-UBND", issuedOn: "2022-11-29", span: null }],
    recipients: ["Như trên"],
    signer: { authority: "TL. CHỦ TỊCH", title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Thị Ánh Hồng" },
  },
  directives: [
    {
      path: "1",
      text: "Giao Sở Thông tin và Truyền thông xây dựng kế hoạch chuyển đổi số",
      informational: false,
      span: span(72, 170),
      tasks: [
        {
          lead: agency("Sở Thông tin và Truyền thông", "brvt.so-tttt"),
          coordinators: [agency("Sở Tài chính", "brvt.so-tc")],
          mode: "assigned",
          action: "Xây dựng kế hoạch chuyển đổi số năm 2024",
          deadline: deadline("trước ngày 15/3/2024", "2024-03-15"),
          span: span(72, 170),
        },
      ],
    },
    {
      path: "2",
      text: "Giao Sở Tài chính bố trí kinh phí",
      informational: false,
      span: span(171, 230),
      tasks: [
        {
          lead: agency("Sở Tài chính", "brvt.so-tc"),
          coordinators: [],
          mode: "assigned",
          action: "Bố trí kinh phí thực hiện kế hoạch",
          deadline: deadline("chậm nhất ngày 20/02/2024", "2024-02-20"),
          span: span(171, 230),
        },
      ],
    },
    {
      path: "3",
      text: "UBND các phường, xã rà soát hạ tầng",
      informational: false,
      span: span(231, 300),
      tasks: [
        {
          lead: agency("UBND các phường, xã", null, true, "vt.phuong-xa"),
          coordinators: [],
          mode: "assigned",
          action: "Rà soát hạ tầng số tại địa phương",
          deadline: deadline("trong tháng 4/2024", "2024-04-30"),
          span: span(231, 300),
        },
      ],
    },
    {
      path: "4",
      text: "Giao Sở Chuyển đổi số phối hợp thực hiện",
      informational: false,
      span: span(301, 340),
      tasks: [
        {
          lead: agency("Sở Chuyển đổi số", null),
          coordinators: [],
          mode: "assigned",
          action: "Phối hợp triển khai nền tảng số",
          deadline: deadline(null, null),
          span: span(301, 340),
        },
      ],
    },
  ],
  warnings: [
    { code: "unknown-agency", message: "Không xác định được cơ quan “Sở Chuyển đổi số”", span: null },
  ],
  text,
});
