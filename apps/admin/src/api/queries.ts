/**
 * Query options for the API's lists and resources, shared by the screens so the cache is too
 * (the agency directory loaded by the inbox filter is the one the import review uses).
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";

import { json, query } from "./http.js";
import type { Agency, AgencyGroup, Notice, Page, Task } from "./types.js";

/** Lists come either as `{ items, nextCursor }` or as a plain array. */
export function itemsOf<T>(body: Page<T> | readonly T[]): readonly T[] {
  return Array.isArray(body) ? body : (body as Page<T>).items;
}

export const agenciesQuery = queryOptions({
  queryKey: ["agencies"],
  queryFn: async ({ signal }) => itemsOf(await json<Page<Agency> | Agency[]>("/v1/agencies", { signal })),
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
}

export const tasksQuery = (filters: TaskFilters) =>
  infiniteQueryOptions({
    queryKey: ["tasks", filters],
    queryFn: ({ pageParam, signal }) =>
      json<Page<Task>>(`/v1/tasks${query({ ...filters, cursor: pageParam, limit: 50 })}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

export interface NoticeFilters {
  readonly q?: string;
  readonly lifecycle?: string;
}

export const noticesQuery = (filters: NoticeFilters) =>
  infiniteQueryOptions({
    queryKey: ["notices", filters],
    queryFn: ({ pageParam, signal }) =>
      json<Page<Notice>>(`/v1/notices${query({ ...filters, cursor: pageParam, limit: 50 })}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });

/** Every task of one notice (a notice has tens of tasks, not thousands). */
export const noticeTasksQuery = (noticeId: string) =>
  queryOptions({
    queryKey: ["tasks", { noticeId, all: true }],
    queryFn: ({ signal }) => allTasks({ noticeId }, signal),
  });

/** Every task matching `filters`, page after page (the dashboard's counts are over all of them). */
export async function allTasks(filters: TaskFilters, signal?: AbortSignal): Promise<Task[]> {
  const items: Task[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Task> = await json<Page<Task>>(`/v1/tasks${query({ ...filters, cursor, limit: 200 })}`, {
      ...(signal ? { signal } : {}),
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const agencyGroupsQuery = queryOptions({
  queryKey: ["agency-groups"],
  queryFn: async ({ signal }) => itemsOf(await json<Page<AgencyGroup>>("/v1/agency-groups", { signal })),
  staleTime: 5 * 60_000,
});
