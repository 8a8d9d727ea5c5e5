/**
 * The shapes the SPA reads from the API (`/v1/...`), as documented in its OpenAPI document. Only
 * the fields the screens use are listed; the API may send more.
 */

export type TaskLifecycle = "draft" | "open" | "done" | "paused" | "cancelled";
export type Timeliness =
  | "draft"
  | "cancelled"
  | "paused"
  | "no-deadline"
  | "not-due"
  | "due-soon"
  | "overdue"
  | "done-on-time"
  | "done-late"
  | "done";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How a due date was computed, in both languages (`trong tháng 01/2023 → 31/01/2023`). */
export interface Derivation {
  readonly vi: string;
  readonly en: string;
}

export interface TaskDeadline {
  readonly phrase: string | null;
  readonly kind: string;
  readonly derivation?: Derivation | null;
}

export interface AgencyRef {
  readonly name: string;
  readonly agencyId: string | null;
}

export interface Task {
  readonly id: string;
  readonly noticeId: string;
  readonly directiveId: string | null;
  readonly leadAgencyId: string | null;
  readonly leadName: string;
  /** A collective assignee not yet fanned out (drafts only). */
  readonly isCollective?: boolean;
  readonly coordinators: readonly AgencyRef[];
  readonly mode: "assigned" | "requested";
  readonly action: string;
  readonly deadline: TaskDeadline | null;
  readonly dueOn: string | null;
  readonly originalDueOn: string | null;
  readonly lifecycle: TaskLifecycle;
  readonly timeliness: Timeliness;
  readonly completedOn: string | null;
  readonly progressPercent: number;
  /** The unit the lead agency handed the task down to (it stays accountable). */
  readonly delegatedToAgencyId?: string | null;
  readonly notice?: { readonly id: string; readonly label: string } | null;
  readonly version: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
  readonly total?: number;
}

export interface Agency {
  readonly id: string;
  readonly name: string;
  readonly shortNames: readonly string[];
  readonly aliases: readonly string[];
  readonly parentId: string | null;
  readonly kind: string;
  readonly groups: readonly string[];
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly successorId: string | null;
  readonly version: number;
}

export interface AgencyGroup {
  readonly id: string;
  readonly name: string;
  readonly phrases: readonly string[];
  readonly ownerId: string | null;
  readonly includes: readonly string[];
  readonly memberIds: readonly string[];
  readonly version: number;
}

export interface Attachment {
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly url?: string;
}

export interface ProgressReport {
  readonly id: string;
  readonly taskId: string;
  readonly authorId: string;
  readonly authorName?: string | null;
  readonly body: string;
  readonly percent: number | null;
  readonly createdAt: string;
  readonly attachments: readonly Attachment[];
}

export type ExtensionStatus = "pending" | "approved" | "rejected" | "withdrawn";

export interface ExtensionRequest {
  readonly id: string;
  readonly taskId: string;
  readonly requestedBy: string;
  readonly requestedByName?: string | null;
  readonly reason: string;
  readonly currentDueOn: string | null;
  readonly requestedDueOn: string;
  readonly status: ExtensionStatus;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
  readonly decisionRef: string | null;
  readonly approvedDueOn: string | null;
  readonly createdAt: string;
  readonly version: number;
}

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly actorName?: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface Directive {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly informational: boolean;
  readonly span: Span | null;
  /** The directive's tasks (the API's notice view includes them). */
  readonly tasks?: readonly Task[];
}

export interface Notice {
  readonly id: string;
  readonly number: string | null;
  readonly symbol: string | null;
  readonly issuer: string | null;
  /** The directory agency whose office follows the notice up; `null` until someone chooses it. */
  readonly issuerAgencyId: string | null;
  readonly place: string | null;
  readonly issuedOn: string | null;
  readonly meetingOn: string | null;
  readonly subject: string | null;
  readonly lifecycle: "draft" | "published" | "archived";
  readonly sourceText: string;
  readonly warnings?: readonly ParseWarning[];
  readonly directives?: readonly Directive[];
  readonly taskCount?: number;
  readonly publishedAt?: string | null;
  readonly version: number;
}

/** A deadline change: the original due date, then every approved extension. */
export interface DeadlineChange {
  readonly dueOn: string | null;
  readonly at: string | null;
  readonly reason: string | null;
  readonly ref: string | null;
}

/** The parse contract (DESIGN.md): what `POST /v1/notices:parse` returns for a notice text. */
export interface ParsedAgency {
  readonly name: string;
  readonly agencyId: string | null;
  readonly collective: boolean;
  readonly groupId: string | null;
  readonly span: Span | null;
}

export interface ParsedDeadline {
  readonly phrase: string | null;
  readonly kind: string;
  readonly rule: unknown;
  readonly dueOn: string | null;
  readonly recurrence: readonly string[] | null;
  readonly derivation: Derivation | null;
  readonly span: Span | null;
}

export interface ParsedTask {
  readonly lead: ParsedAgency;
  readonly coordinators: readonly ParsedAgency[];
  readonly mode: "assigned" | "requested";
  readonly action: string;
  readonly deadline: ParsedDeadline;
  readonly span: Span;
}

export interface ParsedDirective {
  readonly path: string;
  readonly text: string;
  readonly informational: boolean;
  readonly span: Span;
  readonly tasks: readonly ParsedTask[];
}

export interface ParseWarning {
  readonly code: string;
  readonly message: string;
  readonly span: Span | null;
}

export interface ParsedNoticeHeader {
  readonly number: string | null;
  readonly symbol: string | null;
  readonly issuer: string | null;
  readonly place: string | null;
  readonly issuedOn: string | null;
  readonly meetingOn: string | null;
  readonly subject: string | null;
  readonly chair: { readonly name: string | null; readonly title: string | null } | null;
  readonly attendees: readonly string[];
  readonly references: readonly {
    readonly code: string;
    readonly issuedOn: string | null;
    readonly span?: Span | null;
  }[];
  readonly recipients: readonly string[];
  readonly signer: {
    readonly authority: string | null;
    readonly title: string | null;
    readonly name: string | null;
  } | null;
}

export interface ParsedNotice {
  readonly notice: ParsedNoticeHeader;
  readonly directives: readonly ParsedDirective[];
  readonly warnings: readonly ParseWarning[];
  readonly text: string;
}

/** A deadline phrase resolved by the API against a start date, the calendar and the policy. */
export interface ResolvedDeadline {
  readonly kind: string;
  readonly dueOn: string | null;
  readonly rolledForward?: boolean;
  readonly derivation: Derivation;
  readonly rule?: unknown;
}

/** The periodic report of `@dondoc/reporting` as the API returns it in JSON. */
export interface ReportCounts {
  readonly total: number;
  readonly assignedInPeriod: number;
  readonly carriedIn: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly openInTime: number;
  readonly openOverdue: number;
  readonly paused: number;
  readonly extended: number;
  readonly noDeadline: number;
}

export interface ReportRates {
  readonly completion: number | null;
  readonly onTime: number | null;
  readonly due: number;
}

export interface ReportTaskLine {
  readonly id: string;
  readonly notice: { readonly id: string; readonly code: string };
  readonly directivePath: string;
  readonly action: string;
  readonly lead: { readonly id: string; readonly name: string };
  readonly dueOn: string | null;
  readonly late: { readonly workingDays: number; readonly calendarDays: number } | null;
  readonly category: string;
}

export interface PeriodicReport {
  readonly kind: "periodic";
  readonly period: {
    readonly frequency: string;
    readonly year: number;
    readonly index: number;
    readonly from: string;
    readonly to: string;
  };
  readonly scopeLabel: { readonly vi: string; readonly en: string };
  readonly asOf: string;
  readonly totals: ReportCounts;
  readonly rates: ReportRates;
  readonly rows: readonly {
    readonly agency: { readonly id: string; readonly name: string };
    readonly counts: ReportCounts;
    readonly rates: ReportRates;
    readonly averageWorkingDaysLate: number | null;
  }[];
  readonly overdue: readonly ReportTaskLine[];
  readonly ageBuckets: Readonly<Record<string, number>>;
}
