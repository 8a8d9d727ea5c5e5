/**
 * ProgressReport — báo cáo tiến độ. What an agency officer reports on a task: the day, a text,
 * an optional percentage and attachments. Reports accumulate on the task; the last one is its
 * current progress.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import * as IsoDate from "./iso-date.js";
import type { Task } from "./task.js";
import {
  checkDecision,
  type DecisionInput,
  Instant,
  isText,
  record,
  type TaskError,
  TaskRuleError,
  TaskTransitionError,
} from "./task-event.js";

/** A file attached to a report (stored elsewhere; the domain keeps its name and address). */
export const Attachment = z.object({
  name: z.string().min(1).describe("Tên tệp"),
  url: z.string().min(1).describe("Địa chỉ hoặc mã tệp trong kho lưu trữ"),
  mediaType: z.string().nullable(),
});
export type Attachment = z.infer<typeof Attachment>;

export const ProgressReport = z.object({
  id: z.string().min(1),
  reportedOn: IsoDate.IsoDate,
  at: Instant,
  by: z.string().min(1),
  /** The agency reporting (the lead, a coordinator or a delegate). */
  agencyId: z.string().nullable(),
  text: z.string().min(1).describe("Nội dung báo cáo"),
  percent: z.number().min(0).max(100).nullable().describe("Tỷ lệ hoàn thành ước tính (%)"),
  attachments: z.array(Attachment),
  reference: z.string().nullable().describe("Văn bản báo cáo, ví dụ “Báo cáo 45/BC-STTTT”"),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

/** Input of {@link add}. */
export interface ProgressInput extends DecisionInput {
  readonly text: string;
  readonly percent?: number | null;
  readonly agencyId?: string | null;
  readonly attachments?: ReadonlyArray<Attachment>;
  /** Defaults to `<task id>/progress-<n>`. */
  readonly id?: string;
}

/**
 * Appends a progress report to an open or paused task. Fails with `TaskTransitionError` on a
 * draft, done or cancelled task and with `TaskRuleError` for an empty text, a percentage outside
 * 0–100 or a date before the task was created.
 */
export const add = (task: Task, input: ProgressInput): Result.Result<Task, TaskError> => {
  const action = "report-progress" as const;
  if (task.lifecycle !== "open" && task.lifecycle !== "paused")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const bad = checkDecision(input);
  if (bad !== null) return Result.fail(new TaskRuleError({ taskId: task.id, action, ...bad }));
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  if (!isText(input.text) || input.text.trim().length === 0)
    return fail("text-missing", "nội dung báo cáo để trống.");
  const percent = input.percent ?? null;
  if (percent !== null && !(typeof percent === "number" && percent >= 0 && percent <= 100))
    return fail("percent-out-of-range", `tỷ lệ hoàn thành ${percent}% phải nằm trong khoảng 0–100.`);
  const attachments = z.array(Attachment).safeParse(input.attachments ?? []);
  if (!attachments.success)
    return fail("attachments-invalid", "tệp đính kèm cần có tên (name) và địa chỉ (url).");
  if (input.agencyId != null && !isText(input.agencyId))
    return fail("agency-invalid", "mã cơ quan phải là văn bản.");
  if (input.on < task.createdAt.slice(0, 10))
    return fail("before-creation", `ngày báo cáo ${IsoDate.formatVi(input.on)} trước ngày tạo nhiệm vụ.`);
  const report: ProgressReport = {
    id: input.id ?? `${task.id}/progress-${task.progress.length + 1}`,
    reportedOn: input.on,
    at: input.at ?? `${input.on}T00:00:00+07:00`,
    by: input.by.trim(),
    agencyId: input.agencyId ?? task.lead.agencyId,
    text: input.text.trim(),
    percent,
    attachments: attachments.data,
    reference: input.reference?.trim() || null,
  };
  return Result.succeed(record(task, action, input, { progress: [...task.progress, report] }));
};

/** The latest report (by day, then by order of entry), or `null`. */
export const latest = (task: Task): ProgressReport | null => {
  let best: ProgressReport | null = null;
  for (const r of task.progress) if (best === null || r.reportedOn >= best.reportedOn) best = r;
  return best;
};
