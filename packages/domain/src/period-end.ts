/**
 * The last day of a deadline period and how to say it (“trong tháng 01/2023 → cuối tháng
 * 01/2023”): months, quarters, halves, nine months, years, and đầu/giữa/cuối tháng or năm as the
 * Civil Code 2015 art. 146 defines them (đầu tháng = day 1, giữa tháng = day 15, cuối tháng = the
 * last day; đầu năm = 01/01, giữa năm = 30/06, cuối năm = 31/12). Internal to the resolver.
 */

import { monthYearVi, ROMAN } from "./day-number.js";
import type { Period } from "./deadline-rule.js";
import { type DayNumber, dayNumberOf, daysInMonth } from "./iso-date.js";

/** A value as text for a message, even when it has a hostile `toString`. */
const show = (v: unknown): string => {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
};

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;

const CLAUSE_146_2_VI = "BLDS 2015, Điều 146 khoản 2";
const CLAUSE_146_3_VI = "BLDS 2015, Điều 146 khoản 3";
const CLAUSE_146_2_EN = "Civil Code 2015, art. 146(2)";
const CLAUSE_146_3_EN = "Civil Code 2015, art. 146(3)";
const PART_VI = { early: "đầu", mid: "giữa", late: "cuối" } as const;
const PART_EN = { early: "beginning", mid: "middle", late: "end" } as const;

export interface PeriodEnd {
  readonly last: DayNumber;
  readonly headVi: string;
  readonly headEn: string;
  readonly stepVi: string;
  readonly stepEn: string;
}

/** A period's end with its head and step joined, as the resolver's derivation starts. */
export interface CachedPeriodEnd extends PeriodEnd {
  /** `headVi → stepVi` and `headEn → stepEn`. */
  readonly vi: string;
  readonly en: string;
}

const UNIT_CODE: Readonly<Record<string, number>> = {
  month: 1,
  quarter: 2,
  half: 3,
  "nine-months": 4,
  year: 5,
  "part-of-month": 6,
  "part-of-year": 7,
  "half-of-month": 8,
  "part-of-quarter": 9,
};
const PART_CODE: Readonly<Record<string, number>> = { early: 1, mid: 2, late: 3 };

/**
 * A number naming a valid-looking period one-to-one (year, unit, month/quarter/half, part), or
 * `-1` when its fields are not small integers and known words: such a period is never cached.
 */
const keyOf = (p: Period): number => {
  if (p.unit === "years") return -1;
  const y = p.year;
  const unit = UNIT_CODE[p.unit];
  if (!isInt(y, 1, 9999) || unit === undefined) return -1;
  let sub = 0;
  let part: number | undefined = 0;
  switch (p.unit) {
    case "month":
      sub = p.month;
      break;
    case "quarter":
      sub = p.quarter;
      break;
    case "half":
      sub = p.half;
      break;
    case "part-of-month":
      sub = p.month;
      part = PART_CODE[p.part];
      break;
    case "part-of-year":
      part = PART_CODE[p.part];
      break;
    case "half-of-month":
      sub = p.month;
      part = p.half;
      break;
    case "part-of-quarter":
      sub = p.quarter;
      part = PART_CODE[p.part];
      break;
  }
  if (!isInt(sub, 0, 12) || !isInt(part, 0, 3)) return -1;
  return ((y * 10 + unit) * 13 + sub) * 4 + part;
};

const cache = new Map<number, CachedPeriodEnd>();

/**
 * {@link periodEnd}, memoised per period: a notice's deadlines name few periods, and building the
 * four phrases for each resolution was a tenth of its cost.
 */
export const cachedPeriodEnd = (p: Period): CachedPeriodEnd | string => {
  const key = keyOf(p);
  const hit = key < 0 ? undefined : cache.get(key);
  if (hit !== undefined) return hit;
  const end = periodEnd(p);
  if (typeof end === "string") return end;
  const full: CachedPeriodEnd = {
    ...end,
    vi: `${end.headVi} → ${end.stepVi}`,
    en: `${end.headEn} → ${end.stepEn}`,
  };
  if (key >= 0) cache.set(key, full);
  return full;
};

/** The last day of a period and how to describe it, or the reason the period is invalid. */
export const periodEnd = (p: Period): PeriodEnd | string => {
  const y = p.unit === "years" ? p.to : p.year;
  if (!isInt(y, 1, 9999)) return `năm ${show(y)} không hợp lệ`;
  switch (p.unit) {
    case "month": {
      if (!isInt(p.month, 1, 12)) return `tháng ${show(p.month)} không hợp lệ`;
      const my = monthYearVi(y, p.month);
      return {
        last: dayNumberOf(y, p.month, daysInMonth(y, p.month)),
        headVi: `trong tháng ${my}`,
        headEn: `within month ${my}`,
        stepVi: `cuối tháng ${my}`,
        stepEn: `end of month ${my}`,
      };
    }
    case "quarter": {
      if (!isInt(p.quarter, 1, 4)) return `quý ${show(p.quarter)} không hợp lệ`;
      const m = p.quarter * 3;
      return {
        last: dayNumberOf(y, m, daysInMonth(y, m)),
        headVi: `trong quý ${ROMAN[p.quarter]}/${y}`,
        headEn: `within Q${p.quarter} ${y}`,
        stepVi: `ngày cuối quý ${ROMAN[p.quarter]}/${y}`,
        stepEn: `last day of Q${p.quarter} ${y}`,
      };
    }
    case "half": {
      if (p.half !== 1 && p.half !== 2) return `nửa năm ${show(p.half)} không hợp lệ`;
      const first = p.half === 1;
      return {
        last: first ? dayNumberOf(y, 6, 30) : dayNumberOf(y, 12, 31),
        headVi: `trong 6 tháng ${first ? "đầu" : "cuối"} năm ${y}`,
        headEn: `within the ${first ? "first" : "second"} half of ${y}`,
        stepVi: first ? `cuối tháng 06/${y}` : `cuối năm ${y}`,
        stepEn: first ? `end of June ${y}` : `end of ${y}`,
      };
    }
    case "nine-months":
      return {
        last: dayNumberOf(y, 9, 30),
        headVi: `trong 9 tháng đầu năm ${y}`,
        headEn: `within the first nine months of ${y}`,
        stepVi: `cuối tháng 09/${y}`,
        stepEn: `end of September ${y}`,
      };
    case "year":
      return {
        last: dayNumberOf(y, 12, 31),
        headVi: `trong năm ${y}`,
        headEn: `within ${y}`,
        stepVi: `cuối năm ${y}`,
        stepEn: `end of ${y}`,
      };
    case "part-of-month": {
      if (!isInt(p.month, 1, 12)) return `tháng ${show(p.month)} không hợp lệ`;
      const part = p.part;
      if (part !== "early" && part !== "mid" && part !== "late")
        return `“${show(part)}” không phải đầu/giữa/cuối`;
      const day = part === "early" ? 1 : part === "mid" ? 15 : daysInMonth(y, p.month);
      const which =
        part === "early" ? "ngày đầu tiên" : part === "mid" ? "ngày thứ mười lăm" : "ngày cuối cùng";
      const whichEn = part === "early" ? "first day" : part === "mid" ? "15th day" : "last day";
      const my = monthYearVi(y, p.month);
      return {
        last: dayNumberOf(y, p.month, day),
        headVi: `${PART_VI[part]} tháng ${my}`,
        headEn: `${PART_EN[part]} of month ${my}`,
        stepVi: `${which} của tháng (${CLAUSE_146_2_VI})`,
        stepEn: `the ${whichEn} of the month (${CLAUSE_146_2_EN})`,
      };
    }
    case "part-of-year": {
      const part = p.part;
      if (part !== "early" && part !== "mid" && part !== "late")
        return `“${show(part)}” không phải đầu/giữa/cuối`;
      const last =
        part === "early"
          ? dayNumberOf(y, 1, 1)
          : part === "mid"
            ? dayNumberOf(y, 6, 30)
            : dayNumberOf(y, 12, 31);
      const which =
        part === "early"
          ? "ngày đầu tiên của tháng một"
          : part === "mid"
            ? "ngày cuối cùng của tháng sáu"
            : "ngày cuối cùng của tháng mười hai";
      const whichEn = part === "early" ? "1 January" : part === "mid" ? "30 June" : "31 December";
      return {
        last,
        headVi: `${PART_VI[part]} năm ${y}`,
        headEn: `${PART_EN[part]} of ${y}`,
        stepVi: `${which} (${CLAUSE_146_3_VI})`,
        stepEn: `${whichEn} (${CLAUSE_146_3_EN})`,
      };
    }
    case "half-of-month": {
      if (!isInt(p.month, 1, 12)) return `tháng ${show(p.month)} không hợp lệ`;
      if (p.half !== 1 && p.half !== 2) return `nửa tháng ${show(p.half)} không hợp lệ`;
      const first = p.half === 1;
      const my = monthYearVi(y, p.month);
      return {
        last: dayNumberOf(y, p.month, first ? 15 : daysInMonth(y, p.month)),
        headVi: `nửa ${first ? "đầu" : "cuối"} tháng ${my}`,
        headEn: `${first ? "first" : "second"} half of month ${my}`,
        stepVi: first ? `hết ngày 15 của tháng` : `ngày cuối cùng của tháng`,
        stepEn: first ? "the 15th of the month" : "the last day of the month",
      };
    }
    case "part-of-quarter": {
      if (!isInt(p.quarter, 1, 4)) return `quý ${show(p.quarter)} không hợp lệ`;
      const part = p.part;
      if (part !== "early" && part !== "mid" && part !== "late")
        return `“${show(part)}” không phải đầu/giữa/cuối`;
      const q = p.quarter;
      const last =
        part === "early"
          ? dayNumberOf(y, q * 3 - 2, 1)
          : part === "mid"
            ? dayNumberOf(y, q * 3 - 1, 15)
            : dayNumberOf(y, q * 3, daysInMonth(y, q * 3));
      const which =
        part === "early"
          ? "ngày đầu tiên của quý"
          : part === "mid"
            ? "ngày 15 của tháng giữa quý"
            : "ngày cuối cùng của quý";
      const whichEn =
        part === "early"
          ? "the quarter's first day"
          : part === "mid"
            ? "the 15th of its middle month"
            : "the quarter's last day";
      return {
        last,
        headVi: `${PART_VI[part]} quý ${ROMAN[q]}/${y}`,
        headEn: `${PART_EN[part]} of Q${q} ${y}`,
        stepVi: `${which} (theo cách ${CLAUSE_146_2_VI} định đầu/giữa/cuối tháng)`,
        stepEn: `${whichEn} (as ${CLAUSE_146_2_EN} reads the parts of a month)`,
      };
    }
    case "years": {
      if (!isInt(p.from, 1, 9999) || !isInt(p.to, p.from, 9999))
        return `giai đoạn ${show(p.from)} – ${show(p.to)} không hợp lệ`;
      return {
        last: dayNumberOf(p.to, 12, 31),
        headVi: `giai đoạn ${p.from} – ${p.to}`,
        headEn: `the years ${p.from}–${p.to}`,
        stepVi: `kết thúc cùng năm cuối của giai đoạn → cuối năm ${p.to}`,
        stepEn: `ends with its last year → end of ${p.to}`,
      };
    }
    default:
      return `loại kỳ “${show((p as { unit: unknown }).unit)}” không được hỗ trợ`;
  }
};
