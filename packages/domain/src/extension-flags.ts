/**
 * ExtensionFlags — what the issuer should notice before deciding an extension request: a request
 * made after the deadline then in force (“yêu cầu sau hạn”: allowed, but flagged), one made closer
 * to that deadline than the policy pack's lead time, one the pack's cap on extensions no longer
 * leaves room for, and a decision that, taken today on a long-overdue task, needs a written reason.
 * The rules are `Extension`'s and `DecisionPolicy`'s; this module reads them for one request, for
 * a screen to show (a pack changed since the request can make a request accepted then beyond the
 * policy now).
 */
import { z } from "zod";

import * as DecisionPolicy from "./decision-policy.js";
import * as Extension from "./extension.js";
import type { IsoDate } from "./iso-date.js";
import type { Task } from "./task.js";

export const ExtensionFlags = z
  .object({
    late: z.boolean().describe("Đề nghị gửi sau khi đã quá hạn (yêu cầu sau hạn)"),
    shortNotice: z
      .object({
        required: z.number().int().describe("Số ngày làm việc trước hạn quy chế yêu cầu"),
        left: z.number().int().describe("Số ngày làm việc còn lại đến hạn khi đề nghị (âm: đã quá hạn)"),
      })
      .nullable()
      .describe("Đề nghị gửi muộn hơn thời gian quy chế yêu cầu trước hạn; null: đúng quy chế"),
    capReached: z
      .object({
        max: z.number().int().describe("Số lần gia hạn tối đa theo quy chế"),
        granted: z.number().int().describe("Số lần đã được gia hạn"),
      })
      .nullable()
      .describe("Đề nghị đang chờ mà nhiệm vụ đã dùng hết số lần gia hạn quy chế cho phép; null: còn"),
    beyondPolicy: z
      .boolean()
      .describe("Vượt quy chế: gửi muộn hơn thời gian yêu cầu hoặc quá số lần gia hạn"),
    reasonRequiredAfter: z
      .number()
      .int()
      .nullable()
      .describe(
        "Đề nghị đang chờ của nhiệm vụ quá hạn lâu: số ngày làm việc quá hạn hôm nay, chấp thuận phải ghi lý do; null: không cần",
      ),
  })
  .describe("Các điểm cần lưu ý khi quyết định đề nghị gia hạn");
export type ExtensionFlags = z.infer<typeof ExtensionFlags>;

/**
 * The flags of request `ext` of `task` under `policy`, decided on `today`. The cap and the reason
 * concern a pending request (the decision still to take); lateness and lead time any request.
 */
export const of = (
  ext: Extension.Extension,
  task: Pick<Task, "extensions" | "originalDueOn">,
  policy: Extension.ExtensionPolicy,
  today: IsoDate,
): ExtensionFlags => {
  const late = Extension.isLateRequest(ext.requestedOn, ext.previousDueOn);
  const required = policy.extension.minWorkingDaysBeforeDeadline;
  const left =
    ext.previousDueOn === null || !(required > 0)
      ? null
      : policy.workingDaysBetween(ext.requestedOn, ext.previousDueOn);
  const shortNotice = left !== null && left < required ? { required, left } : null;
  const pending = ext.status === "pending";
  const capReached = pending ? Extension.capReached(task, policy) : null;
  const reasonRequiredAfter = pending
    ? DecisionPolicy.overdueBeyondLimit(policy, Extension.currentDueOn(task), today)
    : null;
  return {
    late,
    shortNotice,
    capReached,
    beyondPolicy: shortNotice !== null || capReached !== null,
    reasonRequiredAfter,
  };
};
