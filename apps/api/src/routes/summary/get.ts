/**
 * GET /v1/summary — the dashboard's numbers in one request: tasks per timeliness bucket, overdue
 * tasks per lead agency and the on-time rate of the current monthly reporting period, over exactly
 * the tasks GET /v1/tasks shows the caller (an officer: its agency; a secretariat: its issuer's
 * notices), each count with the list's own timeliness filter.
 */
import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { define, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Summary from "../../services/summary.js";
import { SummaryView } from "./schema.js";

export const route = define({
  method: "get",
  operationId: "getSummary",
  path: "/v1/summary",
  permission: "tasks.read",
  tags: ["tasks"],
  summary: "Số liệu tổng quan (dashboard summary)",
  description:
    "Số nhiệm vụ theo tình hình thực hiện, quá hạn theo cơ quan chủ trì và tỷ lệ đúng hạn của kỳ báo cáo tháng hiện tại (Nghị định 09/2019/NĐ-CP, trừ khi bộ quy tắc chọn tháng dương lịch). Phạm vi và bộ lọc như GET /v1/tasks: `counts.overdue` bằng số nhiệm vụ của GET /v1/tasks?timeliness=overdue.",
  responses: { 200: json(SummaryView, "Số liệu tổng quan của người gọi, tính tại thời điểm trả lời") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const rules = await RulesCache.forRequest(d);
    return c.json(await Summary.of(d.db.kysely, principal(c), rules), 200);
  });
