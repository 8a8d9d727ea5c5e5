/**
 * The API's shapes under the names the screens use: every one is a schema of the OpenAPI document
 * as `@dondoc/client` types the responses that carry it (`Schema<"Task">`), never written by hand here, so a
 * change of the API shows up as a type error in the screen that reads it.
 */
import type { Schema } from "@dondoc/client";

export type Task = Schema<"Task">;
export type TaskLifecycle = Task["lifecycle"];
export type Timeliness = Task["timeliness"];
export type TaskPage = Schema<"TaskPage">;
export type Span = Schema<"Span">;
export type Derivation = Schema<"Derivation">;
export type Agency = Schema<"Agency">;
export type AgencyGroup = Schema<"AgencyGroup">;
export type Attachment = Schema<"Attachment">;
export type ProgressReport = Schema<"ProgressReport">;
export type ExtensionRequest = Schema<"ExtensionRequest">;
export type AuditEntry = Schema<"AuditEntry">;
export type Directive = Schema<"Directive">;
export type Notice = Schema<"Notice">;
export type NoticeSummary = Schema<"NoticeSummary">;
export type NoticePage = Schema<"NoticePage">;
export type ParsedNotice = Schema<"ParsedNotice">;
export type ParsedNoticeHeader = Schema<"ParsedNoticeHeader">;
export type ParsedDirective = Schema<"ParsedDirective">;
export type ParsedTask = Schema<"ParsedTask">;
export type ParsedAgency = Schema<"ParsedAgency">;
export type ParsedDeadline = Schema<"ParsedDeadline">;
export type ParseWarning = Schema<"ParseWarning">;
export type PeriodicReport = Schema<"PeriodicReport">;
export type ReportCounts = Schema<"ReportCounts">;
export type ReportRates = Schema<"ReportRates">;
export type Summary = Schema<"Summary">;
export type WebhookSubscription = Schema<"WebhookSubscription">;
export type WebhookDelivery = Schema<"WebhookDelivery">;
export type CalendarFeed = Schema<"CalendarFeed">;
export type ImportJob = Schema<"ImportJob">;
export type ImportReport = Schema<"ImportReport">;
export type WhatIfResult = Schema<"WhatIfResult">;
export type WhatIfMove = Schema<"WhatIfMove">;
export type Notification = Schema<"Notification">;
export type TaskReminder = Schema<"TaskReminder">;
export type TaskComment = Schema<"TaskComment">;
export type TaskAudienceMember = Schema<"TaskAudienceMember">;
