/**
 * The errors a use case can fail with besides the domain's own (`TaskTransitionError`,
 * `TaskRuleError`): what it was asked to act on does not exist for the caller, or changed since
 * the caller read it. Tagged values, never HTTP: `http/domain-problem.ts` maps every tag to a
 * problem once.
 */
import * as Data from "effect/Data";

/** Nothing of that kind with that id exists for this caller (also: exists, but not theirs). */
export class NotFound extends Data.TaggedError("NotFound")<{
  /** What was looked for, in Vietnamese (“nhiệm vụ”, “đề nghị gia hạn”). */
  readonly what: string;
  readonly id: string;
}> {
  override get message(): string {
    return `Không tìm thấy ${this.what} ${this.id}`;
  }
}

/** The stored version is not the one the caller read (optimistic concurrency). */
export class StaleVersion extends Data.TaggedError("StaleVersion")<{
  /** What changed, in Vietnamese, capitalised (“Nhiệm vụ”). */
  readonly what: string;
  readonly id: string;
  readonly current: number;
}> {
  override get message(): string {
    return `${this.what} ${this.id} đã được cập nhật (phiên bản hiện tại ${this.current})`;
  }
}

/** A command names something that does not exist (an agency id not in the directory…). */
export class UnknownReference extends Data.TaggedError("UnknownReference")<{
  /** The command's field that names it (`leadAgencyId`). */
  readonly field: string;
  /** What it should name, in Vietnamese (“cơ quan”). */
  readonly what: string;
  readonly id: string;
}> {
  override get message(): string {
    return `Không có ${this.what} mã ${this.id} trong danh mục`;
  }
}

/** The caller reaches what it acts on but may not do this to it (an officer of another agency). */
export class Forbidden extends Data.TaggedError("Forbidden")<{
  /** Why, in Vietnamese and English (“Chỉ cơ quan chủ trì … / Only the lead agency …”). */
  readonly reason: string;
}> {
  override get message(): string {
    return this.reason;
  }
}
