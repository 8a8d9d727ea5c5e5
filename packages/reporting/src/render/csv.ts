/**
 * CSV renderer: one section of the report as CSV in UTF-8 with a byte-order mark, so Excel opens
 * Vietnamese text correctly; values printed as in the documents (dd/MM/yyyy, “98,62%”), quoted by
 * `csv-stringify` where needed.
 */
import { stringify } from "csv-stringify/sync";
import * as Effect from "effect/Effect";

import { RenderFailed } from "../errors.js";
import type * as Labels from "../labels.js";
import type { ReportBundle } from "../report-bundle.js";
import * as Rows from "./rows.js";

export type Section =
  | "tasks"
  | "summary"
  | "agencies"
  | "overdue"
  | "scorecard"
  | "carry-over"
  | "resolutions";
export const SECTIONS: readonly Section[] = [
  "tasks",
  "summary",
  "agencies",
  "overdue",
  "scorecard",
  "carry-over",
  "resolutions",
];

export interface Options {
  readonly lang?: Labels.Lang;
  /** Which table; every task of the report by default. */
  readonly section?: Section;
}

const tableOf = (bundle: ReportBundle, section: Section, lang: Labels.Lang): Rows.Table | null => {
  switch (section) {
    case "tasks":
      return Rows.tasksTable(bundle, lang);
    case "summary":
      return Rows.summaryTable(bundle, lang);
    case "agencies":
      return Rows.agenciesTable(bundle, lang);
    case "overdue":
      return Rows.overdueTable(bundle, lang);
    case "scorecard":
      return bundle.scorecard ? Rows.scorecardTable(bundle.scorecard, lang) : null;
    case "carry-over":
      return bundle.carryOver ? Rows.carryOverTable(bundle.carryOver, lang) : null;
    case "resolutions":
      return bundle.resolutions ? Rows.resolutionsTable(bundle.resolutions, lang) : null;
  }
};

/** The section as CSV text (with the BOM). */
export const text = (bundle: ReportBundle, options: Options = {}): string => {
  const lang = options.lang ?? "vi";
  const table = tableOf(bundle, options.section ?? "tasks", lang) ?? { columns: [], rows: [] };
  const printed = Rows.printed(table, lang);
  return stringify([printed.columns.map((c) => c.header), ...printed.rows], {
    bom: true,
    record_delimiter: "windows",
  });
};

/**
 * Renders one section as a .csv file.
 *
 * Errors: `RenderFailed` when the CSV library fails.
 */
export const render = (
  bundle: ReportBundle,
  options: Options = {},
): Effect.Effect<Uint8Array, RenderFailed> =>
  Effect.try({
    try: () => new TextEncoder().encode(text(bundle, options)),
    catch: (cause) => new RenderFailed({ format: "csv", cause }),
  });
