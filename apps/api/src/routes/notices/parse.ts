/**
 * POST /v1/notices/parse — reads a notice without storing anything: JSON `{ text }` or a
 * multipart `file` (DOCX, PDF, TXT). Returns the ParsedNotice with spans and warnings, for the
 * side-by-side review; send it back to POST /v1/notices to keep it as a draft.
 */
import { z } from "@hono/zod-openapi";

import type { App } from "../../context.js";
import { deps } from "../../http/handler.js";
import { ApiError } from "../../http/problem.js";
import { define, json } from "../../http/route.js";
import * as RulesCache from "../../http/rules.js";
import * as Parse from "../../services/parse.js";
import { Parsed } from "./parsed-schema.js";

const ParseText = z
  .object({
    text: z
      .string()
      .min(1)
      .max(500_000)
      .openapi({ description: "Toàn văn thông báo", example: "ỦY BAN NHÂN DÂN TỈNH…" }),
  })
  .strict()
  .openapi("ParseText");

const ParseFile = z
  .object({
    file: z.any().openapi({ type: "string", format: "binary", description: "Tệp DOCX, PDF hoặc TXT" }),
  })
  .openapi("ParseFile");

export const route = define({
  method: "post",
  operationId: "parseNotice",
  path: "/v1/notices/parse",
  permission: "notices.write",
  tags: ["notices"],
  summary: "Phân tích văn bản, không lưu (parse a notice)",
  request: {
    // Not `required`: each content type is then validated only when it is the one sent.
    body: {
      required: false,
      description: "Văn bản (JSON) hoặc tệp (multipart, trường `file`)",
      content: { "application/json": { schema: ParseText }, "multipart/form-data": { schema: ParseFile } },
    },
  },
  responses: { 200: json(Parsed, "Kết quả phân tích") },
});

export const register = (app: App) =>
  app.openapi(route, async (c) => {
    const d = deps(c);
    const rules = await RulesCache.forRequest(d);
    const type = c.req.header("content-type") ?? "";
    if (type.startsWith("multipart/form-data")) {
      const form: Record<string, unknown> = c.req.valid("form");
      const file = form.file;
      if (!(file instanceof File)) {
        throw new ApiError("validation-failed", "Thiếu tệp trong trường “file” / Missing file", {
          errors: [{ path: "form.file", message: "Bắt buộc" }],
        });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      return c.json(await Parse.document(d.db.kysely, rules, bytes), 200);
    }
    if (!type.startsWith("application/json")) {
      throw new ApiError(
        "unsupported-media-type",
        "Gửi JSON { text } hoặc multipart có trường file / Send JSON or multipart",
      );
    }
    const input: Record<string, unknown> = c.req.valid("json");
    return c.json(await Parse.text(d.db.kysely, rules, String(input.text)), 200);
  });
