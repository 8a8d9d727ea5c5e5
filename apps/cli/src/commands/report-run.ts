/**
 * What `dondoc report` does once its arguments are parsed: read the export, build the report
 * sections and render them (DOCX, XLSX, CSV, JSON) to a file or standard output. Loaded only when a
 * report is made; `@dondoc/reporting` (docx, exceljs: about a second) only after the input is read.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { extname } from "node:path";
import { IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import * as Progress from "../progress.js";
import * as ReadInput from "../read-input.js";
import { isFormat, isSection, type Options, words } from "./report.js";

type Lang = Messages.Lang;

/** The JSON in `file`: a missing, empty, binary or malformed file is an `InputError`. */
const readJson = (file: string, lang: Lang): unknown => {
  const m = Messages.of(lang);
  const text = new TextDecoder("utf-8").decode(ReadInput.read(file, lang, "JSON"));
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch (e) {
    throw new InputError({
      code: "invalid-file",
      message: m.cannotRead(file, e instanceof Error ? e.message : String(e)),
    });
  }
};

/** Writes `chunks` to `file` one after another (a JSON report is serialised as it is written). */
const writeChunks = (file: string, chunks: Iterable<Uint8Array>, lang: Lang, progress: Progress.Progress) => {
  let fd: number | undefined;
  try {
    fd = openSync(file, "w");
    let written = 0;
    for (const chunk of chunks) {
      writeSync(fd, chunk);
      written += chunk.length;
      if (written % (8 * 2 ** 20) < chunk.length) progress.step(3, `${Math.round(written / 2 ** 20)} MB`);
    }
  } catch (e) {
    progress.done();
    throw new InputError({
      code: "file-unwritable",
      message: Messages.of(lang).cannotWrite(file, e instanceof Error ? e.message : String(e)),
    });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

/** Runs the command; exported for tests. Returns the line printed on success. */
export const run = async (opts: Options, lang: Lang): Promise<string> => {
  const w = words[lang];
  const m = Messages.of(lang);
  const format = (opts.format ?? extname(opts.out ?? "").slice(1) ?? "").toLowerCase() || "json";
  if (!isFormat(format)) throw new InputError({ message: w.badFormat(format) });
  if (opts.cutOff !== "decree-09" && opts.cutOff !== "calendar") {
    throw new InputError({ message: w.badCutOff(opts.cutOff) });
  }
  if (opts.csvSection !== undefined && !isSection(opts.csvSection)) {
    throw new InputError({ message: w.badSection(opts.csvSection) });
  }
  const toStdout = opts.out === undefined || opts.out === "-";
  if (toStdout && (format === "docx" || format === "xlsx"))
    throw new InputError({ message: w.binaryToStdout(format) });
  const at = opts.at?.trim() ?? IsoDate.ofInstant(new Date());
  if (!IsoDate.IsoDate.safeParse(at).success) throw new InputError({ message: m.badDate(opts.at ?? "") });

  const progress = Progress.start(w.steps(format));
  progress.step(0);
  const raw = readJson(opts.input, lang);
  // Only the export's `document` is needed after the report is built: the rest may be collected.
  const fromExport = typeof raw === "object" && raw !== null && "document" in raw ? raw.document : undefined;
  const meta = opts.meta === undefined ? fromExport : readJson(opts.meta, lang);
  if (format === "docx" && meta === undefined) throw new InputError({ message: w.noMeta });
  progress.step(1);
  const { Rates, ReportBundle, ReportPeriod, Render } = await import("@dondoc/reporting");
  const built = ReportBundle.fromInput({
    data: raw,
    period: opts.period,
    scope: opts.scope,
    at,
    calendar: WorkingCalendar.vietnam(),
    policy: PolicyPack.national,
    periodMode: opts.cutOff,
    allAgencies: opts.allAgencies === true,
  });
  if (Result.isFailure(built)) {
    progress.done();
    const code = built.failure._tag === "InvalidReportData" ? "invalid-file" : "invalid-argument";
    throw new InputError({ code, message: built.failure.message });
  }
  const bundle = built.success;

  progress.step(2);
  const rendered = await Effect.runPromise(
    Effect.result(
      Render.chunks(bundle, {
        format,
        lang,
        meta,
        chart: opts.chart,
        ...(opts.csvSection !== undefined && isSection(opts.csvSection)
          ? { csvSection: opts.csvSection }
          : {}),
      }),
    ),
  );
  if (Result.isFailure(rendered)) {
    progress.done();
    throw new InputError({ code: "invalid-file", message: rendered.failure.message });
  }
  const p = bundle.periodic;
  const summary = w.written(
    ReportPeriod.label(p.period, lang),
    toStdout ? "stdout" : (opts.out ?? ""),
    p.totals.total,
    p.totals.openOverdue,
    Rates.format(p.rates.completion, lang),
    Rates.format(p.rates.onTime, lang),
  );
  progress.step(3);
  if (toStdout) {
    for (const chunk of rendered.success) process.stdout.write(chunk);
    progress.done();
  } else {
    writeChunks(opts.out ?? "", rendered.success, lang, progress);
    progress.done();
    process.stdout.write(`${summary}\n`);
  }
  return summary;
};
