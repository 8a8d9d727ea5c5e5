/**
 * Statutory public holidays of the Labour Code 2019 (Bộ luật Lao động 2019, Điều 112) for a year
 * that has no official schedule yet, including the lunar ones read from a precomputed table
 * (`lunar-table.ts`, 1900–2199): Tết Nguyên đán (5 days: the last day of the lunar year and mùng 1–4) and Giỗ Tổ Hùng
 * Vương (10/3 âm lịch); plus Tết Dương lịch (1/1), 30/4, 1/5 and Quốc khánh (2/9 and one adjacent
 * day; before 2021, under the Labour Code 2012 Điều 115, 2/9 alone). A holiday that falls on a weekly rest day gives a compensatory day off on the next working
 * day (nghỉ bù, Điều 111 khoản 3). The Prime Minister fixes the real Tết and Quốc khánh days each
 * year (Điều 112 khoản 3), so a computed year is always flagged unconfirmed.
 */
import type { CalendarYear, DayOff } from "./calendar-data.js";
import { isoOf, weekdayOfDay } from "./day-number.js";
import { dayNumberOf } from "./iso-date.js";
import { LUNAR_TABLE, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from "./lunar-table.js";

const STEMS = ["Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ"];
const BRANCHES = ["Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"];

/** Can–chi name of the lunar year that starts in Gregorian `year` (2024 → “Giáp Thìn”). */
export const canChi = (year: number): string =>
  `${STEMS[((year % 10) + 10) % 10] ?? ""} ${BRANCHES[((year % 12) + 12) % 12] ?? ""}`;

/**
 * Lunar holidays are known for 1900–2199 only: that covers every date a follow-up office deals
 * with. The table was computed with the `date-chinese` library (a dev-dependency that checks it in
 * `lunar-table.test.ts`), so no lunar astronomy runs, or ships, with the domain. Other years get
 * the solar holidays only.
 */
export const LUNAR_MIN_YEAR = LUNAR_TABLE_FIRST_YEAR;
export const LUNAR_MAX_YEAR = LUNAR_TABLE_LAST_YEAR;

/**
 * Day numbers of mùng 1 Tết and of Giỗ Tổ (10/3 âm lịch) in a Gregorian year, or `null` outside
 * the supported range.
 */
export const lunarHolidays = (year: number): { tet: number; gioTo: number } | null => {
  if (!(Number.isInteger(year) && year >= LUNAR_MIN_YEAR && year <= LUNAR_MAX_YEAR)) return null;
  const i = year - LUNAR_MIN_YEAR;
  // Line `i / 10`, word `i % 10`: "MMDDmmdd" and a space (9 characters) a year.
  const word = LUNAR_TABLE[Math.floor(i / 10)]?.slice((i % 10) * 9, (i % 10) * 9 + 8) ?? "";
  const n = (from: number) => Number(word.slice(from, from + 2));
  if (word.length !== 8) return null;
  return { tet: dayNumberOf(year, n(0), n(2)), gioTo: dayNumberOf(year, n(4), n(6)) };
};

/** The first year of the Labour Code 2019 (Luật số 45/2019/QH14, in force 01/01/2021). */
export const LABOUR_CODE_2019_FROM = 2021;

const SOURCE_2012 =
  "Tính theo Bộ luật Lao động 2012 (Điều 115: Quốc khánh chỉ ngày 2/9; nghỉ bù khi trùng ngày nghỉ hằng tuần) — lịch nghỉ chính thức của năm này chưa có trong lịch";

const SOURCE =
  "Tính theo Bộ luật Lao động 2019 (Điều 112; nghỉ bù theo Điều 111 khoản 3) — chưa có thông báo chính thức của Chính phủ";

/**
 * The provisional schedule of `year` under the Labour Code 2019, given which weekdays are rest
 * days (`rest[0]` = Sunday … `rest[6]` = Saturday).
 */
export const statutoryYear = (year: number, rest: readonly boolean[]): CalendarYear => {
  const holidays: { day: number; name: string }[] = [];
  const add = (day: number, name: string) => holidays.push({ day, name });

  add(dayNumberOf(year, 1, 1), "Tết Dương lịch");
  const lunar = lunarHolidays(year);
  if (lunar) {
    const tetName = `Tết Nguyên đán ${canChi(year)}`;
    for (let i = -1; i <= 3; i++) add(lunar.tet + i, tetName);
    add(lunar.gioTo, "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
  }
  add(dayNumberOf(year, 4, 30), "Ngày Chiến thắng (30/4)");
  add(dayNumberOf(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
  const national = dayNumberOf(year, 9, 2);
  add(national, "Quốc khánh (2/9)");
  // The adjacent day came with the Labour Code 2019 (in force 01/01/2021); under the Labour Code
  // 2012 (Điều 115) National Day was 2/9 alone. After 2/9 when 2/9 is a Monday (1/9 would be a
  // Sunday), otherwise before it, which is how the announced schedules of 2023–2026 chose it.
  if (year >= LABOUR_CODE_2019_FROM)
    add(weekdayOfDay(national) === 1 ? national + 1 : national - 1, "Quốc khánh (ngày liền kề)");
  holidays.sort((a, b) => a.day - b.day);

  const off = new Map<number, DayOff>();
  for (const h of holidays) off.set(h.day, { date: isoOf(h.day), name: h.name, kind: "holiday" });
  const isRest = (n: number) => rest[weekdayOfDay(n)] === true;
  for (const h of holidays) {
    if (!isRest(h.day)) continue;
    let c = h.day + 1;
    while (isRest(c) || off.has(c)) c++;
    off.set(c, { date: isoOf(c), name: `Nghỉ bù ${h.name}`, kind: "day-off" });
  }

  const yearEnd = dayNumberOf(year, 12, 31);
  const daysOff = [...off.entries()]
    .filter(([day]) => day <= yearEnd)
    .sort((a, b) => a[0] - b[0])
    .map(([, d]) => d);
  return {
    daysOff,
    makeUpWorkdays: [],
    confirmed: false,
    source: year >= LABOUR_CODE_2019_FROM ? SOURCE : SOURCE_2012,
  };
};
