/**
 * POST /v1/imports — uploads a tracking sheet (XLSX or CSV, multipart field `file`) with an
 * optional column mapping (JSON in field `mapping`), source name and issuing body (`issuerAgencyId`:
 * whose notices the rows belong to; a secretariat's own by default). Answers 202 with the job at
 * once; the sheet is read in the background (poll GET /v1/imports/{id} for progress) and nothing is
 * written until POST /v1/imports/{id}/apply.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps, principal, who } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { define, json } from "../../http/route.js";
import * as ImportJob from "../../integrations/import/job.js";
import { Mapping } from "../../integrations/import/rows.js";
import * as Ids from "../../services/ids.js";
import * as Issuer from "../../services/issuer.js";
import { ImportJobView, jobView } from "./schema.js";

const Upload = z
  .object({
    file: z.any().openapi({ type: "string", format: "binary", description: "Tệp XLSX hoặc CSV" }),
    mapping: z.string().optional().openapi({
      description: "Ghép cột (JSON: trường → tên cột)",
      example: '{"dueOn":"Hạn hoàn thành"}',
    }),
    source: z
      .string()
      .optional()
      .openapi({ description: "Nguồn (mặc định: “sheet”)", example: "so-theo-doi-2024" }),
    issuerAgencyId: z.string().optional().openapi({
      description:
        "Cơ quan ban hành của các thông báo trong bảng; văn phòng bỏ trống (dùng cơ quan của mình), quản trị viên phải chọn",
      example: "brvt.ubnd",
    }),
  })
  .openapi("ImportUpload");

const Source = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N} ._-]+$/u);

const invalid = (path: string, message: string) =>
  new ApiError("validation-failed", `${message} / Invalid ${path}`, { errors: [{ path, message }] });

export const route = define({
  method: "post",
  operationId: "createImport",
  path: "/v1/imports",
  permission: "tasks.manage",
  tags: ["imports"],
  summary: "Tải bảng theo dõi lên để nhập (upload a sheet)",
  request: {
    body: {
      required: true,
      description: "Tệp và ghép cột",
      content: { "multipart/form-data": { schema: Upload } },
    },
  },
  responses: { 202: json(ImportJobView, "Lượt nhập đang đọc tệp") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const form: Record<string, unknown> = c.req.valid("form");
    const file = form.file;
    if (!(file instanceof File)) throw invalid("form.file", "Thiếu tệp trong trường “file”");
    let mapping: Mapping = {};
    if (typeof form.mapping === "string" && form.mapping.trim() !== "") {
      let raw: unknown;
      try {
        raw = JSON.parse(form.mapping);
      } catch {
        throw invalid("form.mapping", "Ghép cột phải là JSON");
      }
      const parsed = Mapping.safeParse(raw);
      if (!parsed.success)
        throw invalid("form.mapping", parsed.error.issues[0]?.message ?? "Ghép cột không hợp lệ");
      mapping = parsed.data;
    }
    const source = Source.safeParse(typeof form.source === "string" ? form.source : "sheet");
    if (!source.success) throw invalid("form.source", "Tên nguồn chỉ gồm chữ, số, dấu cách, . _ -");
    const requested =
      typeof form.issuerAgencyId === "string" && form.issuerAgencyId.trim() !== ""
        ? form.issuerAgencyId.trim()
        : null;
    const issuer = await Issuer.forNew(d.db.kysely, principal(c), {
      requested,
      written: null,
      on: null,
      path: "form.issuerAgencyId",
    });
    if (issuer === null)
      throw invalid("form.issuerAgencyId", "Chọn cơ quan ban hành của các thông báo trong bảng");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = (file.name || "sheet").slice(0, 200);
    const row = await d.db.kysely
      .insertInto("import_jobs")
      .values({
        id: Ids.make("imp"),
        status: "parsing",
        source: source.data,
        file_name: fileName,
        mapping: JSON.stringify(mapping),
        created_by: who(c).actor,
        issuer_agency_id: issuer,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    void ImportJob.preview(d, row.id, { bytes, mapping, source: source.data, issuer });
    c.header("Location", `/v1/imports/${row.id}`);
    c.header("ETag", `"${row.version}"`);
    return c.json(jobView(row), 202);
  });
