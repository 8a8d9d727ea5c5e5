/**
 * Risk bands of the dashboard's follow-up list, from a task's derived timeliness and due date: red
 * (overdue, or due within two days), orange (due soon), green (in time), grey (no deadline to
 * judge by). The counts of the dashboard come from `GET /v1/summary`, per timeliness.
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
