/** Every `/v1` operation, registered in this order (which is also the OpenAPI document's order). */
import type { App } from "../context.js";
import * as AgenciesCreate from "./agencies/create.js";
import * as AgenciesGet from "./agencies/get.js";
import * as AgenciesList from "./agencies/list.js";
import * as AgenciesListGroups from "./agencies/list-groups.js";
import * as AgenciesListOfficers from "./agencies/list-officers.js";
import * as AgenciesMerge from "./agencies/merge.js";
import * as AgenciesRemind from "./agencies/remind.js";
import * as AgenciesUpdate from "./agencies/update.js";
import * as ApiKeysCreate from "./api-keys/create.js";
import * as ApiKeysList from "./api-keys/list.js";
import * as ApiKeysRevoke from "./api-keys/revoke.js";
import * as AuditList from "./audit/list.js";
import * as AuditVerify from "./audit/verify.js";
import * as AuthChangePassword from "./auth/change-password.js";
import * as AuthLogin from "./auth/login.js";
import * as AuthLogout from "./auth/logout.js";
import * as AuthSession from "./auth/session.js";
import * as CalendarGet from "./calendar/get.js";
import * as CalendarPut from "./calendar/put.js";
import * as DirectivesUpdate from "./directives/update.js";
import * as FeedsAgencyIcs from "./feeds/agency-ics.js";
import * as FeedsCreate from "./feeds/create.js";
import * as FeedsList from "./feeds/list.js";
import * as FeedsRevoke from "./feeds/revoke.js";
import * as FeedsUserIcs from "./feeds/user-ics.js";
import * as ImportsApply from "./imports/apply.js";
import * as ImportsCreate from "./imports/create.js";
import * as ImportsGet from "./imports/get.js";
import * as ImportsList from "./imports/list.js";
import * as NoticesAddTask from "./notices/add-task.js";
import * as NoticesArchive from "./notices/archive.js";
import * as NoticesCreate from "./notices/create.js";
import * as NoticesGet from "./notices/get.js";
import * as NoticesList from "./notices/list.js";
import * as NoticesParse from "./notices/parse.js";
import * as NoticesPublish from "./notices/publish.js";
import * as NoticesUpdate from "./notices/update.js";
import * as NotificationsList from "./notifications/list.js";
import * as NotificationsRead from "./notifications/read.js";
import * as NotificationsReadAll from "./notifications/read-all.js";
import * as NotificationsUnreadCount from "./notifications/unread-count.js";
import * as PolicyGet from "./policy/get.js";
import * as PolicyPut from "./policy/put.js";
import * as ReportsExport from "./reports/export.js";
import * as ReportsPeriodic from "./reports/periodic.js";
import * as ResolutionsCreate from "./resolutions/create.js";
import * as ResolutionsGet from "./resolutions/get.js";
import * as ResolutionsList from "./resolutions/list.js";
import * as ResolutionsUpdate from "./resolutions/update.js";
import * as SummaryGet from "./summary/get.js";
import * as TasksAcceptCompletion from "./tasks/accept-completion.js";
import * as TasksAddComment from "./tasks/add-comment.js";
import * as TasksAnswerExplanation from "./tasks/answer-explanation.js";
import * as TasksAssignHandler from "./tasks/assign-handler.js";
import * as TasksComplete from "./tasks/complete.js";
import * as TasksDecideExtension from "./tasks/decide-extension.js";
import * as TasksDelegate from "./tasks/delegate.js";
import * as TasksDeleteDraft from "./tasks/delete-draft.js";
import * as TasksDownloadAttachment from "./tasks/download-attachment.js";
import * as TasksGet from "./tasks/get.js";
import * as TasksHistory from "./tasks/history.js";
import * as TasksList from "./tasks/list.js";
import * as TasksListAudience from "./tasks/list-audience.js";
import * as TasksListComments from "./tasks/list-comments.js";
import * as TasksListExplanations from "./tasks/list-explanations.js";
import * as TasksListExtensions from "./tasks/list-extensions.js";
import * as TasksListPendingExtensions from "./tasks/list-pending-extensions.js";
import * as TasksListProgress from "./tasks/list-progress.js";
import * as TasksListReminders from "./tasks/list-reminders.js";
import * as TasksRemind from "./tasks/remind.js";
import * as TasksReportProgress from "./tasks/report-progress.js";
import * as TasksRequestExplanation from "./tasks/request-explanation.js";
import * as TasksRequestExtension from "./tasks/request-extension.js";
import * as TasksReturnCompletion from "./tasks/return-completion.js";
import * as TasksTransition from "./tasks/transition.js";
import * as TasksUpdate from "./tasks/update.js";
import * as TasksUploadAttachment from "./tasks/upload-attachment.js";
import * as TasksUploadCommentAttachment from "./tasks/upload-comment-attachment.js";
import * as TasksWatch from "./tasks/watch.js";
import * as UsersCreate from "./users/create.js";
import * as UsersList from "./users/list.js";
import * as UsersResetPassword from "./users/reset-password.js";
import * as UsersUpdate from "./users/update.js";
import * as WebhooksCreate from "./webhooks/create.js";
import * as WebhooksDelete from "./webhooks/delete.js";
import * as WebhooksGetDelivery from "./webhooks/get-delivery.js";
import * as WebhooksList from "./webhooks/list.js";
import * as WebhooksListDeliveries from "./webhooks/list-deliveries.js";
import * as WebhooksReplay from "./webhooks/replay.js";
import * as WebhooksReplaySince from "./webhooks/replay-since.js";
import * as WebhooksUpdate from "./webhooks/update.js";
import * as WhatIfCalendarApply from "./what-if/calendar-apply.js";
import * as WhatIfCalendarPreview from "./what-if/calendar-preview.js";
import * as WhatIfPolicyApply from "./what-if/policy-apply.js";
import * as WhatIfPolicyPreview from "./what-if/policy-preview.js";

export const all: ReadonlyArray<{ register: (app: App) => unknown }> = [
  AuthLogin,
  AuthLogout,
  AuthSession,
  AuthChangePassword,
  AgenciesList,
  AgenciesGet,
  AgenciesCreate,
  AgenciesUpdate,
  AgenciesMerge,
  AgenciesRemind,
  AgenciesListGroups,
  AgenciesListOfficers,
  ResolutionsList,
  ResolutionsGet,
  ResolutionsCreate,
  ResolutionsUpdate,
  NoticesList,
  NoticesParse,
  NoticesCreate,
  NoticesGet,
  NoticesUpdate,
  NoticesAddTask,
  DirectivesUpdate,
  TasksDeleteDraft,
  NoticesPublish,
  NoticesArchive,
  TasksList,
  SummaryGet,
  TasksGet,
  TasksUpdate,
  TasksComplete,
  TasksAcceptCompletion,
  TasksReturnCompletion,
  TasksTransition,
  TasksDelegate,
  TasksAssignHandler,
  TasksHistory,
  TasksWatch,
  TasksReportProgress,
  TasksListProgress,
  TasksUploadAttachment,
  TasksDownloadAttachment,
  TasksRequestExtension,
  TasksListExtensions,
  TasksListPendingExtensions,
  TasksDecideExtension,
  TasksRequestExplanation,
  TasksListExplanations,
  TasksAnswerExplanation,
  TasksRemind,
  TasksListReminders,
  TasksAddComment,
  TasksListComments,
  TasksUploadCommentAttachment,
  TasksListAudience,
  CalendarGet,
  CalendarPut,
  PolicyGet,
  PolicyPut,
  UsersList,
  UsersCreate,
  UsersUpdate,
  UsersResetPassword,
  ApiKeysList,
  ApiKeysCreate,
  ApiKeysRevoke,
  AuditList,
  AuditVerify,
  ReportsExport,
  ReportsPeriodic,
  WebhooksList,
  WebhooksCreate,
  WebhooksUpdate,
  WebhooksDelete,
  WebhooksListDeliveries,
  WebhooksGetDelivery,
  WebhooksReplay,
  WebhooksReplaySince,
  NotificationsList,
  NotificationsUnreadCount,
  NotificationsReadAll,
  NotificationsRead,
  FeedsList,
  FeedsCreate,
  FeedsRevoke,
  FeedsAgencyIcs,
  FeedsUserIcs,
  ImportsList,
  ImportsCreate,
  ImportsGet,
  ImportsApply,
  WhatIfCalendarPreview,
  WhatIfCalendarApply,
  WhatIfPolicyPreview,
  WhatIfPolicyApply,
];
