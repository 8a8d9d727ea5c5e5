/**
 * The application factory: middleware (request ids and logs, security headers, body limit,
 * authentication with CSRF), every `/v1` route (each with its authorisation and idempotency, see
 * `http/route.ts`), the OpenAPI 3.1 document, the reference UI, health probes and the admin SPA.
 * `server.ts` only listens.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";

import { authenticate } from "./auth/authenticate.js";
import type { App, AppEnv, Deps } from "./context.js";
import { changedHere } from "./http/changed-here.js";
import { onError, validationHook } from "./http/errors.js";
import { ApiError } from "./http/problem.js";
import { requestLog } from "./http/request-log.js";
import { securityHeaders } from "./http/security-headers.js";
import { all } from "./routes/index.js";
import * as AdminSpa from "./routes/system/admin-spa.js";
import * as Docs from "./routes/system/docs.js";
import * as Health from "./routes/system/health.js";
import * as ProblemPages from "./routes/system/problem-pages.js";

export const VERSION = "0.1.0";

export const create = (deps: Deps): App => {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("principal", null);
    await next();
  });
  app.use("*", requestLog);
  app.use("*", securityHeaders);
  Health.register(app);
  const limitOf = (maxSize: number, what: string) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(
          "payload-too-large",
          `Dữ liệu gửi lên vượt quá giới hạn ${what} (${Math.round(maxSize / 1024)} KiB) / Request body over the limit of ${what}`,
        );
      },
    });
  const uploads = limitOf(deps.env.MAX_UPLOAD_BYTES + 1024 * 1024, "tệp tải lên / uploads");
  const json = limitOf(deps.env.MAX_JSON_BYTES, "yêu cầu / requests");
  // Files and whole notice texts may be large; every other body is a small JSON document.
  const isUpload = (path: string, type: string | undefined) =>
    type?.startsWith("multipart/form-data") === true ||
    path === "/v1/notices" ||
    path === "/v1/notices/parse";
  // GET and HEAD carry no body; asking for one makes the Node adapter build a whole Request.
  app.use("/v1/*", (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD"
      ? next()
      : isUpload(c.req.path, c.req.header("content-type"))
        ? uploads(c, next)
        : json(c, next),
  );
  app.use("/v1/*", authenticate);
  app.use("/v1/*", changedHere);
  for (const module of all) module.register(app);

  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "dondoc_session",
    description: "Cookie phiên sau POST /v1/auth/login; yêu cầu thay đổi dữ liệu cần thêm X-CSRF-Token",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "Khoá API dạng `ddk_xxxxxxxx_…` do quản trị viên cấp (Authorization: Bearer …)",
  });
  app.doc31("/v1/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "dondoc API",
      version: VERSION,
      license: { name: "Apache-2.0", url: "https://www.apache.org/licenses/LICENSE-2.0" },
      description:
        "Theo dõi, đôn đốc việc thực hiện kết luận, chỉ đạo — API cho văn phòng, cơ quan và hệ thống tích hợp. " +
        "Lỗi trả về dạng application/problem+json (RFC 9457). Ghi dữ liệu dùng ETag/If-Match; POST nhận Idempotency-Key.",
    },
    servers: [{ url: "/", description: "Máy chủ này" }],
  });
  Docs.register(app);
  ProblemPages.register(app);
  AdminSpa.register(app, deps.env.ADMIN_DIST);
  app.notFound((c) =>
    onError(new ApiError("not-found", `Không có đường dẫn ${c.req.method} ${c.req.path} / No such route`), c),
  );
  app.onError(onError);
  return app;
};
