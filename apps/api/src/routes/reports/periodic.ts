/**
 * POST /v1/reports — the periodic report (tháng, quý, 6 tháng, năm — Decree 09/2019/NĐ-CP — or a
 * custom range of days `2024-03-01..2024-04-15`) for a scope, computed by @dondoc/reporting from this database and downloaded as DOCX (Decree 30/2020
 * layout; needs the document details), XLSX, CSV or JSON.
 *
 * Only the tasks the report's window admits are read (`ReportWindow` of the reporting package,
 * in SQL by `ReportExport.build`), in pages, at most `REPORT_MAX_TASKS` of them (else a
 * `report-too-large` problem); the body is streamed as the renderer hands out its chunks (JSON in
 * pieces of about 64 KiB). `@dondoc/reporting` (docx, exceljs) is loaded on the first report, not
 * when the server starts.
 */
import { z } from "@hono/zod-openapi";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";

import type { App } from "../../context.js";
import { deps, principal } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { body, define } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as ReportExport from "../../services/report-export.js";
import { ReportJson } from "./schema.js";

const MakeReport = z
  .object({
    period: z
      .string()
      .regex(
        /^(\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$/,
        "Kỳ: 2024-01, 2024-Q1, 2024-H1, 2024 hoặc 2024-03-01..2024-04-15",
      )
      .openapi({
        description:
          "Kỳ báo cáo: tháng 2024-01, quý 2024-Q1, 6 tháng 2024-H1, năm 2024, hoặc tùy chọn từ ngày..đến ngày 2024-03-01..2024-04-15 (gồm cả hai ngày, không dịch theo ngày chốt số liệu; ngày đầu không sau ngày cuối) / report period: month, quarter, half-year, year, or a custom inclusive range from..to",
        example: "2024-01",
      }),
    scope: z.string().max(200).default("all").openapi({
      description:
        "Phạm vi: all, agency:<mã cơ quan chủ trì>, notice:<mã thông báo>, issuer:<mã cơ quan ban hành>, resolution:<mã nghị quyết>",
      example: "all",
    }),
    format: z
      .enum(["docx", "xlsx", "csv", "json"])
      .default("json")
      .openapi({ description: "Định dạng tệp", example: "xlsx" }),
    lang: z.enum(["vi", "en"]).default("vi").openapi({ description: "Ngôn ngữ", example: "vi" }),
    at: z.iso
      .date()
      .optional()
      .openapi({ description: "Tính đến ngày (mặc định hôm nay)", example: "2024-01-31" }),
    document: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        description: "Thông tin văn bản cho DOCX: issuer, place, signer {title, name, authority}…",
        example: {
          issuer: "VĂN PHÒNG UBND TỈNH",
          place: "Bà Rịa - Vũng Tàu",
          signer: { authority: "TL. CHỦ TỊCH", title: "Chánh Văn phòng", name: "Trần Thị B" },
        },
      }),
  })
  .strict()
  .openapi("MakeReport");

export const route = define({
  method: "post",
  operationId: "createPeriodicReport",
  path: "/v1/reports",
  permission: "reports.read",
  tags: ["reports"],
  summary: "Lập báo cáo định kỳ (make a periodic report)",
  description:
    "Chỉ đọc các nhiệm vụ có thể có mặt trong báo cáo của kỳ (giao trước ngày chốt số liệu, chưa hoàn thành trước kỳ đầu tiên của xu hướng, hoặc thuộc một nghị quyết), tối đa REPORT_MAX_TASKS (mặc định 200.000); vượt quá: 422 report-too-large. Tệp được gửi dần khi đang lập. / Reads only the tasks the period's report can show, at most REPORT_MAX_TASKS (default 200,000), else 422 report-too-large; the body is streamed.",
  request: body(MakeReport),
  responses: {
    200: {
      description: "Báo cáo: JSON (format json) hoặc tệp DOCX, XLSX, CSV",
      content: {
        "application/json": { schema: ReportJson },
        "application/octet-stream": {
          schema: z.string().openapi({ format: "binary", description: "DOCX, XLSX hoặc CSV" }),
        },
      },
    },
  },
});

/** A body that hands out `chunks` one at a time, as the client reads them. */
const streamOf = (chunks: Iterable<Uint8Array>): ReadableStream<Uint8Array> => {
  const it = chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = it.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
    cancel() {
      it.return?.();
    },
  });
};

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const input = c.req.valid("json");
    const rules = await RulesCache.forRequest(d);
    const { Render, ReportBundle, ReportWindow } = await import("@dondoc/reporting");
    const at = input.at ?? rules.today;
    const invalid = (message: string) =>
      new ApiError("validation-failed", message, { errors: [{ path: "body", message }] });
    const window = ReportWindow.forInput({ period: input.period, at });
    if (Result.isFailure(window)) throw invalid(window.failure.message);
    const built = ReportBundle.fromInput({
      data: await ReportExport.build(d.db.kysely, principal(c), window.success, d.env.REPORT_MAX_TASKS),
      period: input.period,
      scope: input.scope,
      at,
      calendar: rules.calendar,
    });
    if (Result.isFailure(built)) throw invalid(built.failure.message);
    if (input.format === "docx" && input.document === undefined) {
      throw new ApiError(
        "validation-failed",
        "Báo cáo DOCX cần thông tin văn bản (document: issuer, place, signer) / DOCX needs document details",
        {
          errors: [{ path: "body.document", message: "Bắt buộc với DOCX" }],
        },
      );
    }
    const rendered = await Effect.runPromise(
      Effect.result(
        Render.chunks(built.success, { format: input.format, lang: input.lang, meta: input.document }),
      ),
    );
    if (Result.isFailure(rendered)) {
      throw new ApiError("validation-failed", rendered.failure.message, {
        errors: [{ path: "body.document", message: rendered.failure.message }],
      });
    }
    return c.body(streamOf(rendered.success), 200, {
      "content-type": Render.MEDIA_TYPES[input.format],
      "content-disposition": `attachment; filename="${Render.fileName(built.success, input.format)}"`,
    });
  });
