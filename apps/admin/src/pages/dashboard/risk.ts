/**
 * Risk bands of the dashboard, from a task's derived timeliness and due date: red (overdue, or
 * due within two days), orange (due soon), green (in time), grey (no deadline to judge by).
 */
import type { Task } from "../../api/types.js";

export type Band = "red" | "orange" | "green" | "grey";

export const bands: readonly Band[] = ["red", "orange", "green", "grey"];

const dayMs = 86_400_000;

/** Whole days from `today` to `day` (both `YYYY-MM-DD`). */
export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / dayMs);
}

export function bandOf(task: Pick<Task, "timeliness" | "dueOn">, today: string): Band {
  if (task.timeliness === "overdue") return "red";
  if (task.timeliness === "due-soon")
    return task.dueOn !== null && daysUntil(today, task.dueOn) <= 2 ? "red" : "orange";
  if (task.timeliness === "not-due") return "green";
  return "grey";
}

const rank: Record<Band, number> = { red: 0, orange: 1, green: 2, grey: 3 };

/** Worst first: by band, then the earliest due date. */
export function worstFirst<T extends Pick<Task, "timeliness" | "dueOn">>(
  tasks: readonly T[],
  today: string,
): T[] {
  return [...tasks].sort(
    (a, b) =>
      rank[bandOf(a, today)] - rank[bandOf(b, today)] || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999"),
  );
}

export interface AgencyRate {
  readonly agencyId: string | null;
  readonly name: string;
  readonly onTime: number;
  readonly late: number;
  /** On-time share of the tasks judged (done on time ÷ done on time + done late + overdue). */
  readonly rate: number | null;
}

/** The on-time rate of each lead agency over tasks due in a period. */
export function onTimeRates(tasks: readonly Task[]): AgencyRate[] {
  const by = new Map<string, { agencyId: string | null; name: string; onTime: number; late: number }>();
  for (const t of tasks) {
    const key = t.leadAgencyId ?? `name:${t.leadName}`;
    const row = by.get(key) ?? { agencyId: t.leadAgencyId, name: t.leadName, onTime: 0, late: 0 };
    if (t.timeliness === "done-on-time") row.onTime += 1;
    else if (t.timeliness === "done-late" || t.timeliness === "overdue") row.late += 1;
    by.set(key, row);
  }
  return [...by.values()]
    .filter((r) => r.onTime + r.late > 0)
    .map((r) => ({ ...r, rate: r.onTime / (r.onTime + r.late) }))
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.late - a.late);
}

export interface AgencyCount {
  readonly agencyId: string | null;
  readonly name: string;
  readonly count: number;
}

export function overdueByAgency(tasks: readonly Task[]): AgencyCount[] {
  const by = new Map<string, AgencyCount>();
  for (const t of tasks) {
    if (t.timeliness !== "overdue") continue;
    const key = t.leadAgencyId ?? `name:${t.leadName}`;
    const row = by.get(key) ?? { agencyId: t.leadAgencyId, name: t.leadName, count: 0 };
    by.set(key, { ...row, count: row.count + 1 });
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi"));
}
