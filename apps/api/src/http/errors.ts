/**
 * Turns anything thrown into problem+json: `ApiError` as declared, Hono's HTTP exceptions (bad JSON,
 * body too large) and PostgreSQL constraint errors as 4xx, and everything else as a logged 500 that
 * reveals nothing. Also the zod validation hook: schema failures become 400 with field paths.
 */
import type { Hook } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";

import type { AppEnv } from "../context.js";
import type { FieldError, ProblemCode } from "./problem.js";
import { ApiError, body, RETRY_AFTER_SECONDS, WWW_AUTHENTICATE } from "./problem.js";

export const fieldErrors = (target: string, error: ZodError): FieldError[] =>
  error.issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));

// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route's input type
export const validationHook: Hook<any, AppEnv, any, any> = (result) => {
  if (!result.success) {
    const errors = fieldErrors(result.target, result.error);
    const first = errors[0];
    throw new ApiError(
      "validation-failed",
      first === undefined
        ? "Dữ liệu không hợp lệ / Invalid input"
        : `Trường ${first.path} không hợp lệ: ${first.message} / Invalid field ${first.path}`,
      { errors },
    );
  }
};

const fromHttpException = (error: HTTPException): ApiError => {
  const status = error.status;
  const code: ProblemCode =
    status === 413
      ? "payload-too-large"
      : status === 415
        ? "unsupported-media-type"
        : status === 401
          ? "unauthenticated"
          : status === 403
            ? "forbidden"
            : status === 404
              ? "not-found"
              : "validation-failed";
  const detail =
    code === "validation-failed"
      ? `Nội dung yêu cầu không đọc được (${error.message}) / Malformed request`
      : code === "payload-too-large"
        ? "Dữ liệu gửi lên vượt quá giới hạn / Request body too large"
        : error.message;
  return new ApiError(code, detail);
};

const pgCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;

const fromPostgres = (code: string): ApiError | undefined => {
  if (code === "23505") return new ApiError("conflict", "Giá trị đã tồn tại / Value already exists");
  if (code === "23503") {
    return new ApiError(
      "validation-failed",
      "Tham chiếu tới bản ghi không tồn tại / Reference to a missing record",
    );
  }
  if (code.startsWith("22")) return new ApiError("validation-failed", "Giá trị không hợp lệ / Invalid value");
  return undefined;
};

/** The application's `onError`. */
export const onError = (error: Error, c: Context<AppEnv>): Response => {
  const known =
    error instanceof ApiError
      ? error
      : error instanceof HTTPException
        ? fromHttpException(error)
        : fromPostgres(pgCode(error) ?? "");
  const requestId = c.get("requestId");
  if (known === undefined) {
    c.get("deps").log.log("error", "unhandled error", {
      requestId,
      error: error.message,
      stack: error.stack,
    });
  }
  const problem = known ?? new ApiError("internal", "Đã có lỗi hệ thống; vui lòng thử lại / Internal error");
  const payload = body(problem.code, problem.detail, {
    origin: c.get("deps").env.PUBLIC_URL ?? new URL(c.req.url).origin,
    instance: c.req.path,
    ...(requestId === undefined ? {} : { requestId }),
    ...(problem.errors === undefined ? {} : { errors: problem.errors }),
    ...(problem.rule === undefined ? {} : { rule: problem.rule }),
  });
  return c.newResponse(JSON.stringify(payload), problem.status, {
    "content-type": "application/problem+json; charset=utf-8",
    ...(requestId === undefined ? {} : { "x-request-id": requestId }),
    // A refusal that does not say when to come back gets the documented wait; the limiter sends its own.
    ...(problem.code === "rate-limited" ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {}),
    ...(problem.headers ?? {}),
    // RFC 9110 §11.6.1: a 401 names how to authenticate (a key as Bearer; browsers use the cookie).
    ...(problem.status === 401 ? { "www-authenticate": WWW_AUTHENTICATE } : {}),
  });
};
