/** The audit log's filters as the URL holds them (apart from the screen, so the router stays small). */
export interface AuditFilters {
  readonly noticeId?: string;
  readonly taskId?: string;
  readonly agencyId?: string;
  /** The audit actor (`user:…`, `apikey:…`). */
  readonly actor?: string;
  /** The person's name, kept beside `actor` to show the filter by name. */
  readonly actorName?: string;
  readonly from?: string;
  readonly to?: string;
}

export const auditFilterKeys = [
  "noticeId",
  "taskId",
  "agencyId",
  "actor",
  "actorName",
  "from",
  "to",
] as const satisfies readonly (keyof AuditFilters)[];
