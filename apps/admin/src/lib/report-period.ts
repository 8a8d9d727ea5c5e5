/**
 * Reporting periods as the API's reports name them: `2024-01` (month), `2024-Q1` (quarter),
 * `2024-H1` (six months), `2024` (year) or a custom range `2024-03-01..2024-04-15`, and their bounds in `calendar` mode or per Decree
 * 09/2019/NĐ-CP art. 12 (from the 15th of the month before the period to the 14th of its last month).
 */

export type Frequency = "month" | "quarter" | "half" | "year";
export type PeriodMode = "calendar" | "decree-09";
/** The period choices of the reports page: a Decree 09 frequency or a custom range of days. */
export type PeriodChoice = Frequency | "custom";

export interface Period {
  readonly frequency: Frequency;
  readonly year: number;
  readonly index: number;
  readonly from: string;
  readonly to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthsIn = (f: Frequency) => (f === "month" ? 1 : f === "quarter" ? 3 : f === "half" ? 6 : 12);
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function periodOf(frequency: Frequency, year: number, index: number, mode: PeriodMode): Period {
  const last = frequency === "year" ? 12 : index * monthsIn(frequency);
  const first = last - monthsIn(frequency) + 1;
  if (mode === "calendar") {
    return {
      frequency,
      year,
      index,
      from: `${year}-${pad(first)}-01`,
      to: `${year}-${pad(last)}-${pad(daysIn(year, last))}`,
    };
  }
  const beforeYear = first === 1 ? year - 1 : year;
  const beforeMonth = first === 1 ? 12 : first - 1;
  return {
    frequency,
    year,
    index,
    from: `${beforeYear}-${pad(beforeMonth)}-15`,
    to: `${year}-${pad(last)}-14`,
  };
}

/** The period of `frequency` that contains the day `today` (`YYYY-MM-DD`). */
export function periodContaining(frequency: Frequency, today: string, mode: PeriodMode): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const day = Number(today.slice(8, 10));
  // Under Decree 09, days after the 14th already count towards the next month's report.
  let m = month;
  let y = year;
  if (mode === "decree-09" && day >= 15) {
    m = month === 12 ? 1 : month + 1;
    y = month === 12 ? year + 1 : year;
  }
  const index = frequency === "year" ? 1 : Math.ceil(m / monthsIn(frequency));
  return periodOf(frequency, y, index, mode);
}

/** `2024-01`, `2024-Q1`, `2024-H1`, `2024`. */
export function periodCode(p: Pick<Period, "frequency" | "year" | "index">): string {
  switch (p.frequency) {
    case "month":
      return `${p.year}-${pad(p.index)}`;
    case "quarter":
      return `${p.year}-Q${p.index}`;
    case "half":
      return `${p.year}-H${p.index}`;
    default:
      return `${p.year}`;
  }
}

/**
 * `2024-03-01..2024-04-15`: the custom range from `from` to `to` (ISO days, both inclusive), or
 * `null` while a day is missing or the range ends before it starts.
 */
export function customPeriodCode(
  from: string | null | undefined,
  to: string | null | undefined,
): string | null {
  if (!from || !to || from > to) return null;
  return `${from}..${to}`;
}
