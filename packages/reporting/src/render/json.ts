/**
 * JSON renderer: the report models as they are (ISO dates, rates as fractions), under a small
 * envelope naming the format, so other software can consume a report without re-computing it.
 */
import * as Effect from "effect/Effect";

import { RenderFailed } from "../errors.js";
import type { ReportBundle } from "../report-bundle.js";

/** The envelope of the JSON export. */
export interface ReportJson {
  readonly format: "dondoc-report";
  readonly version: 1;
  readonly periodic: ReportBundle["periodic"];
  readonly scorecard: ReportBundle["scorecard"];
  readonly carryOver: ReportBundle["carryOver"];
  readonly resolutions: ReportBundle["resolutions"];
}

export const envelope = (bundle: ReportBundle): ReportJson => ({
  format: "dondoc-report",
  version: 1,
  ...bundle,
});

/**
 * Renders the bundle as pretty-printed JSON (UTF-8).
 *
 * Errors: `RenderFailed` (only if serialisation fails).
 */
export const render = (bundle: ReportBundle): Effect.Effect<Uint8Array, RenderFailed> =>
  Effect.try({
    try: () => new TextEncoder().encode(`${JSON.stringify(envelope(bundle), null, 2)}\n`),
    catch: (cause) => new RenderFailed({ format: "json", cause }),
  });
