/**
 * The one way the SPA talks to the API: same-origin relative `/v1/...` URLs, the session cookie,
 * the CSRF token echoed on every state-changing request, and problem+json failures turned into
 * `ApiProblem` values that React Query surfaces to the screens.
 */
import { api } from "./client.js";
import { ApiProblem, fromResponse } from "./problem.js";

const csrfCookieNames = ["dondoc_csrf", "csrf_token", "XSRF-TOKEN", "__Host-dondoc_csrf"];

let sessionCsrfToken: string | null = null;

/** Remembers the CSRF token the API returned with the session (login or session read). */
export function rememberCsrfToken(token: string | null | undefined): void {
  sessionCsrfToken = token ?? null;
  api.setCsrfToken(sessionCsrfToken);
}

/** The CSRF token of this session: the one the API returned, else a readable cookie. */
export function csrfToken(): string | null {
  if (sessionCsrfToken) return sessionCsrfToken;
  if (typeof document === "undefined") return null;
  for (const part of document.cookie.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name && csrfCookieNames.includes(name)) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export interface RequestOptions {
  readonly method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

/** Sends a request and returns the raw `Response` when it is 2xx, or throws an `ApiProblem`. */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? "GET";
  const headers = new Headers(options.headers);
  headers.set("accept", "application/json, application/problem+json");
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.body);
  }
  if (method !== "GET") {
    const token = csrfToken();
    if (token) headers.set("x-csrf-token", token);
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiProblem(0, {});
  }
  if (!response.ok) throw await fromResponse(response);
  return response;
}

/** A JSON request; `null` for 204. */
export async function json<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

/** A JSON request that also returns the resource's `ETag` for a later `If-Match`. */
export async function jsonWithEtag<T>(
  path: string,
  options: RequestOptions = {},
): Promise<{ data: T; etag: string | null }> {
  const response = await send(path, options);
  const data = (await response.json()) as T;
  return { data, etag: response.headers.get("etag") };
}

/** Builds `?a=1&b=2` from the defined, non-empty values. */
export function query(
  params: Record<string, string | number | boolean | readonly string[] | null | undefined>,
) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, v);
    else search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}
