/**
 * The typed API client (`@dondoc/client`, generated from the API's OpenAPI document), one per
 * page, on the same origin with the session cookie; `call` turns its `{ data, error }` answers into
 * data or a thrown `ApiProblem` for React Query.
 */
import { type components, createDondocClient } from "@dondoc/client";

import { ApiProblem, normalize } from "./problem.js";

// The global `fetch` looked up on each call, not once at load: tests stub it per case.
export const api = createDondocClient({ fetch: (input, init) => globalThis.fetch(input, init) });

export type Schemas = components["schemas"];

interface FetchResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiProblem(0, {});
  }
  if (!result.response.ok || result.error !== undefined) {
    const body =
      result.error && typeof result.error === "object"
        ? normalize(result.error as Record<string, unknown>)
        : {};
    throw new ApiProblem(result.response.status, body);
  }
  return result.data as T;
}

/** Like `call`, and also returns the resource's `ETag` for a later `If-Match`. */
export async function callWithEtag<T>(
  request: Promise<FetchResult<T>>,
): Promise<{ data: T; etag: string | null }> {
  let etag: string | null = null;
  const data = await call(
    request.then((result) => {
      etag = result.response.headers.get("etag");
      return result;
    }),
  );
  return { data, etag };
}

/** A page of a list as the API sends it (`nextCursor` null on the last page). */
interface ListPage<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** Items per request when a screen needs a whole list: the API's largest page. */
export const PAGE_LIMIT = 500;

/**
 * Every item of a paged list, following `nextCursor` until the last page, so a picker or a table
 * never shows only the first page. `fetchPage` asks for the page at `cursor` (none: the first).
 */
export async function callAll<T>(
  fetchPage: (page: { limit: number; cursor?: string }) => Promise<FetchResult<ListPage<T>>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: ListPage<T> = await call(
      fetchPage(cursor === null ? { limit: PAGE_LIMIT } : { limit: PAGE_LIMIT, cursor }),
    );
    items.push(...page.items);
    // A page without the member (an older server) is the last one.
    cursor = page.nextCursor ?? null;
  } while (cursor !== null);
  return items;
}
