/**
 * Task — nhiệm vụ. What one lead agency (cơ quan chủ trì) must do under one directive of a
 * notice, with its coordinators (phối hợp), mode (giao / đề nghị), deadline rule and everything
 * that happens to it: progress reports, extension requests, delegation down the lead's hierarchy,
 * watchers, explanation requests and a history of decisions. The lifecycle is changed only by the
 * transition functions here (draft → open → done / paused / cancelled, reopen), each returning the
 * new task or a typed error; `version` counts changes for optimistic concurrency.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import * as AgencyDirectory from "./agency-directory.js";
import { CompletionDecision, CompletionReport, completionDateProblem } from "./completion-report.js";
import { DeadlineRule } from "./deadline-rule.js";
import type * as DecisionPolicy from "./decision-policy.js";
import { Delegation, Watcher } from "./delegation.js";
import { ExplanationRequest } from "./explanation-request.js";
import { currentDueOn, Extension } from "./extension.js";
import * as IsoDate from "./iso-date.js";
import { type ParsedAgency, type ParsedTask, TaskMode } from "./parsed-notice.js";
import { ProgressReport } from "./progress-report.js";
import {
  checkDecision,
  type DecisionInput,
  Instant,
  record,
  type TaskAction,
  type TaskError,
  TaskEvent,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";
import { TaskLifecycle } from "./task-lifecycle.js";

export {
  type DecisionInput,
  Instant,
  TaskAction,
  type TaskError,
  TaskEvent,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";
export { TaskMode };

/** An agency on a task: as written, and the directory agency when one matched. */
export const Assignee = z.object({
  agencyId: z.string().nullable().describe("Mã cơ quan trong danh mục; null khi chưa xác định"),
  name: z.string().min(1).describe("Tên cơ quan như trong văn bản"),
});
export type Assignee = z.infer<typeof Assignee>;

export const Task = z.object({
  id: z.string().min(1),
  noticeId: z.string().nullable().describe("Thông báo giao nhiệm vụ"),
  directivePath: z.string().nullable().describe("Mục kết luận, ví dụ `2.a`"),
  lead: Assignee.describe("Cơ quan chủ trì, chịu trách nhiệm chính"),
  coordinators: z.array(Assignee).describe("Cơ quan phối hợp"),
  /** The collective phrase the task was fanned out from (“Các sở, ban, ngành, địa phương”). */
  collectivePhrase: z.string().nullable(),
  mode: TaskMode,
  action: z.string().min(1).describe("Nội dung công việc"),
  deadline: DeadlineRule,
  /**
   * The deadline phrase as written when no rule could be read from it (`deadline` is then
   * `none`): publishing refuses such a task until a date is set or it is marked as having none.
   */
  unreadDeadlinePhrase: z.string().nullable().optional().describe("Cụm thời hạn chưa đọc được"),
  /** The due date the rule resolved to when the task was created (before any extension). */
  originalDueOn: IsoDate.IsoDate.nullable(),
  lifecycle: TaskLifecycle,
  completedOn: IsoDate.IsoDate.nullable(),
  /** The agency's latest completion report, when the policy asks the office to accept it. */
  completionReport: CompletionReport.nullable().optional(),
  /** The office's last return of a completion report, with its reason (kept after a new report). */
  completionReturn: CompletionDecision.nullable().optional(),
  extensions: z.array(Extension),
  progress: z.array(ProgressReport),
  /** Resolutions (nghị quyết, đề án…) the task contributes to. */
  resolutionIds: z.array(z.string()),
  /** The task of an earlier notice this one carries over (“nhiệm vụ đã giao tại Thông báo 923/TB-UBND”). */
  carriesOverTaskId: z.string().nullable(),
  /** Delegation chain, newest last; the lead stays accountable. */
  delegatedTo: z.array(Delegation),
  watchers: z.array(Watcher),
  /**
   * The named officer (chuyên viên xử lý) of the lead agency handling the task inside it; `null`
   * (or absent) while the agency has named none. Set by `TaskHandler.assign`.
   */
  handler: z
    .object({ userId: z.string().min(1), name: z.string().min(1) })
    .nullable()
    .optional()
    .describe("Chuyên viên xử lý"),
  explanationRequests: z.array(ExplanationRequest),
  history: z.array(TaskEvent),
  version: z.number().int().nonnegative().describe("Phiên bản, tăng sau mỗi thay đổi (ETag)"),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Task = z.infer<typeof Task>;

/** Fields needed to create a task; everything else starts empty. */
export type TaskInit = Pick<Task, "id" | "lead" | "mode" | "action" | "deadline" | "createdAt"> &
  Partial<
    Pick<
      Task,
      | "noticeId"
      | "directivePath"
      | "coordinators"
      | "collectivePhrase"
      | "originalDueOn"
      | "resolutionIds"
      | "carriesOverTaskId"
      | "watchers"
      | "lifecycle"
      | "unreadDeadlinePhrase"
    >
  >;

/** A new task, `draft` unless told otherwise, version 0, validated by the {@link Task} schema. */
export const make = (init: TaskInit): Result.Result<Task, TaskRuleError> => {
  const parsed = Task.safeParse({
    noticeId: null,
    directivePath: null,
    coordinators: [],
    collectivePhrase: null,
    originalDueOn: null,
    resolutionIds: [],
    carriesOverTaskId: null,
    watchers: [],
    lifecycle: "draft",
    ...init,
    completedOn: null,
    extensions: [],
    progress: [],
    delegatedTo: [],
    explanationRequests: [],
    history: [],
    version: 0,
    updatedAt: init.createdAt,
  });
  if (parsed.success) return Result.succeed(parsed.data);
  return Result.fail(
    new TaskRuleError({
      taskId: init.id,
      action: "create",
      code: "invalid-task",
      problem: parsed.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`).join("; "),
    }),
  );
};

const fromParsedAgency = (a: ParsedAgency): Assignee => ({ agencyId: a.agencyId, name: a.name });

/**
 * A draft task from a parsed task (the parse contract). A collective lead keeps its phrase in
 * `collectivePhrase`; fan it out with `CollectiveAssignee.expand` before publishing.
 */
export const fromParsed = (
  parsed: ParsedTask,
  ids: {
    readonly id: string;
    readonly noticeId: string | null;
    readonly directivePath: string | null;
    readonly createdAt: Instant;
  },
): Result.Result<Task, TaskRuleError> => {
  const deadline: DeadlineRule = parsed.deadline.rule ?? {
    kind: "none",
    phrase: null,
  };
  const phrase = parsed.deadline.phrase?.trim() ?? "";
  return make({
    ...ids,
    ...(parsed.deadline.rule === null && phrase.length > 0 ? { unreadDeadlinePhrase: phrase } : {}),
    lead: fromParsedAgency(parsed.lead),
    coordinators: parsed.coordinators.map(fromParsedAgency),
    collectivePhrase: parsed.lead.collective ? parsed.lead.name : null,
    mode: parsed.mode,
    action: parsed.action.trim().length > 0 ? parsed.action : parsed.lead.name,
    deadline,
    originalDueOn: parsed.deadline.dueOn,
  });
};

/**
 * What `Timeliness.of` / `Timeliness.at` need: the lifecycle, the deadline in force (after
 * approved extensions), its hour when the notice gave one (“trước 17 giờ ngày …”, kept only while
 * no extension moved the day) and the completion day.
 */
export const timesOf = (
  task: Task,
): {
  readonly lifecycle: TaskLifecycle;
  readonly dueOn: IsoDate.IsoDate | null;
  readonly completedOn: IsoDate.IsoDate | null;
  readonly dueTime: string | null;
} => {
  const dueOn = currentDueOn(task);
  const rule = task.deadline;
  const dueTime =
    rule.kind === "on-date" && typeof rule.time === "string" && dueOn !== null && dueOn === task.originalDueOn
      ? rule.time
      : null;
  return { lifecycle: task.lifecycle, dueOn, completedOn: task.completedOn, dueTime };
};

/** Lifecycle states a task can never leave. */
export const terminal: ReadonlySet<TaskLifecycle> = new Set(["cancelled"]);

/** Whether the task is still to be carried out (open or paused). */
export const isActive = (task: Task): boolean => task.lifecycle === "open" || task.lifecycle === "paused";

const transitions: Record<
  "publish" | "complete" | "pause" | "resume" | "reopen" | "cancel",
  { readonly from: ReadonlyArray<TaskLifecycle>; readonly to: TaskLifecycle; readonly needsNote: boolean }
> = {
  publish: { from: ["draft"], to: "open", needsNote: false },
  complete: { from: ["open"], to: "done", needsNote: false },
  pause: { from: ["open"], to: "paused", needsNote: true },
  resume: { from: ["paused"], to: "open", needsNote: false },
  reopen: { from: ["done"], to: "open", needsNote: true },
  cancel: { from: ["draft", "open", "submitted", "paused"], to: "cancelled", needsNote: true },
};

/** Which actions the lifecycle allows from a state (for UIs: the buttons to show). */
export const allowedFrom = (state: TaskLifecycle): ReadonlyArray<keyof typeof transitions> =>
  (Object.keys(transitions) as (keyof typeof transitions)[]).filter((a) =>
    transitions[a].from.includes(state),
  );

const move = (
  task: Task,
  action: keyof typeof transitions & TaskAction,
  input: DecisionInput,
  extra: Partial<Task> = {},
): Result.Result<Task, TaskError> => {
  const t = transitions[action];
  if (!t.from.includes(task.lifecycle))
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  const bad = checkDecision(input);
  if (bad !== null) return fail(bad.code, bad.problem);
  if (t.needsNote && (input.note ?? "").trim().length === 0)
    return fail("reason-missing", "cần ghi lý do (trường note).");
  if (input.on < task.createdAt.slice(0, 10))
    return fail("before-creation", `ngày ${IsoDate.formatVi(input.on)} trước ngày tạo nhiệm vụ.`);
  return Result.succeed(record(task, action, input, { lifecycle: t.to, ...extra }));
};

/** Deadline kinds that promise a date: a task of these kinds without a due date is unresolved. */
const DATED_KINDS: ReadonlySet<DeadlineRule["kind"]> = new Set(["on-date", "within", "end-of-period"]);

/**
 * The deadline phrase of a task that states a deadline but has no due date (its phrase did not
 * resolve, or no rule was read from it); `null` when the task's deadline is settled.
 */
export const unresolvedDeadline = (task: Task): string | null => {
  if (task.originalDueOn !== null) return null;
  if (DATED_KINDS.has(task.deadline.kind)) return task.deadline.phrase ?? "";
  const unread = task.unreadDeadlinePhrase?.trim() ?? "";
  return task.deadline.kind === "none" && unread.length > 0 ? unread : null;
};

/** Input of {@link publish}. */
export interface PublishInput extends DecisionInput {
  /** The clerk confirmed that a task whose deadline phrase did not resolve has no deadline. */
  readonly noDeadline?: boolean;
}

const excerpt = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * Publishes a draft: draft → open (the notice was issued). Fails with `TaskRuleError`
 * `deadline-unresolved` when the task states a deadline that resolved to no date — unless the
 * command says `noDeadline`, and the task is then published without one (its rule becomes
 * `none`, the phrase stays in the history).
 */
export const publish = (task: Task, input: PublishInput): Result.Result<Task, TaskError> => {
  const phrase = unresolvedDeadline(task);
  if (phrase !== null && input.noDeadline !== true) {
    const where = task.directivePath === null ? "" : ` (mục ${task.directivePath})`;
    return Result.fail(
      new TaskRuleError({
        taskId: task.id,
        action: "publish",
        code: "deadline-unresolved",
        problem: `nhiệm vụ “${excerpt(task.action)}”${where} có thời hạn “${phrase}” nhưng chưa xác định được ngày hạn; hãy nhập ngày hạn hoặc đánh dấu “không có thời hạn”.`,
      }),
    );
  }
  if (phrase === null) return move(task, "publish", input);
  const note = input.note ?? `Không có thời hạn (cụm “${phrase}” không xác định được ngày)`;
  return move(task, "publish", { ...input, note }, { deadline: { kind: "none", phrase: null } });
};

/**
 * Marks an open task done on `on`. Fails with `TaskTransitionError` from any other state (“Không
 * thể đánh dấu hoàn thành nhiệm vụ đã bị hủy”), `TaskRuleError` for bad input: a completion day
 * before the task was created (`before-creation`) or after the instant it is recorded at
 * (`in-the-future`); with a policy, a task long overdue when the completion is recorded needs a
 * reason in `note` (`overdue-reason-missing`). This is the office's completion, or any completion
 * under a policy without acceptance: an agency's report under a policy that asks for acceptance
 * goes through `CompletionReport.submit` instead (`DecisionPolicy.needsAcceptance` tells which).
 */
export const complete = (
  task: Task,
  input: DecisionInput,
  policy?: DecisionPolicy.DecisionPolicy,
): Result.Result<Task, TaskError> => {
  const bad = completionDateProblem(task, input, policy);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action: "complete", ...bad }));
  return move(task, "complete", input, { completedOn: input.on });
};

/** Suspends an open task by a decision; the reason (`note`) is required. */
export const pause = (task: Task, input: DecisionInput): Result.Result<Task, TaskError> =>
  move(task, "pause", input);

/** Resumes a paused task. */
export const resume = (task: Task, input: DecisionInput): Result.Result<Task, TaskError> =>
  move(task, "resume", input);

/** Reopens a done task (the result was not accepted); the reason is required. */
export const reopen = (task: Task, input: DecisionInput): Result.Result<Task, TaskError> =>
  move(task, "reopen", input, { completedOn: null });

/** Withdraws a draft, open, submitted or paused task for good; the reason is required. */
export const cancel = (task: Task, input: DecisionInput): Result.Result<Task, TaskError> =>
  move(task, "cancel", input);

/** Input of {@link reassign}. */
export interface ReassignInput extends DecisionInput {
  readonly lead: Assignee;
}

/**
 * Moves the task to another lead agency (e.g. the successor after a merger), keeping its
 * history. Only for tasks not yet finished (draft, open, paused).
 */
export const reassign = (task: Task, input: ReassignInput): Result.Result<Task, TaskError> => {
  const action = "reassign" as const;
  if (task.lifecycle === "done" || task.lifecycle === "cancelled")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action, ...bad }));
  const lead = Assignee.safeParse(input.lead);
  if (!lead.success)
    return Result.fail(
      new TaskRuleError({
        taskId: task.id,
        action,
        code: "lead-invalid",
        problem: "chưa ghi tên cơ quan chủ trì mới.",
      }),
    );
  return Result.succeed(
    record(
      task,
      action,
      { ...input, note: input.note ?? `${task.lead.name} → ${lead.data.name}` },
      { lead: lead.data },
    ),
  );
};

/**
 * Hands an unfinished task whose lead (or coordinators) no longer exist on `on` to their
 * successors in the directory (the 2025 mergers), recording the change. A task with nothing to
 * move — or already finished — is returned unchanged.
 */
export const followSuccession = (
  task: Task,
  dir: AgencyDirectory.AgencyDirectory,
  input: DecisionInput,
): Result.Result<Task, TaskError> => {
  if (task.lifecycle === "done" || task.lifecycle === "cancelled") return Result.succeed(task);
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action: "reassign", ...bad }));
  const moved: string[] = [];
  const follow = (a: Assignee): Assignee => {
    if (a.agencyId === null) return a;
    const h = AgencyDirectory.holderOn(dir, a.agencyId, input.on);
    if (h === null || h.via.length === 0) return a;
    moved.push(`${a.name} → ${h.agency.name}`);
    return { agencyId: h.agency.id, name: h.agency.name };
  };
  const lead = follow(task.lead);
  const coordinators = task.coordinators
    .map(follow)
    .filter(
      (c, i, all) =>
        c.agencyId === null ||
        (c.agencyId !== lead.agencyId && all.findIndex((x) => x.agencyId === c.agencyId) === i),
    );
  if (moved.length === 0) return Result.succeed(task);
  const note = input.note ?? `Chuyển theo cơ quan kế thừa: ${moved.join("; ")}`;
  return Result.succeed(record(task, "reassign", { ...input, note }, { lead, coordinators }));
};

/** Input of {@link revise}: the fields to change, and the lifecycle of the task's notice. */
export interface RevisionInput extends DecisionInput {
  readonly action?: string;
  readonly lead?: Assignee;
  readonly coordinators?: ReadonlyArray<Assignee>;
  /** A new due date: a draft's only (a published task's deadline moves by an extension). */
  readonly dueOn?: IsoDate.IsoDate | null;
  readonly noticeLifecycle?: "draft" | "published" | "archived";
}

/**
 * Edits a task's content. A draft (under review) may change anything, its due date included; an
 * open or paused task may change its text and coordinators, and its lead agency (as
 * {@link reassign}); its deadline moves only by an extension (`due-date-locked`). Done and
 * cancelled tasks, and every task of an archived notice (`notice-archived`), are not edited.
 */
export const revise = (task: Task, input: RevisionInput): Result.Result<Task, TaskError> => {
  const action = "revise" as const;
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  if (task.lifecycle === "done" || task.lifecycle === "cancelled")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return fail(bad.code, bad.problem);
  if (input.noticeLifecycle === "archived")
    return fail("notice-archived", "thông báo giao nhiệm vụ đã lưu trữ; khôi phục thông báo trước khi sửa.");
  const changes: Partial<Task> = {};
  if (input.action !== undefined) {
    if (input.action.trim().length === 0) return fail("action-missing", "nội dung công việc để trống.");
    changes.action = input.action.trim();
  }
  if (input.lead !== undefined) {
    const lead = Assignee.safeParse(input.lead);
    if (!lead.success) return fail("lead-invalid", "chưa ghi tên cơ quan chủ trì mới.");
    changes.lead = lead.data;
  }
  if (input.coordinators !== undefined) {
    const lead = changes.lead ?? task.lead;
    changes.coordinators = input.coordinators.filter(
      (c) => c.agencyId === null || c.agencyId !== lead.agencyId,
    );
  }
  if (input.dueOn !== undefined && input.dueOn !== currentDueOn(task)) {
    if (task.lifecycle !== "draft")
      return fail(
        "due-date-locked",
        `thời hạn của nhiệm vụ đã giao (${IsoDate.formatVi(currentDueOn(task) ?? "")}) chỉ thay đổi bằng gia hạn, có văn bản chấp thuận.`,
      );
    if (input.dueOn !== null && !IsoDate.IsoDate.safeParse(input.dueOn).success)
      return fail("invalid-date", `ngày “${String(input.dueOn)}” không đúng định dạng YYYY-MM-DD.`);
    changes.originalDueOn = input.dueOn;
  }
  return Result.succeed(record(task, action, input, changes));
};
