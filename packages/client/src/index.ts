/**
 * @dondoc/client — a typed client for the dondoc API. `createDondocClient({ baseUrl })` returns an
 * `openapi-fetch` client whose paths, parameters, bodies and responses are typed from the API's
 * OpenAPI document (`paths`, `components`). In the browser it sends the session cookie and adds the
 * CSRF token to unsafe requests; integrators pass an API key instead.
 *
 * @example
 * const api = createDondocClient({ baseUrl: "http://127.0.0.1:8787" });
 * const { data, error } = await api.POST("/v1/auth/login", { body: { username, password } });
 * if (data) api.setCsrfToken(data.csrfToken);
 * const tasks = await api.GET("/v1/tasks", { params: { query: { timeliness: "overdue" } } });
 */
import type { Client, FetchResponse } from "openapi-fetch";
import createClient from "openapi-fetch";

import type { components, paths } from "./schema.gen.js";

export type { components, paths } from "./schema.gen.js";

/**
 * A schema of the document as a response carries it — exactly the type of `data` — so values read
 * from one call can be typed by name and sent back in another. (openapi-fetch reads every schema
 * through its `Readable`, which leaves out of the type a property whose only value is `null`,
 * such as `DeadlineRule`'s `phrase` of kind `none`; `components["schemas"]` keeps it.)
 */
export type Schema<Name extends keyof components["schemas"]> = NonNullable<
  FetchResponse<
    {
      responses: {
        200: {
          headers: Record<string, unknown>;
          content: { "application/json": components["schemas"][Name] };
        };
      };
    },
    Record<string, never>,
    "application/json"
  >["data"]
>;

/** The problem+json error body every failing call returns. */
export type Problem = components["schemas"]["Problem"];

export interface DondocClientOptions {
  /** Origin of the API, e.g. `http://127.0.0.1:8787`; empty for the same origin. */
  readonly baseUrl?: string;
  /** An API key (`ddk_…`) for integrators; omit in the browser to use the session cookie. */
  readonly apiKey?: string;
  /** A custom fetch (tests, Node without global fetch). */
  readonly fetch?: typeof globalThis.fetch;
}

export type DondocClient = Client<paths> & {
  /** Sets the CSRF token returned by login / GET /v1/auth/session. */
  readonly setCsrfToken: (token: string | null) => void;
};

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Creates a typed client. */
export const createDondocClient = (options: DondocClientOptions = {}): DondocClient => {
  let csrf: string | null = null;
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? "",
    credentials: "include",
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  client.use({
    onRequest({ request }) {
      if (options.apiKey !== undefined) request.headers.set("authorization", `Bearer ${options.apiKey}`);
      else if (csrf !== null && unsafe.has(request.method)) request.headers.set("x-csrf-token", csrf);
      return request;
    },
  });
  return Object.assign(client, {
    setCsrfToken: (token: string | null) => {
      csrf = token;
    },
  });
};

export type { VerifyWebhookSignatureOptions, WebhookSignatureVerdict } from "./webhook-signature.js";
export { verifyWebhookSignature } from "./webhook-signature.js";
