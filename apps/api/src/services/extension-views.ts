/**
 * Extension requests as the API shows them: the stored request, the task it concerns (what, who
 * leads it, its deadline in force, days left or days overdue) and the domain's `ExtensionFlags`
 * under the rules in force — a request made after the due date, beyond the policy pack's lead
 * time or cap, or one whose approval today needs a written reason. Two queries for a page: the
 * tasks, and every request of those tasks (the cap counts the granted ones).
 */
import { DecisionPolicy, ExtensionFlags, Lateness } from "@dondoc/domain";
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";
import { type ExtensionRow, extensionOf, toTask } from "../repositories/task-repository.js";
import { extensionView } from "./follow-up.js";
import type { Rules } from "./rules.js";
import * as Tasks from "./tasks.js";

export type ExtensionViewOf = ReturnType<typeof extensionView> & {
  readonly task: {
    readonly id: string;
    readonly action: string;
    readonly leadName: string;
    readonly leadAgencyId: string | null;
    readonly dueOn: string | null;
    readonly timeliness: ReturnType<Rules["judge"]>;
    readonly lateness: Lateness.Lateness | null;
    readonly daysLeft: number | null;
  };
  readonly flags: ExtensionFlags.ExtensionFlags;
};

/** The views of `rows` (requests of tasks the caller may see), in their order. */
export const extensionViews = async (
  db: Kysely<Database>,
  rows: ReadonlyArray<ExtensionRow>,
  rules: Rules,
): Promise<ExtensionViewOf[]> => {
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((r) => r.task_id))];
  const tasks = await db.selectFrom("tasks").selectAll().where("id", "in", ids).execute();
  const all = await db.selectFrom("extension_requests").selectAll().where("task_id", "in", ids).execute();
  const policy = DecisionPolicy.of(rules.policy, rules.calendar);
  const byTask = new Map(
    tasks.map((t) => {
      const exts = all.filter((e) => e.task_id === t.id);
      return [t.id, { row: t, task: toTask(t, exts, { directivePath: null, issuedOn: null }) }] as const;
    }),
  );
  return rows.flatMap((r) => {
    const found = byTask.get(r.task_id);
    if (found === undefined) return [];
    const shown = Tasks.view(found.row, rules);
    const ext = found.task.extensions.find((e) => e.id === r.id) ?? extensionOf(r);
    return [
      {
        ...extensionView(r),
        task: {
          id: shown.id,
          action: shown.action,
          leadName: shown.leadName,
          leadAgencyId: shown.leadAgencyId,
          dueOn: shown.dueOn,
          timeliness: shown.timeliness,
          lateness: shown.lateness,
          daysLeft: shown.dueOn === null ? null : Lateness.daysLeft(shown.dueOn, rules.today),
        },
        flags: ExtensionFlags.of(ext, found.task, policy, rules.today),
      },
    ];
  });
};

/** The view of one request. */
export const extensionViewOf = async (
  db: Kysely<Database>,
  row: ExtensionRow,
  rules: Rules,
): Promise<ExtensionViewOf> => {
  const [one] = await extensionViews(db, [row], rules);
  if (one === undefined) throw new Error(`task ${row.task_id} of extension request ${row.id} is missing`);
  return one;
};
