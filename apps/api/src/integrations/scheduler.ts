/**
 * The reminder scheduler (nhắc việc, đôn đốc): for each local day it emits `task.due_soon` and
 * `task.overdue` on the days the policy pack's cadence names, a daily digest per agency and per
 * leader on working days, and marks the day done. Each send is keyed (subject, kind, day) in
 * `scheduled_sends`, so a restart never sends twice; days missed while no process ran are caught up
 * from the last finished day. Processes coordinate with `pg_try_advisory_xact_lock` (one runs, the
 * others skip); the keys make even an uncoordinated run harmless. The same daily run prunes what is
 * past the retention period (`retention.ts`).
 */
import { IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import type { Kysely } from "kysely";
import { sql } from "kysely";

import type { Database } from "../db/schema.js";
import * as Rules from "../services/rules.js";
import * as Tasks from "../services/tasks.js";
import { taskSummary } from "./events.js";
import * as Outbox from "./outbox.js";
import * as Retention from "./retention.js";

/** The advisory lock key of the scheduler (any constant shared by every process). */
export const LOCK_KEY = 8_020_001;

export interface RunResult {
  readonly days: readonly string[];
  readonly reminders: number;
  readonly digests: number;
}

const startOfLocalDay = (day: string): Date => new Date(`${day}T00:00:00+07:00`);

/** Claims (subject, kind, day) keys; returns the subjects that were not claimed before. */
const claim = async (
  db: Kysely<Database>,
  keys: readonly { subject: string; kind: string; day: string }[],
): Promise<Set<string>> => {
  const fresh = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .insertInto("scheduled_sends")
      .values(keys.slice(i, i + 500).map((k) => ({ subject: k.subject, kind: k.kind, day: k.day })))
      .onConflict((oc) => oc.columns(["subject", "kind", "day"]).doNothing())
      .returning(["subject", "kind"])
      .execute();
    for (const r of rows) fresh.add(`${r.kind}|${r.subject}`);
  }
  return fresh;
};

const remindDay = async (db: Kysely<Database>, rules: Rules.Rules, day: string): Promise<number> => {
  const before = Math.max(0, ...rules.policy.reminders.workingDaysBefore);
  const horizon = WorkingCalendar.addWorkingDays(rules.calendar, day, before + 1);
  const tasks = await db
    .selectFrom("tasks")
    .selectAll()
    .where("lifecycle", "=", "open")
    .where("due_on", "is not", null)
    .where("due_on", "<=", horizon)
    .execute();
  const due: { task: (typeof tasks)[number]; reminder: PolicyPack.Reminder; kind: string }[] = [];
  for (const task of tasks) {
    if (task.due_on === null) continue;
    for (const reminder of PolicyPack.remindersFor(rules.policy, task.due_on, rules.calendar, day)) {
      if (reminder.on !== day) continue;
      due.push({ task, reminder, kind: reminder.kind === "overdue" ? "task.overdue" : "task.due_soon" });
    }
  }
  const fresh = await claim(
    db,
    due.map((d) => ({ subject: d.task.id, kind: d.kind, day })),
  );
  let sent = 0;
  for (const d of due) {
    if (!fresh.has(`${d.kind}|${d.task.id}`)) continue;
    fresh.delete(`${d.kind}|${d.task.id}`);
    await Outbox.append(db, {
      type: d.kind === "task.overdue" ? "task.overdue" : "task.due_soon",
      agencyIds: [d.task.lead_agency_id, d.task.delegated_to_agency_id],
      taskId: d.task.id,
      data: {
        day,
        task: taskSummary(d.task),
        reminder: {
          kind: d.reminder.kind,
          workingDaysToDue: d.reminder.workingDaysToDue,
          text: d.reminder.text,
        },
      },
    });
    sent++;
  }
  return sent;
};

const digestDay = async (db: Kysely<Database>, rules: Rules.Rules, day: string): Promise<number> => {
  if (!WorkingCalendar.isWorkingDay(rules.calendar, day)) return 0;
  const at = Rules.at(rules.calendar, rules.policy, startOfLocalDay(day));
  const rows = await db
    .selectFrom("tasks")
    .select(["lead_agency_id", "lifecycle", "due_on", "completed_on"])
    .where((eb) =>
      eb.or([Tasks.timelinessCondition(eb, "overdue", at), Tasks.timelinessCondition(eb, "due-soon", at)]),
    )
    .where("lead_agency_id", "is not", null)
    .execute();
  const byAgency = new Map<string, { overdue: number; dueSoon: number }>();
  for (const r of rows) {
    if (r.lead_agency_id === null) continue;
    const entry = byAgency.get(r.lead_agency_id) ?? { overdue: 0, dueSoon: 0 };
    const t = at.judge({ lifecycle: r.lifecycle, dueOn: r.due_on, completedOn: r.completed_on });
    if (t === "overdue") entry.overdue++;
    else if (t === "due-soon") entry.dueSoon++;
    byAgency.set(r.lead_agency_id, entry);
  }
  const leaders = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "leader")
    .where("disabled", "=", false)
    .execute();
  const fresh = await claim(db, [
    ...[...byAgency.keys()].map((a) => ({ subject: a, kind: "digest.agency", day })),
    ...leaders.map((l) => ({ subject: l.id, kind: "digest.leader", day })),
  ]);
  let sent = 0;
  for (const [agencyId, counts] of byAgency) {
    if (!fresh.has(`digest.agency|${agencyId}`)) continue;
    await Outbox.append(db, {
      type: "digest.agency",
      agencyIds: [agencyId],
      data: { day, agencyId, overdue: counts.overdue, dueSoon: counts.dueSoon },
    });
    sent++;
  }
  const totals = [...byAgency.values()].reduce(
    (t, c) => ({ overdue: t.overdue + c.overdue, dueSoon: t.dueSoon + c.dueSoon }),
    { overdue: 0, dueSoon: 0 },
  );
  const worst = [...byAgency.entries()]
    .sort((a, b) => b[1].overdue - a[1].overdue || b[1].dueSoon - a[1].dueSoon || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([agencyId, c]) => ({ agencyId, ...c }));
  for (const leader of leaders) {
    if (!fresh.has(`digest.leader|${leader.id}`)) continue;
    await Outbox.append(db, {
      type: "digest.leader",
      agencyIds: [],
      data: { day, userId: leader.id, ...totals, agencies: worst },
    });
    sent++;
  }
  return sent;
};

/**
 * Runs every local day from the one after the last finished day up to today (at most
 * `maxCatchUpDays`; only today on the very first run). Returns `null` when another process holds
 * the scheduler lock or today is already done.
 */
export const runDue = async (
  db: Kysely<Database>,
  now: Date,
  options: { maxCatchUpDays?: number } = {},
): Promise<RunResult | null> => {
  const today = Rules.localDate(now);
  const done = await db
    .selectFrom("scheduler_days")
    .select("day")
    .where("day", "=", today)
    .executeTakeFirst();
  if (done !== undefined) return null;
  return db.transaction().execute(async (tx) => {
    const lock = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${LOCK_KEY}) as locked`.execute(tx);
    if (lock.rows[0]?.locked !== true) return null;
    const last = await tx
      .selectFrom("scheduler_days")
      .select((eb) => eb.fn.max("day").as("day"))
      .executeTakeFirst();
    const earliest = IsoDate.addDays(today, -Math.max(0, options.maxCatchUpDays ?? 31));
    const lastDay = last?.day ?? null;
    let from = lastDay === null ? today : IsoDate.addDays(lastDay, 1);
    if (from < earliest) from = earliest;
    // Another process ran today's pass between the check above and taking the lock.
    if (from > today) return null;
    const rules = await Rules.load(tx, now);
    const days: string[] = [];
    let reminders = 0;
    let digests = 0;
    for (let day = from; day <= today; day = IsoDate.addDays(day, 1)) {
      reminders += await remindDay(tx, rules, day);
      digests += await digestDay(tx, rules, day);
      await tx
        .insertInto("scheduler_days")
        .values({ day })
        .onConflict((oc) => oc.column("day").doNothing())
        .execute();
      days.push(day);
    }
    await Retention.prune(tx, now);
    return { days, reminders, digests };
  });
};
