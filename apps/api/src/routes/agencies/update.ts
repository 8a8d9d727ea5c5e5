/** PATCH /v1/agencies/{id} — renames, re-parents or edits the names an agency is matched by. If-Match. */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { body, define, IdParam, IfMatch, json } from "../../http/route.js";
import { IsoDay } from "../../http/schemas.js";
import * as Agencies from "../../services/agencies.js";
import * as Audit from "../../services/audit.js";
import * as Directory from "../../services/directory.js";
import * as Tasks from "../../services/tasks.js";
import { AgencyKind, AgencyView } from "./schema.js";

const names = z.array(z.string().trim().min(1).max(300)).max(50);

const AgencyPatch = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: "Tên chính thức", example: "Sở Tài chính" }),
    shortNames: names.optional().openapi({ description: "Tên viết tắt", example: ["STC"] }),
    aliases: names.optional().openapi({ description: "Cách viết khác", example: ["Sở Tài chính tỉnh"] }),
    parentId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .openapi({ description: "Cơ quan cấp trên", example: "brvt.ubnd" }),
    kind: AgencyKind.optional(),
    groups: z
      .array(z.string().min(1).max(100))
      .max(50)
      .optional()
      .openapi({ description: "Nhóm", example: ["brvt.so-ban-nganh"] }),
    validFrom: IsoDay.nullable().optional().openapi({ description: "Ngày bắt đầu hoạt động", example: null }),
    validTo: IsoDay.nullable().optional().openapi({ description: "Ngày cuối cùng hoạt động", example: null }),
  })
  .strict()
  .openapi("AgencyPatch");

export const route = define({
  method: "patch",
  operationId: "updateAgency",
  path: "/v1/agencies/{id}",
  permission: "agencies.write",
  tags: ["agencies"],
  summary: "Sửa cơ quan (edit an agency)",
  request: { params: IdParam, headers: IfMatch, ...body(AgencyPatch) },
  responses: { 200: json(AgencyView, "Cơ quan sau khi sửa") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const expected = ETag.expected(c.req.header("if-match"));
    const input = c.req.valid("json");
    const { row, groups } = await tx(d, async (db) => {
      const before = await Agencies.get(db, c.req.valid("param").id, true);
      Tasks.ensureVersion(before, expected, "Cơ quan");
      const name = input.name ?? before.name;
      const shortNames = input.shortNames ?? before.short_names;
      const aliases = input.aliases ?? before.aliases;
      const row = await db
        .updateTable("agencies")
        .set({
          name,
          short_names: JSON.stringify(shortNames),
          aliases: JSON.stringify(aliases),
          ...(input.parentId === undefined ? {} : { parent_id: input.parentId }),
          ...(input.kind === undefined ? {} : { kind: input.kind }),
          ...(input.validFrom === undefined ? {} : { valid_from: input.validFrom }),
          ...(input.validTo === undefined ? {} : { valid_to: input.validTo }),
          search_text: Directory.searchKey({ id: before.id, name, shortNames, aliases }),
          version: before.version + 1,
          updated_at: d.now(),
        })
        .where("id", "=", before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (input.groups !== undefined) {
        await db.deleteFrom("agency_group_members").where("agency_id", "=", before.id).execute();
        for (const g of input.groups)
          await db.insertInto("agency_group_members").values({ group_id: g, agency_id: before.id }).execute();
      }
      const groups = await Agencies.groupsOf(db, before.id);
      await Audit.record(db, who(c), {
        action: "agency.updated",
        entity: "agency",
        entityId: before.id,
        before,
        after: { ...row, groups },
      });
      return { row, groups };
    });
    c.header("ETag", ETag.of(row.version));
    return c.json(Agencies.view(row, groups), 200);
  });
