/**
 * The integration endpoints of the API (webhooks and their delivery log, calendar links, sheet
 * imports, what-if previews, notifications), with the shapes the screens read.
 */
import type { paths } from "@dondoc/client";

import { api, call, callAll, callWithEtag } from "../../api/client.js";
import type {
  CalendarFeed,
  ImportJob,
  WebhookDelivery,
  WebhookSubscription,
  WhatIfMove,
  WhatIfResult,
} from "../../api/types.js";

export type { ImportJob, ImportReport, Notification, WhatIfResult } from "../../api/types.js";
export type Subscription = WebhookSubscription;
export type Delivery = WebhookDelivery;
export type Feed = CalendarFeed;
export type Move = WhatIfMove;

/** What POST /v1/webhooks takes. */
export type NewWebhook = NonNullable<
  paths["/v1/webhooks"]["post"]["requestBody"]
>["content"]["application/json"];
export type EventType = NewWebhook["eventTypes"][number];

/** What the calendar what-if routes take: the year's days off and make-up days as proposed. */
export type ProposedYear = NonNullable<
  paths["/v1/what-if/calendar/{year}"]["post"]["requestBody"]
>["content"]["application/json"];

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
] as const satisfies readonly EventType[];

const id = (value: string) => ({ path: { id: value } });

export const webhooks = {
  list: () => callAll((query) => api.GET("/v1/webhooks", { params: { query } })),
  create: (body: NewWebhook) => call(api.POST("/v1/webhooks", { body })),
  setActive: (s: Subscription, active: boolean) =>
    call(
      api.PATCH("/v1/webhooks/{id}", {
        params: { path: { id: s.id }, header: { "if-match": `"${s.version}"` } },
        body: { active },
      }),
    ),
  remove: (webhookId: string) => call(api.DELETE("/v1/webhooks/{id}", { params: id(webhookId) })),
  deliveries: async (webhookId: string) =>
    (
      await call(
        api.GET("/v1/webhooks/{id}/deliveries", { params: { ...id(webhookId), query: { limit: 50 } } }),
      )
    ).items,
  replay: (deliveryId: string) =>
    call(api.POST("/v1/webhook-deliveries/{id}/replay", { params: id(deliveryId) })),
};

export const feeds = {
  list: () => callAll((query) => api.GET("/v1/calendar-feeds", { params: { query } })),
  create: (body: { kind: "agency" | "user"; agencyId?: string; name: string }) =>
    call(api.POST("/v1/calendar-feeds", { body })),
  revoke: (feedId: string) => call(api.DELETE("/v1/calendar-feeds/{id}", { params: id(feedId) })),
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
    return call(
      api.POST("/v1/imports", {
        // The generated type reads the multipart fields as strings; the browser sends the form.
        body: { file: file.name },
        bodySerializer: () => form,
      }),
    );
  },
  get: (jobId: string) => call(api.GET("/v1/imports/{id}", { params: id(jobId) })),
  apply: (job: ImportJob) =>
    call(
      api.POST("/v1/imports/{id}/apply", {
        params: { path: { id: job.id }, header: { "if-match": `"${job.version}"` } },
      }),
    ),
};

/** The year's days off with one more, in the shape the what-if routes take. */
export const proposedYear = async (
  year: number,
  day: { date: string; name: string },
): Promise<{ version: number; body: ProposedYear }> => {
  const { data } = await callWithEtag(api.GET("/v1/calendar/{year}", { params: { path: { year } } }));
  return {
    version: data.version,
    body: {
      source: data.source,
      daysOff: [
        ...data.days.flatMap((d): ProposedYear["daysOff"] =>
          d.kind === "holiday" || d.kind === "day-off" ? [{ date: d.date, name: d.name, kind: d.kind }] : [],
        ),
        { date: day.date, name: day.name, kind: "day-off" },
      ],
      makeUpWorkdays: data.days
        .filter((d) => d.kind === "make-up")
        .map((d) => ({ date: d.date, name: d.name })),
    },
  };
};

export const whatIf = {
  preview: (year: number, body: ProposedYear): Promise<WhatIfResult> =>
    call(api.POST("/v1/what-if/calendar/{year}", { params: { path: { year } }, body })),
  apply: (year: number, version: number, body: ProposedYear): Promise<WhatIfResult> =>
    call(
      api.POST("/v1/what-if/calendar/{year}/apply", {
        params: { path: { year }, header: { "if-match": `"${version}"` } },
        body,
      }),
    ),
};

export const notifications = {
  list: () => call(api.GET("/v1/notifications", { params: { query: { limit: 20 } } })),
  unread: async () => (await call(api.GET("/v1/notifications/unread-count"))).unread,
  read: (notificationId: string) =>
    call(api.POST("/v1/notifications/{id}/read", { params: id(notificationId) })),
  readAll: () => call(api.POST("/v1/notifications/read-all")),
};
