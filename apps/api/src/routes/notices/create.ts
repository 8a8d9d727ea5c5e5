/**
 * POST /v1/notices — stores a notice — its text, parsed here, or a ParsedNotice already reviewed — as a draft with
 * its directives and draft tasks, for review before publishing. The notice belongs to an issuing
 * body (`issuerAgencyId`), whose secretariat follows it up. Accepts Idempotency-Key.
 */

import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Issuer from "../../services/issuer.js";
import * as Notices from "../../services/notices.js";
import * as Parse from "../../services/parse.js";
import { Parsed } from "./parsed-schema.js";
import { NoticeView } from "./schema.js";

const CreateNotice = z
  .object({
    // Kết quả phân tích văn bản (ParsedNotice) — từ POST /v1/notices/parse hoặc `dondoc parse --json`.
    parsed: Parsed.optional(),
    text: z.string().min(1).max(500_000).optional().openapi({
      description: "Hoặc toàn văn thông báo: máy chủ tự phân tích",
      example: "ỦY BAN NHÂN DÂN TỈNH…",
    }),
    resolutionId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "Nghị quyết/chương trình mà các nhiệm vụ góp phần thực hiện", example: null }),
    issuerAgencyId: z.string().min(1).max(100).nullable().default(null).openapi({
      description:
        "Cơ quan ban hành trong danh mục. Bỏ trống: văn phòng dùng cơ quan của mình; quản trị viên dùng cơ quan ghi trên văn bản nếu danh mục nhận ra",
      example: "brvt.ubnd",
    }),
  })
  .refine((v) => (v.parsed === undefined) !== (v.text === undefined), {
    message: "Gửi đúng một trong hai: parsed hoặc text",
    path: ["text"],
  })
  .openapi("CreateNotice");

export const route = define({
  method: "post",
  operationId: "createNotice",
  path: "/v1/notices",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Tạo bản nháp thông báo từ kết quả phân tích (create a draft notice)",
  request: { headers: IdempotencyKey, ...body(CreateNotice) },
  responses: { 201: json(NoticeView, "Bản nháp đã tạo") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const p = principal(c);
    const rules = await RulesCache.forRequest(d);
    const parsed = input.parsed ?? (await Parse.text(d.db.kysely, rules, input.text ?? ""));
    const row = await tx(d, async (db) => {
      const issuerAgencyId = await Issuer.forNew(db, p, {
        requested: input.issuerAgencyId,
        written: parsed.notice.issuer,
        on: parsed.notice.issuedOn,
        path: "body.issuerAgencyId",
      });
      const id = await Notices.createDraft(db, who(c), parsed, {
        resolutionId: input.resolutionId,
        createdBy: p.kind === "user" ? p.id : null,
        issuerAgencyId,
      });
      return Notices.get(db, id);
    });
    c.header("ETag", ETag.of(row.version));
    c.header("Location", `/v1/notices/${row.id}`);
    return c.json(await Notices.view(d.db.kysely, row, rules, principal(c)), 201);
  });
