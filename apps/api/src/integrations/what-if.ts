/**
 * What-if: before a calendar year or the policy pack changes, which deadlines and timeliness
 * statuses would move. A deadline computed from a rule (“trong 10 ngày làm việc”) is recomputed
 * under the new rules — but only when the rule still gives the stored date under the current rules
 * and the date was never extended or edited; any other deadline moves only if it falls on a day that
 * stops being a working day (rolled forward, Civil Code 2015 art. 148(5), when the policy says so).
 * `apply` writes the moves in the caller's transaction, one audited task update each.
 */
import type { PolicyPack } from "@dondoc/domain";
import { DeadlineRule, Timeliness, WorkingCalendar } from "@dondoc/domain";
import * as Result from "effect/Result";
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";
import type { Actor } from "../services/audit.js";
import * as Rules from "../services/rules.js";
import * as Tasks from "../services/tasks.js";

export interface Scenario {
  readonly calendar: WorkingCalendar.WorkingCalendar;
  readonly policy: PolicyPack.PolicyPack;
}

export interface Move {
  readonly taskId: string;
  readonly action: string;
  readonly leadAgencyId: string | null;
  readonly leadName: string;
  readonly dueOnBefore: string;
  readonly dueOnAfter: string;
  readonly timelinessBefore: string;
  readonly timelinessAfter: string;
  /** `rule`: recomputed from the deadline rule; `roll-forward`: the day is no longer worked. */
  readonly how: "rule" | "roll-forward" | null;
}

export interface Preview {
  /** Tasks whose deadline moves. */
  readonly moved: Move[];
  /** Tasks whose deadline stays but whose timeliness today changes. */
  readonly statusChanged: Move[];
  /** Tasks with a deadline that were examined. */
  readonly examined: number;
}

const newDue = (
  t: { due_on: string; original_due_on: string | null; rule: unknown; anchor: string | null },
  before: Scenario,
  after: Scenario,
): { due: string; how: Move["how"] } => {
  const rule = DeadlineRule.DeadlineRule.safeParse(t.rule);
  if (rule.success && t.due_on === t.original_due_on) {
    const old = DeadlineRule.resolve(rule.data, {
      anchor: t.anchor,
      calendar: before.calendar,
      policy: before.policy,
    });
    if (Result.isSuccess(old) && old.success.dueOn === t.due_on) {
      const next = DeadlineRule.resolve(rule.data, {
        anchor: t.anchor,
        calendar: after.calendar,
        policy: after.policy,
      });
      if (Result.isSuccess(next) && next.success.dueOn !== null) {
        return { due: next.success.dueOn, how: next.success.dueOn === t.due_on ? null : "rule" };
      }
    }
  }
  if (
    after.policy.rollForward &&
    WorkingCalendar.isWorkingDay(before.calendar, t.due_on) &&
    !WorkingCalendar.isWorkingDay(after.calendar, t.due_on)
  ) {
    return { due: WorkingCalendar.rollForward(after.calendar, t.due_on), how: "roll-forward" };
  }
  return { due: t.due_on, how: null };
};

/** Compares every live deadline under `before` and `after` at instant `now`. */
export const compare = async (
  db: Kysely<Database>,
  before: Scenario,
  after: Scenario,
  now: Date,
): Promise<Preview> => {
  const rows = await db
    .selectFrom("tasks")
    .innerJoin("notices", "notices.id", "tasks.notice_id")
    .select([
      "tasks.id",
      "tasks.action",
      "tasks.lead_agency_id",
      "tasks.lead_name",
      "tasks.due_on",
      "tasks.original_due_on",
      "tasks.deadline",
      "tasks.lifecycle",
      "tasks.completed_on",
      "notices.issued_on",
    ])
    .where("tasks.lifecycle", "in", ["open", "submitted", "paused", "done"])
    .where("tasks.due_on", "is not", null)
    .orderBy("tasks.due_on")
    .orderBy("tasks.id")
    .execute();
  const today = Rules.localDate(now);
  const judgeBefore = Timeliness.at(today, before.calendar, before.policy);
  const judgeAfter = Timeliness.at(today, after.calendar, after.policy);
  const moved: Move[] = [];
  const statusChanged: Move[] = [];
  for (const r of rows) {
    if (r.due_on === null) continue;
    const { due, how } =
      r.lifecycle === "done"
        ? { due: r.due_on, how: null }
        : newDue(
            {
              due_on: r.due_on,
              original_due_on: r.original_due_on,
              rule: r.deadline?.rule,
              anchor: r.issued_on,
            },
            before,
            after,
          );
    const times = { lifecycle: r.lifecycle, completedOn: r.completed_on };
    const move: Move = {
      taskId: r.id,
      action: r.action,
      leadAgencyId: r.lead_agency_id,
      leadName: r.lead_name,
      dueOnBefore: r.due_on,
      dueOnAfter: due,
      timelinessBefore: judgeBefore({ ...times, dueOn: r.due_on }),
      timelinessAfter: judgeAfter({ ...times, dueOn: due }),
      how,
    };
    if (due !== r.due_on) moved.push(move);
    else if (move.timelinessBefore !== move.timelinessAfter) statusChanged.push(move);
  }
  return { moved, statusChanged, examined: rows.length };
};

/** Writes the moves of `preview` (each task re-read and locked; audited as `task.deadline_moved`). */
export const apply = async (
  db: Kysely<Database>,
  who: Actor,
  preview: Preview,
  reason: string,
  now: Date,
): Promise<number> => {
  let count = 0;
  for (const m of preview.moved) {
    const row = await db
      .selectFrom("tasks")
      .selectAll()
      .where("id", "=", m.taskId)
      .forUpdate()
      .executeTakeFirst();
    if (row === undefined || row.due_on !== m.dueOnBefore) continue;
    const keepsOriginal = row.original_due_on === row.due_on && m.how === "rule";
    await Tasks.updateVersioned(
      db,
      who,
      row,
      null,
      {
        due_on: m.dueOnAfter,
        ...(keepsOriginal ? { original_due_on: m.dueOnAfter } : {}),
        decision_ref: row.decision_ref ?? reason.slice(0, 500),
      },
      "task.deadline_moved",
      now,
    );
    count++;
  }
  return count;
};
