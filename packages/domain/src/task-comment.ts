/**
 * TaskComment — trao đổi về nhiệm vụ. A message on a task's thread between the issuer's
 * secretariat and the agency: plain text of bounded length, with `@username` mentions of the
 * people it is addressed to. A draft task has no thread yet (it is not given to anyone).
 * Whether a mentioned person may see the task is the access policy's answer, not the domain's.
 */
import * as Result from "effect/Result";
import { z } from "zod";

import type { Task } from "./task.js";
import { Instant, isText, show, type TaskError, TaskRuleError, TaskTransitionError } from "./task-event.js";

/** The longest comment (characters, after trimming). */
export const BODY_MAX = 4000;

/** The most people one comment may mention. */
export const MENTIONS_MAX = 20;

export const TaskComment = z.object({
  id: z.string().min(1),
  taskId: z.string().min(1),
  by: z.string().min(1).describe("Người viết (mã hoặc tên)"),
  at: Instant,
  body: z.string().min(1).max(BODY_MAX).describe("Nội dung trao đổi"),
  /** Usernames mentioned (`@lan.vp`), lower-case, each once, in order of appearance. */
  mentions: z.array(z.string().min(1)),
});
export type TaskComment = z.infer<typeof TaskComment>;

/**
 * The usernames mentioned in `body`: `@` at the start or after a character that is not part of a
 * word or an address (so `lan@so.gov.vn` is no mention), then a username (`a-z 0-9 . _ -`);
 * a trailing dot ends the sentence, not the name.
 */
export const mentionsIn = (body: string): string[] => {
  const found: string[] = [];
  for (const m of body.normalize("NFC").matchAll(/(?<![\p{L}\p{N}_.@-])@([A-Za-z0-9._-]+)/gu)) {
    const name = (m[1] ?? "").replace(/\.+$/, "").toLowerCase();
    if (name.length > 0 && !found.includes(name)) found.push(name);
  }
  return found;
};

/** Input of {@link write}. */
export interface WriteInput {
  readonly id: string;
  readonly by: string;
  readonly at: Instant;
  readonly body: string;
}

/**
 * A comment on `task`. Fails with `TaskTransitionError` on a draft task, and with `TaskRuleError`
 * when the text is empty (`body-missing`), longer than {@link BODY_MAX} (`body-too-long`), mentions
 * more than {@link MENTIONS_MAX} people (`too-many-mentions`), or the author or instant is missing
 * (`actor-missing`, `invalid-instant`).
 */
export const write = (task: Task, input: WriteInput): Result.Result<TaskComment, TaskError> => {
  const action = "comment" as const;
  if (task.lifecycle === "draft")
    return Result.fail(new TaskTransitionError({ taskId: task.id, action, from: task.lifecycle }));
  const fail = (code: string, problem: string) =>
    Result.fail(new TaskRuleError({ taskId: task.id, action, code, problem }));
  if (typeof input !== "object" || input === null) return fail("input-missing", "thiếu nội dung trao đổi.");
  if (!isText(input.by) || input.by.trim().length === 0) return fail("actor-missing", "chưa ghi người viết.");
  if (!Instant.safeParse(input.at).success)
    return fail("invalid-instant", `thời điểm “${show(input.at)}” không đúng định dạng ISO 8601.`);
  const body = isText(input.body) ? input.body.normalize("NFC").trim() : "";
  if (body.length === 0) return fail("body-missing", "nội dung trao đổi để trống.");
  if (body.length > BODY_MAX) return fail("body-too-long", `nội dung trao đổi dài quá ${BODY_MAX} ký tự.`);
  const mentions = mentionsIn(body);
  if (mentions.length > MENTIONS_MAX)
    return fail("too-many-mentions", `chỉ nhắc tên tối đa ${MENTIONS_MAX} người trong một trao đổi.`);
  return Result.succeed({ id: input.id, taskId: task.id, by: input.by.trim(), at: input.at, body, mentions });
};
