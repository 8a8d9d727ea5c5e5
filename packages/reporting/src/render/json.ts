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

/** Size of the pieces `pieces` yields (characters). */
const PIECE = 64 * 1024;

/** The text of `value` at nesting `depth` laid out below `indent`, as JSON.stringify(value, null, 2) would. */
function* laidOut(value: unknown, indent: string, depth: number): Generator<string> {
  const isPlain =
    typeof value === "object" &&
    value !== null &&
    !("toJSON" in value && typeof (value as { toJSON: unknown }).toJSON === "function");
  if (!isPlain || depth <= 0) {
    yield (JSON.stringify(value, null, 2) ?? "null").replace(/\n/gu, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}`;
      const item: unknown = value[i];
      // As in JSON.stringify, an array element that JSON cannot hold prints as null.
      yield* laidOut(
        item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item,
        inner,
        depth - 1,
      );
    }
    return yield `\n${indent}]`;
  }
  const entries = Object.entries(value).filter(
    ([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol",
  );
  if (entries.length === 0) return yield "{}";
  yield "{";
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i] ?? ["", null];
    yield `${i === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* laidOut(v, inner, depth - 1);
  }
  yield `\n${indent}}`;
}

/**
 * `JSON.stringify(value, null, 2)` in pieces of about 64 KiB: the top `depth` levels of objects and
 * arrays are laid out one member at a time, deeper values by JSON.stringify. Concatenated, the
 * pieces are exactly JSON.stringify's text.
 */
export function* prettyPieces(value: unknown, depth = 6): Generator<string> {
  let buffer = "";
  for (const piece of laidOut(value, "", depth)) {
    buffer += piece;
    if (buffer.length >= PIECE) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer.length > 0) yield buffer;
}

/**
 * The JSON text of the bundle (with its final newline) in pieces of about 64 KiB, so a large report
 * can be written while it is serialised instead of held whole: 50,000 tasks make 60 MB of JSON.
 */
export function* pieces(bundle: ReportBundle): Generator<string> {
  yield* prettyPieces(envelope(bundle));
  yield "\n";
}

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
