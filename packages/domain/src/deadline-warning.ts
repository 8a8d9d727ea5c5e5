/**
 * DeadlineWarning — what the resolver wants a clerk to check about a due date it did compute (or
 * deliberately left empty): a due date before the notice's own date, one more than five years
 * after it, a date in a year whose official days off are not yet known, a count from an event
 * whose date the notice does not give. The parser's warnings carry a span in the text; these carry
 * none, because they come from the rule, not from the words.
 */
import { z } from "zod";

/** The closed list of warning codes the resolver emits. */
export const DeadlineWarningCode = z.enum([
  /** The due date is earlier than the notice's date (anchor). */
  "deadline-before-issue",
  /** The due date is more than five years after the notice's date. */
  "deadline-far-future",
  /** The due date lies in a year whose official days off are not in the calendar. */
  "provisional-calendar",
  /** The due date lies before 2019: only the statutory holidays are known. */
  "historical-calendar",
  /** A “within N days of EVENT” rule whose event has no date: no due date is computed. */
  "deadline-event-date",
]);
export type DeadlineWarningCode = z.infer<typeof DeadlineWarningCode>;

/** One warning of the resolver, in Vietnamese (for the clerk) and English. */
export const DeadlineWarning = z.object({
  code: DeadlineWarningCode,
  message: z.string().describe("Cảnh báo bằng tiếng Việt"),
  messageEn: z.string().describe("The same warning in English"),
});
export type DeadlineWarning = z.infer<typeof DeadlineWarning>;

/** The years after a notice beyond which a due date is suspicious (likely a typo in the year). */
export const FAR_FUTURE_YEARS = 5;
