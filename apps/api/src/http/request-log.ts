/**
 * Gives each request an id (taken from a sane `X-Request-Id` or generated), echoes it in the
 * response, and logs one JSON line per request with method, path, status and duration.
 */
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";

import type { AppEnv } from "../context.js";

export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header("x-request-id");
  const requestId = incoming !== undefined && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  c.set("requestId", requestId);
  const started = performance.now();
  // Set before the handler, like the security headers (`security-headers.ts` says why).
  c.header("x-request-id", requestId);
  await next();
  const status = c.res.status;
  c.get("deps").log.log(status >= 500 ? "error" : "info", "request", {
    requestId,
    method: c.req.method,
    path: c.req.path,
    status,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
};
