/**
 * The stored lifecycle of a task (trạng thái xử lý). Timeliness (đúng hạn / quá hạn) is never
 * stored: it is derived from this lifecycle, the current deadline and an instant (see `timeliness.ts`).
 */
import { z } from "zod";

/**
 * `draft`: parsed from a notice not yet published; `open`: being carried out; `submitted`: the
 * agency reported it done and the office has yet to accept the report (chờ xác nhận hoàn thành,
 * only when the policy pack asks for acceptance); `done`: completed; `paused`: suspended by a
 * decision; `cancelled`: withdrawn by a decision.
 */
export const TaskLifecycle = z.enum(["draft", "open", "submitted", "done", "paused", "cancelled"]);
export type TaskLifecycle = z.infer<typeof TaskLifecycle>;
