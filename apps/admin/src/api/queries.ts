/**
 * Query options for the API's lists and resources, shared by the screens so the cache is too
 * (the agency directory loaded by the inbox filter is the one the import review uses).
 */

import type { paths } from "@dondoc/client";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";

import { api, call, type Schemas } from "./client.js";
import type { Agency, AgencyGroup, Notice, Page, Task } from "./types.js";

export const agenciesQuery = queryOptions({
  queryKey: ["agencies"],
  queryFn: async ({ signal }) => (await call(api.GET("/v1/agencies", { signal }))).items as Agency[],
  staleTime: 5 * 60_000,
});

export const agencyGroupsQuery = queryOptions({
  queryKey: ["agency-groups"],
  queryFn: async ({ signal }) =>
    (await call(api.GET("/v1/agency-groups", { signal }))).items as AgencyGroup[],
  staleTime: 5 * 60_000,
});

export interface TaskFilters {
  readonly q?: string;
  readonly agencyId?: string;
  readonly timeliness?: string;
  readonly lifecycle?: string;
  readonly noticeId?: string;
  readonly resolutionId?: string;
  readonly dueFrom?: string;
  readonly dueTo?: string;
  /** `dueOn` (earliest first, the default), `-dueOn`, `createdAt`, `-createdAt`. */
  readonly sort?: string;
}

type TaskQuery = NonNullable<paths["/v1/tasks"]["get"]["parameters"]["query"]>;

async function taskPage(filters: TaskFilters, cursor: string | null, limit: number, signal?: AbortSignal) {
  const query = { ...filters, ...(cursor ? { cursor } : {}), limit } as TaskQuery;
  const page = await call(api.GET("/v1/tasks", { params: { query }, ...(signal ? { signal } : {}) }));
  return page as unknown as Page<Task>;
}

export const tasksQuery = (filters: TaskFilters) =>
  infiniteQueryOptions({
    queryKey: ["tasks", filters],
    queryFn: ({ pageParam, signal }) => taskPage(filters, pageParam, 50, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

/** Every task matching `filters`, page after page (the dashboard's counts are over all of them). */
export async function allTasks(filters: TaskFilters, signal?: AbortSignal): Promise<Task[]> {
  const items: Task[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Task> = await taskPage(filters, cursor, 200, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export interface NoticeFilters {
  readonly q?: string;
  readonly lifecycle?: string;
}

type NoticeQuery = NonNullable<paths["/v1/notices"]["get"]["parameters"]["query"]>;

export const noticesQuery = (filters: NoticeFilters) =>
  infiniteQueryOptions({
    queryKey: ["notices", filters],
    queryFn: async ({ pageParam, signal }) => {
      const query = { ...filters, ...(pageParam ? { cursor: pageParam } : {}), limit: 50 } as NoticeQuery;
      return (await call(api.GET("/v1/notices", { params: { query }, signal }))) as unknown as Page<Notice>;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

export type NoticeSummary = Schemas["NoticeSummary"];
