/**
 * POST /v1/agencies — adds an agency to the directory: an admin, or a secretariat that meets an
 * agency the directory lacks while it reviews a notice (`agencies.add`; editing and merging stay
 * the admin's). Accepts Idempotency-Key.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import * as ETag from "../../http/etag.js";
import { deps, tx, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define, IdempotencyKey, json } from "../../http/route.js";
import { IsoDay } from "../../http/schemas.js";
import * as Agencies from "../../services/agencies.js";
import * as Audit from "../../services/audit.js";
import * as Directory from "../../services/directory.js";
import { AgencyKind, AgencyView } from "./schema.js";

const names = z.array(z.string().trim().min(1).max(300)).max(50);

const CreateAgency = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, "Chỉ chữ thường không dấu, số, dấu chấm và gạch ngang")
      .openapi({ description: "Mã cơ quan (ổn định, không dấu)", example: "brvt.so-cds" }),
    name: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .openapi({ description: "Tên chính thức", example: "Sở Chuyển đổi số" }),
    shortNames: names.default([]).openapi({ description: "Tên viết tắt", example: ["Sở CĐS"] }),
    aliases: names.default([]).openapi({ description: "Cách viết khác", example: [] }),
    parentId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "Cơ quan cấp trên", example: "brvt.ubnd" }),
    kind: AgencyKind,
    groups: z
      .array(z.string().min(1).max(100))
      .max(50)
      .default([])
      .openapi({ description: "Nhóm", example: ["brvt.so-ban-nganh"] }),
    validFrom: IsoDay.nullable()
      .default(null)
      .openapi({ description: "Ngày bắt đầu hoạt động", example: "2025-03-01" }),
  })
  .strict()
  .openapi("CreateAgency");

export const route = define({
  method: "post",
  operationId: "createAgency",
  path: "/v1/agencies",
  permission: "agencies.add",
  tags: ["agencies"],
  summary: "Thêm cơ quan (create an agency)",
  request: { headers: IdempotencyKey, ...body(CreateAgency) },
  responses: { 201: json(AgencyView, "Cơ quan đã thêm") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const input = c.req.valid("json");
    const row = await tx(deps(c), async (db) => {
      const exists = await db
        .selectFrom("agencies")
        .select("id")
        .where("id", "=", input.id)
        .executeTakeFirst();
      if (exists !== undefined)
        throw new ApiError("conflict", `Mã cơ quan ${input.id} đã tồn tại / Agency id exists`);
      const row = await db
        .insertInto("agencies")
        .values({
          id: input.id,
          name: input.name,
          short_names: JSON.stringify(input.shortNames),
          aliases: JSON.stringify(input.aliases),
          parent_id: input.parentId,
          kind: input.kind,
          valid_from: input.validFrom,
          search_text: Directory.searchKey(input),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const g of input.groups)
        await db.insertInto("agency_group_members").values({ group_id: g, agency_id: input.id }).execute();
      await Audit.record(db, who(c), {
        action: "agency.created",
        entity: "agency",
        entityId: row.id,
        after: { ...row, groups: input.groups },
      });
      return row;
    });
    c.header("ETag", ETag.of(row.version));
    return c.json(Agencies.view(row, input.groups), 201);
  });
