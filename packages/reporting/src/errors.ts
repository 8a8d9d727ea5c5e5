/**
 * The typed failures of the reporting package. Every failure is a value (an Effect
 * `Data.TaggedError`) with structured fields and a Vietnamese message a clerk can act on; nothing in
 * this package throws for bad input. Callers recover by `_tag`.
 */
import * as Data from "effect/Data";

/** One problem found in the input, with the path of the field (`tasks[3].assignedOn`). */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

const listIssues = (issues: readonly Issue[]): string =>
  issues
    .slice(0, 5)
    .map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`))
    .join("; ") + (issues.length > 5 ? `; và ${issues.length - 5} lỗi khác` : "");

/** The report data (the JSON export) does not match the `ReportData` schema. */
export class InvalidReportData extends Data.TaggedError("InvalidReportData")<{
  readonly issues: readonly Issue[];
}> {
  override get message(): string {
    return `Dữ liệu báo cáo không hợp lệ — ${listIssues(this.issues)}. Kiểm tra lại tệp dữ liệu xuất từ hệ thống.`;
  }
}

/** The document details (issuer, number, signer…) given to a renderer are incomplete or wrong. */
export class InvalidDocumentMeta extends Data.TaggedError("InvalidDocumentMeta")<{
  readonly issues: readonly Issue[];
}> {
  override get message(): string {
    return `Thông tin văn bản báo cáo không hợp lệ — ${listIssues(this.issues)}. Kiểm tra cơ quan ban hành, địa danh, ngày và người ký.`;
  }
}

/** The issues of a zod error, with dotted/bracketed paths (`tasks[3].assignedOn`). */
export const issuesOf = (error: {
  readonly issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Issue[] =>
  error.issues.map((i) => ({
    path: i.path.reduce<string>(
      (acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc === "" ? String(k) : `${acc}.${String(k)}`),
      "",
    ),
    message: i.message,
  }));

/** A period string that is not `2024-01`, `2024-Q1`, `2024-H1`, `2024` or `2024-03-01..2024-04-15`. */
export class InvalidPeriod extends Data.TaggedError("InvalidPeriod")<{ readonly input: string }> {
  override get message(): string {
    return `Kỳ báo cáo “${this.input}” không hợp lệ. Dùng một trong các dạng: 2024-01 (tháng), 2024-Q1 (quý), 2024-H1 (6 tháng), 2024 (năm) hoặc 2024-03-01..2024-04-15 (từ ngày..đến ngày, ngày đầu không sau ngày cuối).`;
  }
}

/** A scope string that is not `all`, `agency:ID`, `notice:ID`, `issuer:ID` or `resolution:ID`. */
export class InvalidScope extends Data.TaggedError("InvalidScope")<{ readonly input: string }> {
  override get message(): string {
    return `Phạm vi báo cáo “${this.input}” không hợp lệ. Dùng: all, agency:<mã cơ quan>, notice:<mã thông báo>, issuer:<mã cơ quan ban hành> hoặc resolution:<mã nghị quyết>.`;
  }
}

/** The day a report is made is not a real `YYYY-MM-DD` date. */
export class InvalidReportDate extends Data.TaggedError("InvalidReportDate")<{ readonly input: string }> {
  override get message(): string {
    return `Ngày lập báo cáo “${this.input}” không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2024-06-05.`;
  }
}

/** The scope names an agency, notice or resolution that the data does not contain. */
export class UnknownScopeTarget extends Data.TaggedError("UnknownScopeTarget")<{
  readonly kind: "agency" | "notice" | "issuer" | "resolution";
  readonly id: string;
}> {
  override get message(): string {
    const what = {
      agency: "cơ quan",
      notice: "thông báo",
      issuer: "cơ quan ban hành",
      resolution: "nghị quyết",
    }[this.kind];
    return `Không tìm thấy ${what} có mã “${this.id}” trong dữ liệu báo cáo. Kiểm tra lại mã trong phạm vi báo cáo.`;
  }
}

/**
 * A report regime whose submission deadline leaves less than one working day after the data
 * cut-off (Decree 09/2019/NĐ-CP art. 8.5.b).
 */
export class SubmissionDeadlineTooEarly extends Data.TaggedError("SubmissionDeadlineTooEarly")<{
  readonly regime: string;
  readonly cutOffOn: string;
  readonly dueOn: string;
  readonly workingDaysAfterCutOff: number;
}> {
  override get message(): string {
    const d = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
    return `Chế độ báo cáo “${this.regime}”: thời hạn gửi báo cáo ${d(this.dueOn)} chỉ cách ngày chốt số liệu ${d(this.cutOffOn)} ${this.workingDaysAfterCutOff} ngày làm việc; theo điểm b khoản 5 Điều 8 Nghị định 09/2019/NĐ-CP phải không ít hơn 01 ngày làm việc.`;
  }
}

/**
 * In a report aggregated through several levels (Decree 09/2019/NĐ-CP art. 8.5.b: a deadline for
 * each level), an upper level's deadline does not leave the level below it a working day to
 * aggregate.
 */
export class LevelDeadlinesOutOfOrder extends Data.TaggedError("LevelDeadlinesOutOfOrder")<{
  readonly regime: string;
  readonly lower: string;
  readonly lowerDueOn: string;
  readonly upper: string;
  readonly upperDueOn: string;
}> {
  override get message(): string {
    const d = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
    return `Chế độ báo cáo “${this.regime}”: thời hạn của ${this.upper} (${d(this.upperDueOn)}) phải sau thời hạn của ${this.lower} (${d(this.lowerDueOn)}) ít nhất 01 ngày làm việc để kịp tổng hợp.`;
  }
}

/** The document library failed while producing a file (a bug or an exhausted resource, not bad input). */
export class RenderFailed extends Data.TaggedError("RenderFailed")<{
  readonly format: "docx" | "xlsx" | "csv" | "json";
  readonly cause: unknown;
}> {
  override get message(): string {
    const why =
      this.cause instanceof Error
        ? this.cause.message
        : typeof this.cause === "string"
          ? this.cause
          : "lỗi không xác định của thư viện";
    return `Không tạo được tệp ${this.format.toUpperCase()} của báo cáo: ${why}`;
  }
}

/** Any failure of building a report model. */
export type ModelError =
  | InvalidReportData
  | InvalidReportDate
  | InvalidPeriod
  | InvalidScope
  | UnknownScopeTarget;
