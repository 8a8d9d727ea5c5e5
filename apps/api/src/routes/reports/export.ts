/**
 * GET /v1/reports/export — the ReportData JSON export that @dondoc/reporting and `dondoc report`
 * read: every visible task, at most `REPORT_MAX_TASKS` (else a `report-too-large` problem).
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import * as ReportExport from "../../services/report-export.js";

const ExportView = z
  .object({
    version: z.literal(1).openapi({ description: "Phiên bản định dạng", example: 1 }),
    agencies: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: "Cơ quan", example: [{ id: "brvt.so-tc", name: "Sở Tài chính" }] }),
    notices: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: "Thông báo đã ban hành", example: [{ id: "ntc_4k2m", symbol: "15/TB-UBND" }] }),
    resolutions: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: "Nghị quyết", example: [{ id: "res_1", code: "02-NQ/TU" }] }),
    tasks: z.array(z.record(z.string(), z.unknown())).openapi({
      description: "Nhiệm vụ (thời hạn sau gia hạn)",
      example: [{ id: "tsk_8f2k3j", dueOn: "2024-03-15", leadAgencyId: "brvt.so-tc" }],
    }),
  })
  .openapi("ReportExport", { description: "ReportData của @dondoc/reporting" });

export const route = define({
  method: "get",
  operationId: "exportReport",
  path: "/v1/reports/export",
  permission: "reports.read",
  tags: ["reports"],
  summary: "Xuất dữ liệu báo cáo (ReportData export)",
  description:
    "Mọi nhiệm vụ người gọi được xem, tối đa REPORT_MAX_TASKS (mặc định 200.000); vượt quá: 422 report-too-large. / Every task the caller may see, at most REPORT_MAX_TASKS (default 200,000), else 422 report-too-large.",
  responses: { 200: json(ExportView, "Dữ liệu báo cáo") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    return c.json(
      await ReportExport.build(d.db.kysely, principal(c), undefined, d.env.REPORT_MAX_TASKS),
      200,
    );
  });
