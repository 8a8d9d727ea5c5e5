/**
 * The dashboard's counts (GET /v1/summary) in three queries instead of paging through the task
 * list: tasks per timeliness bucket, overdue tasks per lead agency, and the on-time rate of the
 * current monthly reporting period (Decree 09/2019/NĐ-CP art. 12 unless the policy pack says
 * `calendar`). Every count is over the rows the task list draws from for the caller
 * (`Tasks.listedFor`) under the list's own timeliness filter (`Tasks.inTimeliness`), so a number on
 * the dashboard is the length of the list behind it.
 */
import { LatenessBand, ReportingPeriod, Timeliness } from "@dondoc/domain";
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from "kysely";
import { sql } from "kysely";

import type { Principal } from "../auth/principal.js";
import type { Database } from "../db/schema.js";
import type { Rules } from "./rules.js";
import * as Tasks from "./tasks.js";

type Eb = ExpressionBuilder<Database, "tasks">;

export interface AgencyCount {
  readonly agencyId: string | null;
  readonly name: string;
  readonly count: number;
}

export interface OnTime {
  readonly onTime: number;
  /** Done late, or still open past the due date. */
  readonly late: number;
  /** `onTime / (onTime + late)`; `null` when nothing was judged. */
  readonly rate: number | null;
}

export interface AgencyOnTime extends OnTime {
  readonly agencyId: string | null;
  readonly name: string;
}

export interface Summary {
  readonly asOf: string;
  readonly dueSoonUntil: string;
  readonly counts: Record<Timeliness.Timeliness, number>;
  /** Overdue tasks per age band, each the length of GET /v1/tasks?latenessBand=… */
  readonly overdueByBand: Record<LatenessBand.LatenessBand, number>;
  readonly overdueByAgency: AgencyCount[];
  readonly period: {
    readonly from: string;
    readonly to: string;
    readonly label: string;
    readonly labelEn: string;
    readonly mode: ReportingPeriod.PeriodMode;
  };
  readonly onTime: OnTime & { readonly byAgency: AgencyOnTime[] };
}

/** The monthly reporting period whose days include `today` (Decree 09: the 15th → the 14th). */
export const periodOf = (
  today: string,
  mode: ReportingPeriod.PeriodMode,
): ReportingPeriod.ReportingPeriod => {
  const [year = 2000, month = 1] = today.split("-").map(Number);
  const candidates = [month, month + 1].map((m) => ReportingPeriod.of("monthly", year, m, mode));
  return (
    candidates.find((p) => p.start <= today && today <= p.end) ??
    ReportingPeriod.of("monthly", year, month, mode)
  );
};

const count = (n: unknown): number => Number(n ?? 0);

const rate = (onTime: number, late: number): number | null =>
  onTime + late === 0 ? null : onTime / (onTime + late);

/** A task's lead, as the dashboard groups it: the directory agency, else the name as written. */
const leadKey = sql<string>`coalesce(tasks.lead_agency_id, '#' || tasks.lead_name)`;

/** The summary `p` may see, on `rules.today`. */
export const of = async (db: Kysely<Database>, p: Principal, rules: Rules): Promise<Summary> => {
  const listed = Tasks.listedFor(p);
  const when = (t: Timeliness.Timeliness) => Tasks.inTimeliness(t, rules);
  const late = (eb: Eb): Expression<SqlBool> => eb.or([when("done-late")(eb), when("overdue")(eb)]);

  const row = await db
    .selectFrom("tasks")
    .where(listed)
    .select((eb) => [
      ...Timeliness.Timeliness.options.map((t) => eb.fn.countAll().filterWhere(when(t)(eb)).as(t)),
      ...LatenessBand.all.map((b) =>
        eb.fn.countAll().filterWhere(Tasks.inLatenessBand(b, rules)(eb)).as(`band:${b}`),
      ),
    ])
    .executeTakeFirst();
  const counts = Object.fromEntries(Timeliness.Timeliness.options.map((t) => [t, count(row?.[t])])) as Record<
    Timeliness.Timeliness,
    number
  >;

  const overdueByBand = Object.fromEntries(
    LatenessBand.all.map((b) => [b, count((row as Record<string, unknown> | undefined)?.[`band:${b}`])]),
  ) as Record<LatenessBand.LatenessBand, number>;

  const overdue = await db
    .selectFrom("tasks")
    .where(listed)
    .where(when("overdue"))
    .select((eb) => [
      eb.fn.max("tasks.lead_agency_id").as("agencyId"),
      eb.fn.min("tasks.lead_name").as("name"),
      eb.fn.countAll().as("count"),
    ])
    .groupBy(leadKey)
    .execute();

  const period = periodOf(rules.today, rules.policy.reportingPeriods);
  const rates = await db
    .selectFrom("tasks")
    .where(listed)
    // The list's `dueFrom` / `dueTo`: tasks due in the period.
    .where("tasks.due_on", ">=", period.start)
    .where("tasks.due_on", "<=", period.end)
    .select((eb) => [
      eb.fn.max("tasks.lead_agency_id").as("agencyId"),
      eb.fn.min("tasks.lead_name").as("name"),
      eb.fn.countAll().filterWhere(when("done-on-time")(eb)).as("onTime"),
      eb.fn.countAll().filterWhere(late(eb)).as("late"),
    ])
    .groupBy(leadKey)
    .execute();

  const byAgency = rates
    .map((r) => {
      const onTime = count(r.onTime);
      const lateCount = count(r.late);
      return {
        agencyId: r.agencyId,
        name: r.name ?? "",
        onTime,
        late: lateCount,
        rate: rate(onTime, lateCount),
      };
    })
    .filter((r) => r.onTime + r.late > 0)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.late - a.late || a.name.localeCompare(b.name, "vi"));
  const onTime = byAgency.reduce((n, r) => n + r.onTime, 0);
  const lateTotal = byAgency.reduce((n, r) => n + r.late, 0);

  return {
    asOf: rules.today,
    dueSoonUntil: rules.dueSoonUntil,
    counts,
    overdueByBand,
    overdueByAgency: overdue
      .map((r) => ({ agencyId: r.agencyId, name: r.name ?? "", count: count(r.count) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi")),
    period: {
      from: period.start,
      to: period.end,
      label: period.label,
      labelEn: period.labelEn,
      mode: period.mode,
    },
    onTime: { onTime, late: lateTotal, rate: rate(onTime, lateTotal), byAgency },
  };
};
