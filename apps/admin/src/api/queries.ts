/**
 * Query options for the API's lists and resources, shared by the screens so the cache is too
 * (the agency directory loaded by the inbox filter is the one the import review uses).
 */

import type { paths } from "@dondoc/client";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";

import { api, call, callAll } from "./client.js";
import type { NoticeSummary, TaskPage } from "./types.js";

export const agenciesQuery = queryOptions({
  queryKey: ["agencies"],
  queryFn: ({ signal }) => callAll((query) => api.GET("/v1/agencies", { params: { query }, signal })),
  staleTime: 5 * 60_000,
});

export const agencyGroupsQuery = queryOptions({
  queryKey: ["agency-groups"],
  queryFn: ({ signal }) => callAll((query) => api.GET("/v1/agency-groups", { params: { query }, signal })),
  staleTime: 5 * 60_000,
});

export interface TaskFilters {
  readonly q?: string;
  readonly agencyId?: string;
  readonly timeliness?: string;
  /** Overdue by 1–7, 8–30, 31–90 or more than 90 days (`1-7`, `8-30`, `31-90`, `over-90`). */
  readonly latenessBand?: string;
  readonly lifecycle?: string;
  readonly noticeId?: string;
  readonly resolutionId?: string;
  /** `me`: the tasks given to the signed-in officer by name (“việc của tôi”). */
  readonly handlerId?: string;
  readonly dueFrom?: string;
  readonly dueTo?: string;
  /** `dueOn` (earliest first, the default), `-dueOn`, `createdAt`, `-createdAt`. */
  readonly sort?: string;
}

/** The tasks page's URL: the list's filters, and how it shows them (list or board, board by what). */
export interface TaskSearch extends TaskFilters {
  /** `board`: the leaders' board; the list otherwise. */
  readonly view?: string;
  /** The board's columns: `timeliness` (the default) or `agency`. */
  readonly by?: string;
}

/** The filters of a tasks page URL, without how it shows them. */
export const filtersOf = ({ view: _view, by: _by, ...filters }: TaskSearch): TaskFilters => filters;

type TaskQuery = NonNullable<paths["/v1/tasks"]["get"]["parameters"]["query"]>;

async function taskPage(
  filters: TaskFilters,
  cursor: string | null,
  limit: number,
  signal?: AbortSignal,
): Promise<TaskPage> {
  // The URL's filters are strings; the API validates them (400 with the field for a stale link).
  const query = { ...filters, ...(cursor ? { cursor } : {}), limit } as TaskQuery;
  return call(api.GET("/v1/tasks", { params: { query }, ...(signal ? { signal } : {}) }));
}

export const tasksQuery = (search: TaskSearch) => {
  const filters = filtersOf(search);
  return infiniteQueryOptions({
    queryKey: ["tasks", filters],
    queryFn: ({ pageParam, signal }) => taskPage(filters, pageParam, 50, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
};

/** The first `limit` tasks of a filter, one page: a board column. */
export const taskColumnQuery = (filters: TaskFilters, limit: number) =>
  queryOptions({
    queryKey: ["tasks", filters, { limit }],
    queryFn: ({ signal }) => taskPage(filters, null, limit, signal),
  });

/**
 * The dashboard's counts (`GET /v1/summary`): per timeliness bucket, overdue by agency, the on-time
 * rate of the current reporting month — each the length of the task list behind it. Under
 * `["tasks", …]` so whatever refreshes the task lists refreshes it too.
 */
export const summaryQuery = queryOptions({
  queryKey: ["tasks", "summary"],
  queryFn: ({ signal }) => call(api.GET("/v1/summary", { signal })),
});

/** The first open tasks by due date (overdue first, then due soon): the dashboard's follow-up list. */
export const openTasksQuery = (limit: number) =>
  queryOptions({
    queryKey: ["tasks", { lifecycle: "open", sort: "dueOn", limit }],
    queryFn: ({ signal }) => taskPage({ lifecycle: "open", sort: "dueOn" }, null, limit, signal),
  });

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
      return call(api.GET("/v1/notices", { params: { query }, signal }));
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

export type { NoticeSummary };
