/**
 * GET /v1/audit/verify — checks the audit log's hash chain and reports the first broken link (the
 * audit row id and why) or that every link holds. `audit.verify` is an administrator's permission
 * (or a key's scope an administrator grants): it reads every row, across every issuer.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import * as AuditChain from "../../services/audit-chain.js";

const AuditVerdict = z
  .object({
    ok: z.boolean().openapi({ description: "Chuỗi băm nguyên vẹn", example: false }),
    links: z.number().int().openapi({ description: "Số mắt xích đã kiểm trước khi dừng", example: 41 }),
    head: z.string().nullable().openapi({
      description:
        "Băm của mắt xích cuối khi chuỗi nguyên vẹn; lưu bản sao ở nơi khác để phát hiện việc viết lại cả chuỗi",
      example: "9f2c…",
    }),
    brokenAt: z
      .string()
      .nullable()
      .openapi({ description: "Mã dòng nhật ký ở mắt xích hỏng đầu tiên", example: "42" }),
    reason: z
      .enum(["row-changed", "row-missing", "link-changed", "link-missing", "row-unchained"])
      .nullable()
      .openapi({ description: "Lý do hỏng", example: "row-changed" }),
  })
  .openapi("AuditVerdict");

export const route = define({
  method: "get",
  path: "/v1/audit/verify",
  operationId: "verifyAuditChain",
  permission: "audit.verify",
  tags: ["audit"],
  summary: "Kiểm tra chuỗi băm nhật ký (verify the audit hash chain)",
  responses: { 200: json(AuditVerdict, "Kết quả kiểm tra") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const verdict = await AuditChain.verify(deps(c).db.kysely);
    return c.json(
      verdict.ok
        ? { ok: true, links: verdict.links, head: verdict.head, brokenAt: null, reason: null }
        : { ok: false, links: verdict.links, head: null, brokenAt: verdict.auditId, reason: verdict.reason },
      200,
    );
  });
