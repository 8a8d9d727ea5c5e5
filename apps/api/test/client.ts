/**
 * A test client over real HTTP: sign in as a role (a user created directly in the database),
 * keep the session cookie and the CSRF token, and send JSON with If-Match / Idempotency-Key.
 */
import type { Kysely } from "kysely";

import { hashPassword } from "../src/auth/secret.js";
import type { Database, Role } from "../src/db/schema.js";
import * as Ids from "../src/services/ids.js";

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
  readonly body: any;
}

export interface Caller {
  readonly request: (
    method: string,
    path: string,
    options?: {
      body?: unknown;
      ifMatch?: string | null;
      idempotencyKey?: string;
      headers?: Record<string, string>;
    },
  ) => Promise<Reply>;
  readonly userId: string;
  /** The session cookie (`name=value`), empty for API keys and anonymous callers. */
  readonly cookie: string;
}

const send = async (
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<Reply> => {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === "" ? null : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, body: parsed };
};

/** An anonymous caller. */
export const anonymous = (base: string): Caller => ({
  userId: "",
  cookie: "",
  request: (method, path, options = {}) => send(base, method, path, options.headers ?? {}, options.body),
});

const passwordHash = hashPassword("mat-khau-thu-nghiem");

/**
 * Creates a user with `role` (and agency) and signs in over HTTP. A secretariat follows up UBND
 * tỉnh Bà Rịa - Vũng Tàu (`brvt.ubnd`, the fixture notice's issuer) unless told otherwise.
 */
export const signIn = async (
  base: string,
  db: Kysely<Database>,
  role: Role,
  agencyId: string | null = role === "secretariat" ? "brvt.ubnd" : null,
): Promise<Caller> => {
  const id = Ids.make("usr");
  const username = `${role}-${id.slice(-6)}`;
  await db
    .insertInto("users")
    .values({
      id,
      username,
      display_name: `Người dùng ${role}`,
      password_hash: await passwordHash,
      role,
      agency_id: agencyId,
    })
    .execute();
  const login = await send(base, "POST", "/v1/auth/login", {}, { username, password: "mat-khau-thu-nghiem" });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const csrf: string = login.body.csrfToken;
  return {
    userId: id,
    cookie,
    request: (method, path, options = {}) => {
      const headers: Record<string, string> = { cookie, "x-csrf-token": csrf, ...(options.headers ?? {}) };
      if (options.ifMatch !== undefined && options.ifMatch !== null) headers["if-match"] = options.ifMatch;
      if (options.idempotencyKey !== undefined) headers["idempotency-key"] = options.idempotencyKey;
      return send(base, method, path, headers, options.body);
    },
  };
};

/** A caller authenticated by an API key token. */
export const withApiKey = (base: string, tokenValue: string): Caller => ({
  userId: "",
  cookie: "",
  request: (method, path, options = {}) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${tokenValue}`,
      ...(options.headers ?? {}),
    };
    if (options.ifMatch !== undefined && options.ifMatch !== null) headers["if-match"] = options.ifMatch;
    if (options.idempotencyKey !== undefined) headers["idempotency-key"] = options.idempotencyKey;
    return send(base, method, path, headers, options.body);
  },
});
