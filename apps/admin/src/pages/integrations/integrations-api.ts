/**
 * The integration endpoints of the API (webhooks and their delivery log, calendar links, sheet
 * imports, what-if previews, notifications), with the shapes the screens read.
 */
import { json, jsonWithEtag, query } from "../../api/http.js";

export interface Subscription {
  readonly id: string;
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly agencyId: string | null;
  readonly description: string;
  readonly active: boolean;
  readonly version: number;
  readonly createdAt: string;
}

export interface Delivery {
  readonly id: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly status: "pending" | "delivered" | "failed";
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
  readonly createdAt: string;
}

export interface Feed {
  readonly id: string;
  readonly kind: "agency" | "user";
  readonly agencyId: string | null;
  readonly name: string;
  readonly path: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface ImportReport {
  readonly total: number;
  readonly create: number;
  readonly update: number;
  readonly unchanged: number;
  readonly errorCount: number;
  readonly errors: readonly { row: number; column: string | null; reason: string }[];
  readonly changes: readonly {
    row: number;
    externalId: string;
    action: "create" | "update" | "unchanged";
    changes: readonly { field: string; from: unknown; to: unknown }[];
  }[];
  readonly mappingProblems: readonly { field: string; message: string }[];
  readonly applied: { created: number; updated: number; noticesCreated: number } | null;
}

export interface ImportJob {
  readonly id: string;
  readonly status: "parsing" | "previewed" | "applying" | "applied" | "failed";
  readonly fileName: string;
  readonly total: number;
  readonly processed: number;
  readonly report: ImportReport | null;
  readonly error: string | null;
  readonly version: number;
}

export interface Move {
  readonly taskId: string;
  readonly action: string;
  readonly leadName: string;
  readonly dueOnBefore: string;
  readonly dueOnAfter: string;
  readonly timelinessBefore: string;
  readonly timelinessAfter: string;
}

export interface WhatIfResult {
  readonly moved: readonly Move[];
  readonly statusChanged: readonly Move[];
  readonly examined: number;
  readonly applied: number | null;
}

export interface Notification {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly taskId: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export const eventTypes = [
  "task.created",
  "task.due_soon",
  "task.overdue",
  "task.done",
  "task.reopened",
  "extension.requested",
  "extension.decided",
  "explanation.requested",
  "notice.published",
  "agency.merged",
  "digest.agency",
  "digest.leader",
] as const;

export const webhooks = {
  list: async () => (await json<{ items: Subscription[] }>("/v1/webhooks")).items,
  create: (body: { url: string; eventTypes: string[]; agencyId: string | null; description: string }) =>
    json<{ subscription: Subscription; secret: string }>("/v1/webhooks", { method: "POST", body }),
  setActive: (s: Subscription, active: boolean) =>
    json<Subscription>(`/v1/webhooks/${s.id}`, {
      method: "PATCH",
      body: { active },
      headers: { "if-match": `"${s.version}"` },
    }),
  remove: (id: string) => json<Subscription>(`/v1/webhooks/${id}`, { method: "DELETE" }),
  deliveries: async (id: string) =>
    (await json<{ items: Delivery[] }>(`/v1/webhooks/${id}/deliveries${query({ limit: 50 })}`)).items,
  replay: (deliveryId: string) =>
    json<Delivery>(`/v1/webhook-deliveries/${deliveryId}/replay`, { method: "POST" }),
};

export const feeds = {
  list: async () => (await json<{ items: Feed[] }>("/v1/calendar-feeds")).items,
  create: (body: { kind: "agency" | "user"; agencyId?: string; name: string }) =>
    json<{ feed: Feed; token: string; url: string }>("/v1/calendar-feeds", { method: "POST", body }),
  revoke: (id: string) => json<Feed>(`/v1/calendar-feeds/${id}`, { method: "DELETE" }),
};

export const imports = {
  /** `issuerAgencyId`: null for a secretariat, whose own issuing body the server uses. */
  upload: (file: File, source: string, mapping: Record<string, string>, issuerAgencyId: string | null) => {
    const form = new FormData();
    form.set("file", file);
    if (source.trim() !== "") form.set("source", source.trim());
    if (issuerAgencyId !== null) form.set("issuerAgencyId", issuerAgencyId);
    const given = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v.trim() !== ""));
    if (Object.keys(given).length > 0) form.set("mapping", JSON.stringify(given));
    return json<ImportJob>("/v1/imports", { method: "POST", body: form });
  },
  get: (id: string) => json<ImportJob>(`/v1/imports/${id}`),
  apply: (job: ImportJob) =>
    json<ImportJob>(`/v1/imports/${job.id}/apply`, {
      method: "POST",
      headers: { "if-match": `"${job.version}"` },
    }),
};

interface CalendarYear {
  readonly days: readonly { date: string; kind: string; name: string }[];
  readonly source: string;
  readonly version: number;
}

/** The year's days off with one more, in the shape the what-if routes take. */
export const proposedYear = async (year: number, day: { date: string; name: string }) => {
  const { data } = await jsonWithEtag<CalendarYear>(`/v1/calendar/${year}`);
  return {
    version: data.version,
    body: {
      source: data.source,
      daysOff: [
        ...data.days
          .filter((d) => d.kind === "holiday" || d.kind === "day-off")
          .map((d) => ({ date: d.date, name: d.name, kind: d.kind })),
        { date: day.date, name: day.name, kind: "day-off" },
      ],
      makeUpWorkdays: data.days
        .filter((d) => d.kind === "make-up")
        .map((d) => ({ date: d.date, name: d.name })),
    },
  };
};

export const whatIf = {
  preview: (year: number, body: unknown) =>
    json<WhatIfResult>(`/v1/what-if/calendar/${year}`, { method: "POST", body }),
  apply: (year: number, version: number, body: unknown) =>
    json<WhatIfResult>(`/v1/what-if/calendar/${year}/apply`, {
      method: "POST",
      body,
      headers: { "if-match": `"${version}"` },
    }),
};

export const notifications = {
  list: () => json<{ items: Notification[]; unread: number }>(`/v1/notifications${query({ limit: 20 })}`),
  unread: async () => (await json<{ unread: number }>("/v1/notifications/unread-count")).unread,
  read: (id: string) => json<Notification>(`/v1/notifications/${id}/read`, { method: "POST" }),
  readAll: () => json<{ marked: number }>("/v1/notifications/read-all", { method: "POST" }),
};
