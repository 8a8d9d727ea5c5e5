/**
 * Rates — the two headline percentages, computed exactly as the official reports do and always
 * shown side by side:
 *
 * - the Government Office's completion rate (tỷ lệ hoàn thành, Báo cáo 1270/BC-TCTTTg): done ÷
 *   (done + not done and overdue), where a late completion still counts as done —
 *   16,051 ÷ (16,051 + 223) = 98.62 % in 2017;
 * - the strict on-time rate (tỷ lệ hoàn thành đúng hạn): done on time ÷ all tasks due, the same
 *   denominator — 14,068 ÷ 16,274 = 86.44 % that year.
 *
 * Tasks still within their deadline are in neither denominator: they are not yet due.
 */
export interface CategoryCounts {
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly openInTime: number;
  readonly openOverdue: number;
}

export interface Rates {
  /** done ÷ (done + open overdue); `null` when nothing is due yet. */
  readonly completion: number | null;
  /** done on time ÷ (done + open overdue); `null` when nothing is due yet. */
  readonly onTime: number | null;
  /** The common denominator: tasks done or past their deadline (nhiệm vụ đến hạn). */
  readonly due: number;
}

/**
 * Both rates of a set of counts. `basis` `all-tasks` (a local Quy chế may say so) divides the
 * completion rate by every task instead of the tasks due; the on-time rate never changes.
 */
export const of = (c: CategoryCounts, basis: "tasks-due" | "all-tasks" = "tasks-due"): Rates => {
  const done = c.doneOnTime + c.doneLate;
  const due = done + c.openOverdue;
  const completionBase = basis === "tasks-due" ? due : due + c.openInTime;
  return {
    completion: completionBase === 0 ? null : done / completionBase,
    onTime: due === 0 ? null : c.doneOnTime / due,
    due,
  };
};

/**
 * A rate as a percentage with two decimals, cut (not rounded) as the Government Office's reports
 * print it — 16,051 ÷ 16,274 = 0.986297… reads “98,62%”. Vietnamese uses a decimal comma; `—`
 * when there is no rate.
 */
export const format = (rate: number | null, lang: "vi" | "en" = "vi"): string => {
  if (rate === null) return "—";
  // The epsilon keeps exact values such as 0.29 (0.28999… in binary) from losing a hundredth.
  const hundredths = Math.floor(rate * 10_000 + 1e-6);
  const text = `${Math.floor(hundredths / 100)}${lang === "vi" ? "," : "."}${String(hundredths % 100).padStart(2, "0")}`;
  return `${text}%`;
};
