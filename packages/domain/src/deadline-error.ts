/**
 * Why a deadline rule could not be resolved. Each error carries the offending values and a
 * Vietnamese message that tells the clerk what to correct.
 */
import * as Data from "effect/Data";

/** A date in the rule or the context is not a real `YYYY-MM-DD` date. */
export class InvalidDeadlineDate extends Data.TaggedError("InvalidDeadlineDate")<{
  /** Which field held the date (`date`, `from.on`, `anchor`, `startsOn`). */
  readonly field: string;
  readonly value: string;
}> {
  override get message(): string {
    return `Ngày “${this.value}” (${this.field}) không hợp lệ: cần một ngày có thật theo dạng YYYY-MM-DD, ví dụ 2024-01-08.`;
  }
}

/** A “within N …” deadline whose start event has no date, and no anchor date was given. */
export class MissingStartDate extends Data.TaggedError("MissingStartDate")<{
  /** The event the period counts from (`received`, `notice-issued`, …). */
  readonly event: string;
  /** The event as written in the notice, if any. */
  readonly label: string | null;
}> {
  override get message(): string {
    const what = this.label ?? "sự kiện bắt đầu tính thời hạn";
    return `Không tính được hạn: chưa biết ngày của “${what}” và không có ngày mốc (ngày ban hành thông báo). Hãy nhập ngày bắt đầu tính thời hạn.`;
  }
}

/** A rule whose numbers make no sense (month 13, quarter 5, a period of 0 days…). */
export class InvalidDeadlineRule extends Data.TaggedError("InvalidDeadlineRule")<{
  readonly kind: string;
  /** What is wrong, in Vietnamese. */
  readonly reason: string;
}> {
  override get message(): string {
    return `Quy tắc thời hạn (${this.kind}) không hợp lệ: ${this.reason}.`;
  }
}

/** The computed deadline falls outside the years the calendar covers (0001–9999). */
export class DeadlineOutOfRange extends Data.TaggedError("DeadlineOutOfRange")<{
  readonly kind: string;
}> {
  override get message(): string {
    return `Hạn tính được (${this.kind}) nằm ngoài phạm vi lịch (năm 0001–9999): hãy kiểm tra lại số ngày, tháng, năm.`;
  }
}

/** Every way `DeadlineRule.resolve` can fail. */
export type DeadlineError = InvalidDeadlineDate | MissingStartDate | InvalidDeadlineRule | DeadlineOutOfRange;
