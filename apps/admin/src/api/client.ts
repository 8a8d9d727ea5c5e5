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
