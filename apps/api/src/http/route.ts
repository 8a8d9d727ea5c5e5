/**
 * `define` wraps `createRoute`: each operation declares the permission it needs, and gets the
 * authorisation middleware, the security requirement and the problem+json error responses in its
 * OpenAPI entry. Every defined route is kept in `registry`, which the role-matrix test walks.
 */
import type { RouteConfig } from "@hono/zod-openapi";
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";

import type { Permission } from "../auth/permission.js";
import type { AppEnv } from "../context.js";
import { idempotency } from "./idempotency.js";
import { ApiError, Problem, RETRY_AFTER_SECONDS, WWW_AUTHENTICATE } from "./problem.js";

export interface RegisteredRoute {
  readonly method: string;
  readonly path: string;
  readonly permission: Permission | "public" | "authenticated";
  /** Open to a user who must still change the one-time password (session, password, sign-out). */
  readonly beforePasswordChange: boolean;
  /** The stable `operationId` of the OpenAPI entry (camelCase verb + resource: `listTasks`). */
  readonly operationId: string;
}

export const registry: RegisteredRoute[] = [];

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

const errorResponses = {
  400: problem("Dữ liệu không hợp lệ (validation-failed)"),
  401: {
    ...problem("Chưa đăng nhập (unauthenticated, invalid-credentials)"),
    headers: z.object({
      "WWW-Authenticate": z.string().openapi({
        description:
          "Cách xác thực: khoá API gửi trong Authorization: Bearer …; trình duyệt dùng cookie phiên dondoc_session sau POST /v1/auth/login",
        example: WWW_AUTHENTICATE,
      }),
    }),
  },
  403: problem("Không có quyền (forbidden, csrf-failed, password-change-required)"),
  404: problem("Không tìm thấy (not-found)"),
  409: problem(
    "Xung đột (conflict, invalid-transition, idempotency-in-progress, idempotency-secret-shown-once)",
  ),
  412: problem("Phiên bản đã cũ (precondition-failed)"),
  422: problem(
    "Trái quy chế theo dõi, đôn đốc (rule-violated: the `rule` member names the rule) hoặc Idempotency-Key dùng lại cho yêu cầu khác (idempotency-key-reused) hoặc địa chỉ webhook không công khai (unsafe-target: `errors` names the field) hoặc báo cáo vượt quá số nhiệm vụ tối đa (report-too-large)",
  ),
  428: problem("Thiếu If-Match (precondition-required)"),
  500: problem("Lỗi hệ thống (internal)"),
};

/** Documented only on operations that have a limit (`rateLimited: true`). */
const rateLimited = {
  ...problem("Quá nhiều yêu cầu (rate-limited)"),
  headers: z.object({
    "Retry-After": z
      .string()
      .openapi({ description: "Số giây cần đợi trước khi thử lại", example: String(RETRY_AFTER_SECONDS) }),
  }),
};

const authorize =
  (permission: RegisteredRoute["permission"], beforePasswordChange: boolean): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (permission === "public") return next();
    const principal = c.get("principal");
    if (principal === null) {
      throw new ApiError(
        "unauthenticated",
        "Vui lòng đăng nhập hoặc gửi khoá API / Sign in or send an API key",
      );
    }
    if (principal.mustChangePassword && !beforePasswordChange) {
      throw new ApiError(
        "password-change-required",
        "Tài khoản đang dùng mật khẩu một lần: hãy đổi mật khẩu (POST /v1/auth/password) trước / Change your one-time password first",
      );
    }
    if (permission !== "authenticated" && !principal.permissions.has(permission)) {
      throw new ApiError(
        "forbidden",
        `Tài khoản không có quyền “${permission}” / Missing permission ${permission}`,
      );
    }
    return next();
  };

/** Responses that carry a secret (a password, a token, a signing secret) are never stored by a cache. */
const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
};

const operationIds = new Set<string>();

/** POSTs that create something (201, or 202 for a job) take `Idempotency-Key`. */
const createsSomething = (config: RouteConfig): boolean =>
  config.method === "post" && ("201" in config.responses || "202" in config.responses);

type Request = NonNullable<RouteConfig["request"]>;

const withIdempotencyKey = (request: Request): Request => {
  const headers = request.headers;
  if (headers !== undefined && !(headers instanceof z.ZodObject)) return request;
  return {
    ...request,
    headers: headers === undefined ? IdempotencyKey : headers.extend(IdempotencyKey.shape),
  };
};

/**
 * A route with its permission; adds auth middleware, security and error responses. `carriesSecret`
 * marks a response that holds a secret shown once: it is sent with `Cache-Control: no-store`, and
 * the idempotency store keeps none of its body (`http/idempotency.ts`); `rateLimited` documents
 * the 429 (with `Retry-After`) of an operation that has a limit. Every operation names its
 * `operationId`, unique in the API and never changed once published (the generated client and
 * integrators' code call operations by it).
 *
 * @throws Error when two operations declare the same `operationId` (at start-up, not per request).
 */
export const define = <P extends string, R extends Omit<RouteConfig, "path" | "middleware"> & { path: P }>(
  config: R & {
    operationId: string;
    permission: RegisteredRoute["permission"];
    beforePasswordChange?: true;
    carriesSecret?: true;
    rateLimited?: true;
  },
): R & { getRoutingPath(): string } => {
  const {
    permission,
    beforePasswordChange = false,
    carriesSecret = false,
    rateLimited: hasLimit = false,
    ...rest
  } = config;
  if (operationIds.has(rest.operationId)) throw new Error(`duplicate operationId ${rest.operationId}`);
  operationIds.add(rest.operationId);
  registry.push({
    method: rest.method.toUpperCase(),
    path: rest.path,
    permission,
    beforePasswordChange,
    operationId: rest.operationId,
  });
  const base = rest as RouteConfig;
  const route = createRoute({
    ...base,
    ...(createsSomething(base) ? { request: withIdempotencyKey(base.request ?? {}) } : {}),
    // Idempotency after authorisation: a replay is authorised again, like the request it repeats.
    middleware: [
      authorize(permission, beforePasswordChange),
      ...(carriesSecret ? [noStore] : []),
      idempotency(carriesSecret),
    ],
    // An empty requirement says "no authentication" rather than leaving it unstated.
    security: permission === "public" ? [] : [{ session: [] }, { apiKey: [] }],
    responses: { ...errorResponses, ...(hasLimit ? { 429: rateLimited } : {}), ...rest.responses },
    ...(permission === "public" || permission === "authenticated"
      ? {}
      : {
          "x-permission": permission,
          description: `${rest.description ?? ""}\n\nQuyền: \`${permission}\``.trim(),
        }),
  });
  return route as unknown as R & { getRoutingPath(): string };
};

/** A JSON response entry. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A JSON request body entry. */
export const body = <S extends z.ZodType>(schema: S, description = "Nội dung yêu cầu") => ({
  body: { required: true, description, content: { "application/json": { schema } } },
});

/** A JSON body the client may leave out (then the handler reads `{}`). */
export const optionalBody = <S extends z.ZodType>(
  schema: S,
  description = "Nội dung yêu cầu (không bắt buộc)",
) => ({
  body: { required: false, description, content: { "application/json": { schema } } },
});

export const IfMatch = z.object({
  "if-match": z.string().optional().openapi({
    description: "ETag của phiên bản đang sửa (bắt buộc; thiếu → 428, cũ → 412)",
    example: '"3"',
  }),
});

export const IdempotencyKey = z.object({
  "idempotency-key": z.string().min(1).max(200).optional().openapi({
    description: "Khoá chống gửi trùng: cùng khoá, cùng nội dung → trả lại đúng phản hồi lần đầu",
    example: "4f1c2d1e-7c1b-4b7e-9b2f-6a7f0e5d9c11",
  }),
});

export const IdParam = z.object({
  id: z.string().min(1).max(100).openapi({ description: "Mã định danh", example: "tsk_8f2k3j" }),
});

/** A page of a list with an opaque cursor to the next page (`http/paging.ts`). */
export { page } from "./paging.js";
