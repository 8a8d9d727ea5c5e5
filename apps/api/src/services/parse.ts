/**
 * Parsing a notice with what the installation knows: its agency directory, its calendar and its
 * policy pack — so agency ids, due dates and “trước ngày” follow this office's rules.
 */

import type { ParsedNotice } from "@dondoc/domain";
import type { DocumentText } from "@dondoc/parser";
import { Parser } from "@dondoc/parser";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import type { Kysely } from "kysely";

import type { Database } from "../db/schema.js";
import { ApiError } from "../http/problem.js";
import * as Directory from "./directory.js";
import type { Rules } from "./rules.js";

const options = async (db: Kysely<Database>, rules: Rules): Promise<Parser.Options> => ({
  directory: await Directory.load(db),
  calendar: rules.calendar,
  policy: rules.policy,
});

export const text = async (
  db: Kysely<Database>,
  rules: Rules,
  source: string,
): Promise<ParsedNotice.ParsedNotice> => Parser.parseText(source, await options(db, rules));

/** Parses DOCX, PDF or text bytes; a scanned PDF or an unreadable file is a 422-like 400. */
export const document = async (
  db: Kysely<Database>,
  rules: Rules,
  input: DocumentText.Input,
): Promise<ParsedNotice.ParsedNotice> => {
  const result = await Effect.runPromise(Effect.result(Parser.parse(input, await options(db, rules))));
  if (Result.isSuccess(result)) return result.success;
  const error = result.failure;
  throw new ApiError(
    "validation-failed",
    error._tag === "ScannedPdf"
      ? "Tệp PDF là bản quét, không có lớp chữ; hãy dán nội dung văn bản / Scanned PDF without text"
      : "Không đọc được nội dung tệp; hãy dán nội dung văn bản / Unreadable document",
    { errors: [{ path: "form.file", message: error._tag }] },
  );
};
