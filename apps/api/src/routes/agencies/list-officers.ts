/**
 * GET /v1/agencies/{id}/officers — the active officers' accounts of an agency, by name: whom a
 * task of that agency can be given to (chuyên viên xử lý). An officer lists only their own agency's
 * (`AccessPolicy.mayListOfficers`; another agency's answers 404); the secretariat any agency's.
 */
import { z } from "@hono/zod-openapi";

import * as AccessPolicy from "../../access/access-policy.js";
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import * as Paging from "../../http/paging.js";
import { ApiError } from "../../http/problem.js";
import { define, IdParam, json, page } from "../../http/route.js";

const Officer = z
  .object({
    id: z.string().openapi({ description: "Mã tài khoản", example: "usr_8f2k" }),
    displayName: z.string().openapi({ description: "Họ tên", example: "Nguyễn Thị Lan" }),
  })
  .openapi("AgencyOfficer");

export const route = define({
  method: "get",
  operationId: "listAgencyOfficers",
  path: "/v1/agencies/{id}/officers",
  permission: "tasks.report",
  tags: ["agencies"],
  summary: "Cán bộ của cơ quan (the officers a task can be given to)",
  request: { params: IdParam, query: Paging.PageQuery },
  responses: { 200: json(page(Officer, "AgencyOfficerPage"), "Các cán bộ đang hoạt động, theo tên") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const agencyId = c.req.valid("param").id;
    if (!AccessPolicy.mayListOfficers(principal(c), agencyId))
      throw new ApiError("not-found", `Không tìm thấy cơ quan ${agencyId} / not found: ${agencyId}`);
    const query = deps(c)
      .db.kysely.selectFrom("users")
      .select(["id", "display_name"])
      .where("agency_id", "=", agencyId)
      .where("role", "=", "agency_officer")
      .where("disabled", "=", false)
      .orderBy("display_name")
      .orderBy("id");
    const { rows, nextCursor, total } = await Paging.run(query, c.req.valid("query"));
    return c.json(
      { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })), nextCursor, total },
      200,
    );
  });
