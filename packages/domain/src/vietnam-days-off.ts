/**
 * The official days off of Vietnamese public servants (cán bộ, công chức, viên chức; fixed
 * Saturday + Sunday rest) for 2019–2026, as announced by the Government (công văn VPCP-KGVX,
 * thông báo of MOLISA / the Ministry of Home Affairs). Weekend days inside a break are listed
 * too, so that every day of Tết carries its name. Citations: `shared/research/legal-calendar.md` §3
 * for 2023–2026; for 2019–2022 each year's `source` names the notice and where its text was read.
 * Days the notices leave to the law (Giỗ Tổ, 30/4, 1/5 and, before 2021, Quốc khánh) follow the
 * Labour Code of the year: 2012 (Điều 115) until 2020, 2019 (Điều 112) from 2021, with nghỉ bù
 * for a holiday on a weekend.
 */
import type { CalendarData, CalendarYear, DayOff } from "./calendar-data.js";
import { isoOf, parseDay } from "./day-number.js";

const HOLIDAY = "holiday" as const;
const DAY_OFF = "day-off" as const;

const one = (date: string, name: string, kind: DayOff["kind"] = HOLIDAY): DayOff => ({ date, name, kind });

/** Every day from `from` to `to` inclusive, with one name. */
const span = (from: string, to: string, name: string): DayOff[] => {
  const days: DayOff[] = [];
  for (let n = parseDay(from); n <= parseDay(to); n++) days.push(one(isoOf(n), name));
  return days;
};

const y2019: CalendarYear = {
  daysOff: [
    one("2019-01-01", "Tết Dương lịch"),
    ...span("2019-02-02", "2019-02-10", "Tết Nguyên đán Kỷ Hợi"),
    one("2019-04-14", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2019-04-15", "Nghỉ bù Giỗ Tổ Hùng Vương", DAY_OFF),
    one("2019-04-29", "Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2019)", DAY_OFF),
    one("2019-04-30", "Ngày Chiến thắng (30/4)"),
    one("2019-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2019-09-02", "Quốc khánh (2/9)"),
  ],
  makeUpWorkdays: [
    { date: "2019-01-05", name: "Làm bù cho ngày nghỉ 31/12/2018" },
    { date: "2019-05-04", name: "Làm bù cho ngày nghỉ 29/04/2019" },
  ],
  confirmed: true,
  source:
    "Lịch nghỉ lễ, tết năm 2019 của công chức, viên chức do Thủ tướng Chính phủ đồng ý theo đề xuất của Bộ LĐTBXH (Tết Dương lịch nghỉ 31/12/2018–01/01/2019, làm bù 05/01/2019; Tết 02/02–10/02/2019; nghỉ 29/4–01/5/2019, làm bù 04/5/2019) — đọc tại plo.vn “Mỗi dịp lễ, Tết năm 2019 được nghỉ 18 ngày” và tienphong.vn; Giỗ Tổ, Quốc khánh theo Bộ luật Lao động 2012 Điều 115",
};

const y2020: CalendarYear = {
  daysOff: [
    one("2020-01-01", "Tết Dương lịch"),
    ...span("2020-01-23", "2020-01-29", "Tết Nguyên đán Canh Tý"),
    one("2020-04-02", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2020-04-30", "Ngày Chiến thắng (30/4)"),
    one("2020-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2020-09-02", "Quốc khánh (2/9)"),
  ],
  makeUpWorkdays: [],
  confirmed: true,
  source:
    "Thông báo 4544/TB-LĐTBXH ngày 25/10/2019 (Tết 23/01–29/01/2020) — đọc tại hongthuong.thuathienhue.gov.vn và socongthuong.daklak.gov.vn; các ngày lễ khác theo Bộ luật Lao động 2012 Điều 115 (không hoán đổi)",
};

const y2021: CalendarYear = {
  daysOff: [
    one("2021-01-01", "Tết Dương lịch"),
    ...span("2021-02-10", "2021-02-16", "Tết Nguyên đán Tân Sửu"),
    one("2021-04-21", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2021-04-30", "Ngày Chiến thắng (30/4)"),
    one("2021-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2021-05-03", "Nghỉ bù Ngày Quốc tế Lao động", DAY_OFF),
    one("2021-09-02", "Quốc khánh (2/9)"),
    one("2021-09-03", "Quốc khánh (ngày liền kề)"),
  ],
  makeUpWorkdays: [],
  confirmed: true,
  source:
    "Thông báo 4875/TB-LĐTBXH (Tết 10/02–16/02/2021; Quốc khánh 02/9–03/9/2021), nhắc lại tại Thông báo 585/TB-VP ngày 21/12/2020 của Văn phòng UBND TP Hà Nội (cpdanluat.thuvienphapluat.vn); Giỗ Tổ 21/4, 30/4–1/5 (nghỉ bù 03/5) theo Bộ luật Lao động 2019",
};

const y2022: CalendarYear = {
  daysOff: [
    one("2022-01-01", "Tết Dương lịch"),
    one("2022-01-03", "Nghỉ bù Tết Dương lịch", DAY_OFF),
    ...span("2022-01-31", "2022-02-04", "Tết Nguyên đán Nhâm Dần"),
    one("2022-04-10", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2022-04-11", "Nghỉ bù Giỗ Tổ Hùng Vương", DAY_OFF),
    one("2022-04-30", "Ngày Chiến thắng (30/4)"),
    one("2022-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2022-05-02", "Nghỉ bù Ngày Chiến thắng", DAY_OFF),
    one("2022-05-03", "Nghỉ bù Ngày Quốc tế Lao động", DAY_OFF),
    one("2022-09-01", "Quốc khánh (ngày liền kề)"),
    one("2022-09-02", "Quốc khánh (2/9)"),
  ],
  makeUpWorkdays: [],
  confirmed: true,
  source:
    "Công văn 245/VPCP-KGVX ngày 11/01/2022 (Tết 31/01–04/02/2022; Quốc khánh 01/9–02/9/2022; các dịp khác theo Bộ luật Lao động) — đọc tại phurieng.binhphuoc.gov.vn và vntrip.vn; nghỉ bù Giỗ Tổ 11/4, 30/4–1/5 (02–03/5) theo qbtv.vn (Vietnamplus) và Bộ luật Lao động 2019 Điều 111 khoản 3",
};

const y2023: CalendarYear = {
  daysOff: [
    one("2023-01-01", "Tết Dương lịch"),
    one("2023-01-02", "Nghỉ bù Tết Dương lịch", DAY_OFF),
    ...span("2023-01-20", "2023-01-26", "Tết Nguyên đán Quý Mão"),
    one("2023-04-29", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2023-04-30", "Ngày Chiến thắng (30/4)"),
    one("2023-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương", DAY_OFF),
    one("2023-05-03", "Nghỉ bù Ngày Chiến thắng", DAY_OFF),
    one("2023-09-01", "Quốc khánh (ngày liền kề)"),
    one("2023-09-02", "Quốc khánh (2/9)"),
    one("2023-09-04", "Nghỉ bù Quốc khánh", DAY_OFF),
  ],
  makeUpWorkdays: [],
  confirmed: true,
  source:
    "Công văn 8056/VPCP-KGVX ngày 01/12/2022 (Tết 20/01–26/01/2023; Quốc khánh 01/9–04/9/2023); Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112",
};

const y2024: CalendarYear = {
  daysOff: [
    one("2024-01-01", "Tết Dương lịch"),
    ...span("2024-02-08", "2024-02-14", "Tết Nguyên đán Giáp Thìn"),
    one("2024-04-18", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2024-04-29", "Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)", DAY_OFF),
    one("2024-04-30", "Ngày Chiến thắng (30/4)"),
    one("2024-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2024-09-02", "Quốc khánh (2/9)"),
    one("2024-09-03", "Quốc khánh (ngày liền kề)"),
  ],
  makeUpWorkdays: [{ date: "2024-05-04", name: "Làm bù cho ngày nghỉ 29/04/2024" }],
  confirmed: true,
  source:
    "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023; Công văn 8662/VPCP-KGVX ngày 03/11/2023; Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi 29/4, làm bù 04/5/2024)",
};

const y2025: CalendarYear = {
  daysOff: [
    one("2025-01-01", "Tết Dương lịch"),
    ...span("2025-01-25", "2025-02-02", "Tết Nguyên đán Ất Tỵ"),
    one("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2025-04-30", "Ngày Chiến thắng (30/4)"),
    one("2025-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2025-05-02", "Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)", DAY_OFF),
    one("2025-09-01", "Quốc khánh (ngày liền kề)"),
    one("2025-09-02", "Quốc khánh (2/9)"),
  ],
  makeUpWorkdays: [{ date: "2025-04-26", name: "Làm bù cho ngày nghỉ 02/05/2025" }],
  confirmed: true,
  source:
    "Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024; Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Tết 25/01–02/02/2025; làm bù 26/4/2025)",
};

const y2026: CalendarYear = {
  daysOff: [
    one("2026-01-01", "Tết Dương lịch"),
    one("2026-01-02", "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)", DAY_OFF),
    ...span("2026-02-14", "2026-02-22", "Tết Nguyên đán Bính Ngọ"),
    one("2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
    one("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương", DAY_OFF),
    one("2026-04-30", "Ngày Chiến thắng (30/4)"),
    one("2026-05-01", "Ngày Quốc tế Lao động (1/5)"),
    one("2026-08-31", "Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)", DAY_OFF),
    one("2026-09-01", "Quốc khánh (ngày liền kề)"),
    one("2026-09-02", "Quốc khánh (2/9)"),
  ],
  makeUpWorkdays: [
    { date: "2026-01-10", name: "Làm bù cho ngày nghỉ 02/01/2026" },
    { date: "2026-08-22", name: "Làm bù cho ngày nghỉ 31/08/2026" },
  ],
  confirmed: true,
  source:
    "Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch, làm bù 10/01/2026); Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết 14/02–22/02/2026; Quốc khánh 29/8–02/9/2026, làm bù 22/8/2026); Công văn 9859/VPCP-KGVX. Giỗ Tổ và 30/4–1/5/2026 áp dụng Bộ luật Lao động 2019 (chưa có thông báo riêng)",
};

/** The shipped official schedule: Saturday + Sunday rest, years 2019–2026. */
export const officialVietnam: CalendarData = {
  weeklyRestDays: ["saturday", "sunday"],
  years: {
    "2019": y2019,
    "2020": y2020,
    "2021": y2021,
    "2022": y2022,
    "2023": y2023,
    "2024": y2024,
    "2025": y2025,
    "2026": y2026,
  },
  missingYears: "vietnam-statutory",
};
