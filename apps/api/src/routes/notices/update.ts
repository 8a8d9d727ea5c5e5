/**
 * PATCH /v1/notices/{id} — edit the header of a draft notice during review. The issuing body
 * (`issuerAgencyId`) can also be changed later, alone, to hand a published notice's follow-up to
 * another office. Requires If-Match.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, principal, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import { IsoDay } from "../../http/schemas.js";
import * as Audit from "../../services/audit.js";
import * as Issuer from "../../services/issuer.js";
import * as Notices from "../../services/notices.js";
import * as Tasks from "../../services/tasks.js";
import { fold } from "../../services/text.js";
import { NoticeView } from "./schema.js";

const text = (description: string, example: string) =>
  z.string().trim().min(1).max(2000).nullable().optional().openapi({ description, example });

const NoticePatch = z
  .object({
    number: text("Số", "12"),
    symbol: text("Ký hiệu", "TB-UBND"),
    issuer: text("Cơ quan ban hành", "UBND tỉnh Bà Rịa - Vũng Tàu"),
    place: text("Địa danh", "Bà Rịa - Vũng Tàu"),
    subject: text("Trích yếu", "Kết luận của Phó Chủ tịch UBND tỉnh…"),
    issuedOn: IsoDay.nullable().optional().openapi({ description: "Ngày ban hành", example: "2023-01-18" }),
    meetingOn: IsoDay.nullable().optional().openapi({ description: "Ngày họp", example: "2023-01-05" }),
    resolutionId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .openapi({ description: "Nghị quyết liên quan", example: null }),
    issuerAgencyId: z.string().min(1).max(100).optional().openapi({
      description: "Cơ quan ban hành trong danh mục (văn phòng của cơ quan này theo dõi thông báo)",
      example: "brvt.ubnd",
    }),
  })
  .strict()
  .openapi("NoticePatch");

export const route = define({
  method: "patch",
  operationId: "updateNotice",
  path: "/v1/notices/{id}",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Sửa bản nháp thông báo (edit a draft)",
  request: { params: IdParam, headers: IfMatch, ...body(NoticePatch) },
  responses: { 200: json(NoticeView, "Thông báo sau khi sửa") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const p = principal(c);
    const after = await tx(d, async (db) => {
      const row = await Notices.getVisible(db, p, c.req.valid("param").id, true);
      Tasks.ensureVersion(row, expected, "Thông báo");
      const onlyIssuer = Object.keys(input).every((k) => k === "issuerAgencyId");
      if (row.lifecycle !== "draft" && !onlyIssuer) {
        throw new ApiError(
          "invalid-transition",
          "Chỉ sửa được bản nháp (thông báo đã ban hành chỉ đổi được cơ quan ban hành) / Only a draft can be edited",
        );
      }
      const issuerAgencyId =
        input.issuerAgencyId === undefined
          ? row.issuer_agency_id
          : await Issuer.choose(db, p, input.issuerAgencyId, "body.issuerAgencyId");
      const next = {
        number: input.number === undefined ? row.number : input.number,
        symbol: input.symbol === undefined ? row.symbol : input.symbol,
        issuer: input.issuer === undefined ? row.issuer : input.issuer,
        place: input.place === undefined ? row.place : input.place,
        subject: input.subject === undefined ? row.subject : input.subject,
        issued_on: input.issuedOn === undefined ? row.issued_on : input.issuedOn,
        meeting_on: input.meetingOn === undefined ? row.meeting_on : input.meetingOn,
        resolution_id: input.resolutionId === undefined ? row.resolution_id : input.resolutionId,
        issuer_agency_id: issuerAgencyId,
      };
      const updated = await db
        .updateTable("notices")
        .set({
          ...next,
          search_text: fold(
            [next.number ?? "", next.symbol ?? "", next.issuer ?? "", next.subject ?? ""].join(" | "),
          ),
          version: row.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await Audit.record(db, who(c), {
        action: "notice.updated",
        entity: "notice",
        entityId: row.id,
        before: { ...row, source_text: undefined },
        after: { ...updated, source_text: undefined },
      });
      return updated;
    });
    c.header("ETag", ETag.of(after.version));
    return c.json(await Notices.view(d.db.kysely, after, await RulesCache.forRequest(d), principal(c)), 200);
  });
