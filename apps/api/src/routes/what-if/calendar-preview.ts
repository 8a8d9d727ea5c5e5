/**
 * POST /v1/what-if/calendar/{year} — previews a year's calendar (e.g. a new day off): which
 * deadlines would move and which timeliness statuses would change today. Writes nothing.
 */
import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { body, define, json } from "../../http/route.js";
import * as WhatIf from "../../integrations/what-if.js";
import { YearParam } from "../calendar/schema.js";
import { current, ProposedYear, WhatIfResult, withYear } from "./schema.js";

export const route = define({
  method: "post",
  operationId: "previewCalendarWhatIf",
  path: "/v1/what-if/calendar/{year}",
  permission: "calendar.write",
  tags: ["what-if"],
  summary: "Xem trước thay đổi lịch nghỉ (preview a calendar change)",
  request: { params: YearParam, ...body(ProposedYear) },
  responses: { 200: json(WhatIfResult, "Các hạn và tình trạng sẽ thay đổi") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const db = d.db.kysely;
    const after = await withYear(db, c.req.valid("param").year, c.req.valid("json"));
    const preview = await WhatIf.compare(db, await current(db), after, d.now());
    return c.json({ ...preview, applied: null, version: null }, 200);
  });
