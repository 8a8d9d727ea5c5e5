/**
 * Delegation and watchers — giao lại, theo dõi. The lead agency (cơ quan chủ trì) may hand a task
 * down its own hierarchy — department → office → officer (chuyên viên) — and stays accountable:
 * the task's `lead` never changes by delegation, the chain sits in `delegatedTo`, newest last.
 * Watchers (leaders, the secretariat) follow a task without acting on it.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import * as AgencyDirectory from "./agency-directory.js";
import * as IsoDate from "./iso-date.js";
import type { Task } from "./task.js";
import {
  checkDecision,
  type DecisionInput,
  Instant,
  record,
  type TaskError,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";

/** Whom a task is handed to: a subordinate agency or a named officer. */
export const DelegateTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("agency"), agencyId: z.string().nullable(), name: z.string().min(1) }),
  z.object({
    kind: z.literal("officer"),
    userId: z.string().nullable(),
    name: z.string().min(1).describe("Họ tên chuyên viên"),
    /** The officer's agency, when known. */
    agencyId: z.string().nullable(),
  }),
]);
export type DelegateTarget = z.infer<typeof DelegateTarget>;

/** One step down the chain. */
export const Delegation = z.object({
  to: DelegateTarget,
  on: IsoDate.IsoDate,
  at: Instant,
  by: z.string().min(1),
  note: z.string().nullable(),
  reference: z.string().nullable(),
});
export type Delegation = z.infer<typeof Delegation>;

/** Someone following the task: a user or a whole agency. */
export const Watcher = z.object({
  kind: z.enum(["user", "agency"]),
  id: z.string().min(1),
  name: z.string().nullable(),
  since: IsoDate.IsoDate,
});
export type Watcher = z.infer<typeof Watcher>;

/** Who handles the task now: the last delegate, else the lead. */
export const handlerOf = (task: Task): DelegateTarget => {
  const last = task.delegatedTo.at(-1);
  return last?.to ?? { kind: "agency", agencyId: task.lead.agencyId, name: task.lead.name };
};

/** Input of {@link delegate}. */
export interface DelegateInput extends DecisionInput {
  readonly to: DelegateTarget;
}

const agencyOf = (t: DelegateTarget): string | null => t.agencyId;

/**
 * Hands the task one step down. Fails with `TaskTransitionError` unless the task is open or
 * paused, and with `TaskRuleError` when the chain already ends with an officer
 * (`officer-is-last`), the target is already in the chain (`already-in-chain`) or — given a
 * directory and known agency ids — the target agency is not below the current handler
 * (`not-below`).
 */
export const delegate = (
  task: Task,
  input: DelegateInput,
  dir?: AgencyDirectory.AgencyDirectory,
): Result.Result<Task, TaskError> => {
  const action = "delegate" as const;
  if (task.lifecycle !== "open" && task.lifecycle !== "paused")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  const bad = checkDecision(input);
  if (bad !== null) return fail(bad.code, bad.problem);
  const parsed = DelegateTarget.safeParse(input.to);
  if (!parsed.success) return fail("target-invalid", "chưa ghi rõ cơ quan hoặc chuyên viên được giao.");
  const handler = handlerOf(task);
  if (handler.kind === "officer")
    return fail(
      "officer-is-last",
      `nhiệm vụ đã giao cho chuyên viên ${handler.name}; hãy thu hồi trước khi giao lại.`,
    );
  const to = parsed.data;
  const chain = [handlerOf({ ...task, delegatedTo: [] }), ...task.delegatedTo.map((d) => d.to)];
  const same = (a: DelegateTarget, b: DelegateTarget): boolean =>
    a.kind === b.kind &&
    (a.kind === "officer" && b.kind === "officer" && a.userId !== null
      ? a.userId === b.userId
      : a.agencyId !== null
        ? a.agencyId === b.agencyId && (a.kind === "agency" || a.name === b.name)
        : a.name === b.name);
  if (chain.some((c) => same(c, to)))
    return fail("already-in-chain", `“${to.name}” đã có trong chuỗi giao việc.`);
  const from = agencyOf(handler);
  const target = agencyOf(to);
  if (dir !== undefined && from !== null && target !== null) {
    const below =
      to.kind === "officer"
        ? AgencyDirectory.isWithin(dir, target, from)
        : target !== from && AgencyDirectory.isWithin(dir, target, from);
    if (!below)
      return fail(
        "not-below",
        `“${to.name}” không trực thuộc “${handler.name}”; chỉ được giao xuống đơn vị cấp dưới.`,
      );
  }
  const step: Delegation = {
    to,
    on: input.on,
    at: input.at ?? `${input.on}T00:00:00+07:00`,
    by: input.by.trim(),
    note: input.note?.trim() || null,
    reference: input.reference?.trim() || null,
  };
  return Result.succeed(record(task, action, input, { delegatedTo: [...task.delegatedTo, step] }));
};

/** Takes back the last step of the chain. `TaskRuleError` `no-delegation` when there is none. */
export const recall = (task: Task, input: DecisionInput): Result.Result<Task, TaskError> => {
  const action = "recall-delegation" as const;
  if (task.lifecycle !== "open" && task.lifecycle !== "paused")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action, ...bad }));
  if (task.delegatedTo.length === 0)
    return Result.fail(
      new TaskRuleError({
        taskId: task.id,
        action,
        code: "no-delegation",
        problem: "nhiệm vụ chưa được giao lại.",
      }),
    );
  return Result.succeed(record(task, action, input, { delegatedTo: task.delegatedTo.slice(0, -1) }));
};

/** Input of {@link watch}. */
export interface WatchInput extends DecisionInput {
  readonly watcher: Omit<Watcher, "since">;
}

/** Adds a watcher (any lifecycle). Already watching: the task is returned unchanged. */
export const watch = (task: Task, input: WatchInput): Result.Result<Task, TaskError> => {
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action: "watch", ...bad }));
  const parsed = Watcher.omit({ since: true }).safeParse(input.watcher);
  if (!parsed.success)
    return Result.fail(
      new TaskRuleError({
        taskId: task.id,
        action: "watch",
        code: "watcher-invalid",
        problem: "người theo dõi cần có loại (user/agency) và mã.",
      }),
    );
  const w = parsed.data;
  if (task.watchers.some((x) => x.kind === w.kind && x.id === w.id)) return Result.succeed(task);
  return Result.succeed(
    record(task, "watch", input, { watchers: [...task.watchers, { ...w, since: input.on }] }),
  );
};

/** Removes a watcher. Not watching: the task is returned unchanged. */
export const unwatch = (
  task: Task,
  input: DecisionInput & { readonly watcher: Pick<Watcher, "kind" | "id"> },
): Result.Result<Task, TaskError> => {
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action: "unwatch", ...bad }));
  const rest = task.watchers.filter((x) => !(x.kind === input.watcher.kind && x.id === input.watcher.id));
  if (rest.length === task.watchers.length) return Result.succeed(task);
  return Result.succeed(record(task, "unwatch", input, { watchers: rest }));
};
