/**
 * @dondoc/domain — the pure domain of dondoc: notices of conclusions, directives, tasks and
 * agencies; the Vietnamese working-day calendar; deadline rules and their resolution; derived
 * timeliness. No I/O, no clock, no randomness: callers pass the instant and the calendar.
 *
 * Each module is exported as a namespace (`DeadlineRule.resolve`, `IsoDate.addDays`), and each
 * schema shares its name with its type.
 */
export * as Agency from "./agency.js";
export * as AgencyDirectory from "./agency-directory.js";
export * as AgencyName from "./agency-name.js";
export * as CalendarData from "./calendar-data.js";
export * as CollectiveAssignee from "./collective-assignee.js";
export * as CompletionReport from "./completion-report.js";
export * as DeadlineRule from "./deadline-rule.js";
export * as DecisionPolicy from "./decision-policy.js";
export * as Delegation from "./delegation.js";
export * as Directive from "./directive.js";
export * as ExplanationRequest from "./explanation-request.js";
export * as Extension from "./extension.js";
export * as ExtensionFlags from "./extension-flags.js";
export * as IsoDate from "./iso-date.js";
export * as Lateness from "./lateness.js";
export * as LatenessBand from "./lateness-band.js";
export * as Notice from "./notice.js";
export * as ParsedNotice from "./parsed-notice.js";
export * as PolicyPack from "./policy-pack.js";
export * as ProgressReport from "./progress-report.js";
export * as Recurrence from "./recurrence.js";
export * as Reminder from "./reminder.js";
export * as ReportingPeriod from "./reporting-period.js";
export * as Resolution from "./resolution.js";
export * as SeedDirectory from "./seed-directory.js";
export * as Span from "./span.js";
export * as Task from "./task.js";
export * as TaskComment from "./task-comment.js";
export * as TaskEvent from "./task-event.js";
export * as TaskHandler from "./task-handler.js";
export * as TaskLifecycle from "./task-lifecycle.js";
export * as Timeliness from "./timeliness.js";
export * as TimelinessCriteria from "./timeliness-criteria.js";
export * as WorkingCalendar from "./working-calendar.js";
