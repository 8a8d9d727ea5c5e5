/**
 * Render — one entry point for the four formats, as the CLI (`--format docx|xlsx|csv|json`) and the
 * API call it. DOCX needs the document details (issuer, number, signer); the other formats do not.
 */
import * as Effect from "effect/Effect";

import * as DocumentMeta from "../document-meta.js";
import type { InvalidDocumentMeta, RenderFailed } from "../errors.js";
import type * as Labels from "../labels.js";
import type { ReportBundle } from "../report-bundle.js";
import * as ReportPeriod from "../report-period.js";
import * as Csv from "./csv.js";
import * as Docx from "./docx.js";
import * as Json from "./json.js";
import * as Xlsx from "./xlsx.js";

export type Format = "docx" | "xlsx" | "csv" | "json";
export const FORMATS: readonly Format[] = ["docx", "xlsx", "csv", "json"];

/** The media type and file extension of each format. */
export const MEDIA_TYPES: Readonly<Record<Format, string>> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json",
};

/**
 * A file name for the report, safe on every system: `bao-cao-2024-05.docx`,
 * `bao-cao-2024-Q2-agency-stc.xlsx`.
 */
export const fileName = (bundle: ReportBundle, format: Format): string => {
  const { period, scope } = bundle.periodic;
  const id =
    scope.kind === "all"
      ? ""
      : `-${scope.kind}-${scope.id
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/đ/g, "d")
          .replace(/Đ/g, "D")
          .replace(/[^A-Za-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")}`;
  return `bao-cao-${ReportPeriod.code(period)}${id}.${format}`;
};

export interface Options {
  readonly format: Format;
  readonly lang?: Labels.Lang;
  /**
   * Document details for DOCX, as given by the user (validated here); `issuedOn` defaults to the
   * report's cut-off day.
   */
  readonly meta?: unknown;
  readonly csvSection?: Csv.Section;
  readonly chart?: boolean;
}

/**
 * Renders the bundle in the requested format.
 *
 * Errors: `InvalidDocumentMeta` (DOCX without valid document details), `RenderFailed`.
 */
export const render = (
  bundle: ReportBundle,
  options: Options,
): Effect.Effect<Uint8Array, InvalidDocumentMeta | RenderFailed> => {
  const lang = options.lang ?? "vi";
  switch (options.format) {
    case "xlsx":
      return Xlsx.render(bundle, { lang });
    case "csv":
      return Csv.render(bundle, { lang, ...(options.csvSection ? { section: options.csvSection } : {}) });
    case "json":
      return Json.render(bundle);
    case "docx": {
      const given = typeof options.meta === "object" && options.meta !== null ? options.meta : {};
      return Effect.fromResult(DocumentMeta.parse({ issuedOn: bundle.periodic.asOf, ...given })).pipe(
        Effect.flatMap((meta) =>
          Docx.render(bundle, {
            meta,
            lang,
            ...(options.chart === undefined ? {} : { chart: options.chart }),
          }),
        ),
      );
    }
  }
};

/**
 * Renders the bundle as byte chunks to write one after another: JSON in pieces of about 64 KiB,
 * made as they are written, so a report on 50,000 tasks (60 MB of JSON) is never held whole; the
 * other formats as one chunk.
 *
 * Errors: as `render`.
 */
export const chunks = (
  bundle: ReportBundle,
  options: Options,
): Effect.Effect<Iterable<Uint8Array>, InvalidDocumentMeta | RenderFailed> => {
  if (options.format !== "json") return Effect.map(render(bundle, options), (bytes) => [bytes]);
  const encoder = new TextEncoder();
  return Effect.succeed({
    *[Symbol.iterator]() {
      for (const piece of Json.pieces(bundle)) yield encoder.encode(piece);
    },
  });
};
