/**
 * The monthly report for 10,000 tasks: build the models, render DOCX and XLSX (goal < 2 s for all
 * three). Run with `pnpm bench`; figures go to BENCHMARKS.md.
 */
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import { bench, describe } from "vitest";

import * as Docx from "./render/docx.js";
import * as Xlsx from "./render/xlsx.js";
import * as ReportBundle from "./report-bundle.js";
import * as ReportData from "./report-data.js";
import * as ReportPeriod from "./report-period.js";
import { calendar } from "./test-support/calendar.js";
import { generate } from "./test-support/generate.js";
import { meta } from "./test-support/meta.js";

const data = Result.getOrThrow(ReportData.parse(generate(10_000)));
const options = { period: ReportPeriod.of("month", 2024, 5), at: "2024-06-05", calendar };
const bundle = ReportBundle.build(data, options);
console.log(
  `monthly report: ${bundle.periodic.totals.total} tasks in the report, ${bundle.periodic.overdue.length} overdue rows, ${bundle.periodic.rows.length} agencies`,
);

describe("monthly report, 10,000 tasks", () => {
  bench(
    "validate the export (ReportData.parse)",
    () => {
      ReportData.parse(generate(10_000));
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    "build every model (ReportBundle.build)",
    () => {
      ReportBundle.build(data, options);
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    "render DOCX",
    async () => {
      await Effect.runPromise(Docx.render(bundle, { meta }));
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    "render XLSX",
    async () => {
      await Effect.runPromise(Xlsx.render(bundle));
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    "model + DOCX + XLSX",
    async () => {
      const b = ReportBundle.build(data, options);
      await Effect.runPromise(Docx.render(b, { meta }));
      await Effect.runPromise(Xlsx.render(b));
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
