/**
 * Rows — the tables of a report, once, as typed cells (text, integer, date, rate, decimal) that
 * each renderer formats its own way: DOCX and CSV print them (dd/MM/yyyy, “98,62%”), XLSX writes
 * real numbers and dates with number formats.
 */
import type { IsoDate } from "@dondoc/domain";

import type { AgencyScorecard } from "../agency-scorecard.js";
import type { CarryOver } from "../carry-over.js";
import * as Labels from "../labels.js";
import type { PeriodicReport, TaskLine } from "../periodic-report.js";
import * as Rates from "../rates.js";
import type { ReportBundle } from "../report-bundle.js";
import * as ReportPeriod from "../report-period.js";
import type { ResolutionRollUp } from "../resolution-roll-up.js";
import { AGE_BUCKETS } from "../task-status.js";

export type Cell =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "int"; readonly value: number | null }
  | { readonly kind: "date"; readonly value: IsoDate.IsoDate | null }
  | { readonly kind: "rate"; readonly value: number | null }
  | { readonly kind: "decimal"; readonly value: number | null };

export const text = (value: string): Cell => ({ kind: "text", value });
export const int = (value: number | null): Cell => ({ kind: "int", value });
export const date = (value: IsoDate.IsoDate | null): Cell => ({ kind: "date", value });
export const rate = (value: number | null): Cell => ({ kind: "rate", value });
export const decimal = (value: number | null): Cell => ({ kind: "decimal", value });
const blank = text("");

export interface Column {
  readonly header: string;
  /** Relative width in the DOCX table. */
  readonly weight: number;
  /** Width in characters in the XLSX sheet. */
  readonly chars: number;
  readonly align?: "left" | "center" | "right";
}

export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

// Building an Intl.NumberFormat costs more than formatting thousands of numbers: build one per language.
const INTEGER = { vi: new Intl.NumberFormat("vi-VN"), en: new Intl.NumberFormat("en-GB") } as const;

/** The cell as printed text. */
export const format = (cell: Cell, lang: Labels.Lang): string => {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "int":
      return cell.value === null ? "" : INTEGER[lang].format(cell.value);
    case "date":
      return Labels.date(cell.value);
    case "rate":
      return Rates.format(cell.value, lang);
    case "decimal":
      return Labels.decimal(cell.value, lang);
  }
};

/** A table with every cell printed. */
export const printed = (t: Table, lang: Labels.Lang) => ({
  columns: t.columns,
  rows: t.rows.map((r) => r.map((c) => format(c, lang))),
});

const col = (header: string, weight: number, chars: number, align?: Column["align"]): Column =>
  align ? { header, weight, chars, align } : { header, weight, chars };

/** The overdue counts by age band, in the order of `AGE_BUCKETS`. */
export const bucketCounts = (p: PeriodicReport): number[] => AGE_BUCKETS.map((b) => p.ageBuckets[b]);

/** Biểu 01: the totals and both rates. */
export const summaryTable = (bundle: ReportBundle, lang: Labels.Lang): Table => {
  const L = Labels.of(lang);
  const p = bundle.periodic;
  const t = p.totals;
  const rows: Cell[][] = [
    [text(L.period), text(ReportPeriod.label(p.period, lang)), blank],
    [text(L.dataFrom), date(p.period.from), blank],
    [text(L.asOf), date(p.asOf), blank],
    [text(L.total), int(t.total), blank],
    [text(L.assignedInPeriod), int(t.assignedInPeriod), blank],
    [text(L.carriedIn), int(t.carriedIn), blank],
    [text(L.categories["done-on-time"]), int(t.doneOnTime), blank],
    [text(L.categories["done-late"]), int(t.doneLate), blank],
    [text(L.categories["open-in-time"]), int(t.openInTime), blank],
    [text(L.categories["open-overdue"]), int(t.openOverdue), blank],
    ...(t.paused > 0 ? [[text(L.paused), int(t.paused), blank]] : []),
    [text(L.extended), int(t.extended), blank],
    [text(L.noDeadline), int(t.noDeadline), blank],
    [text(`${L.completionRate} (${L.completionRateHow})`), blank, rate(p.rates.completion)],
    [text(`${L.onTimeRate} (${L.onTimeRateHow})`), blank, rate(p.rates.onTime)],
  ];
  return {
    columns: [col(L.indicator, 6, 70), col(L.value, 2, 16, "center"), col(L.rate, 2, 12, "center")],
    rows,
  };
};

/** The DOCX summary table: the report's period lines are already in the text above it. */
export const summary = (bundle: ReportBundle, lang: Labels.Lang) => {
  const t = summaryTable(bundle, lang);
  return printed({ columns: t.columns, rows: t.rows.slice(3) }, lang);
};

/** Biểu 02: one row per lead agency and a total row. */
export const agenciesTable = (bundle: ReportBundle, lang: Labels.Lang): Table => {
  const L = Labels.of(lang);
  const p = bundle.periodic;
  const row = (no: string, name: string, c: PeriodicReport["totals"], r: PeriodicReport["rates"]): Cell[] => [
    text(no),
    text(name),
    int(c.total),
    int(c.assignedInPeriod),
    int(c.doneOnTime),
    int(c.doneLate),
    int(c.openInTime),
    int(c.openOverdue),
    int(c.extended),
    rate(r.completion),
    rate(r.onTime),
  ];
  return {
    columns: [
      col(L.no, 0.8, 6, "center"),
      col(L.agency, 3.9, 36),
      col(L.total, 1.1, 9, "center"),
      col(L.assignedInPeriod, 1.2, 11, "center"),
      col(L.categories["done-on-time"], 1.25, 12, "center"),
      col(L.categories["done-late"], 1.25, 12, "center"),
      col(L.categories["open-in-time"], 1.25, 14, "center"),
      col(L.categories["open-overdue"], 1.25, 14, "center"),
      col(L.extended, 1.1, 10, "center"),
      col(L.completionRate, 1.5, 12, "center"),
      col(L.onTimeRate, 1.5, 14, "center"),
    ],
    rows: [
      ...p.rows.map((r, i) => row(String(i + 1), r.agency.name, r.counts, r.rates)),
      row("", L.totalRow, p.totals, p.rates),
    ],
  };
};
export const agencies = (bundle: ReportBundle, lang: Labels.Lang) =>
  printed(agenciesTable(bundle, lang), lang);

const noticeRef = (t: TaskLine, lang: Labels.Lang): string =>
  t.directivePath === ""
    ? t.notice.code
    : `${t.notice.code} (${lang === "vi" ? "mục" : "item"} ${t.directivePath})`;

/** Biểu 03: the overdue, unfinished tasks. */
export const overdueTable = (bundle: ReportBundle, lang: Labels.Lang): Table => {
  const L = Labels.of(lang);
  return {
    columns: [
      col(L.no, 0.8, 6, "center"),
      col(L.notice, 2.8, 22),
      col(L.action, 4.0, 60),
      col(L.agency, 2.7, 30),
      col(L.dueOn, 2.1, 12, "center"),
      col(L.workingDaysLate, 1.3, 12, "center"),
      col(L.calendarDaysLate, 1.3, 12, "center"),
      col(L.ageBand, 1.6, 16, "center"),
    ],
    rows: bundle.periodic.overdue.map((o, i) => [
      text(String(i + 1)),
      text(noticeRef(o, lang)),
      text(o.action),
      text(o.lead.name),
      date(o.dueOn),
      int(o.late.workingDays),
      int(o.late.calendarDays),
      text(L.buckets[o.bucket]),
    ]),
  };
};
export const overdue = (bundle: ReportBundle, lang: Labels.Lang) => printed(overdueTable(bundle, lang), lang);

/** Every task of the report with its category (XLSX and CSV). */
export const tasksTable = (bundle: ReportBundle, lang: Labels.Lang): Table => {
  const L = Labels.of(lang);
  return {
    columns: [
      col("ID", 1, 10),
      col(L.notice, 1.5, 16),
      col(L.directive, 0.6, 8),
      col(L.action, 4, 60),
      col(L.agency, 2.2, 30),
      col(L.assignedOn, 1.2, 12, "center"),
      col(L.originalDueOn, 1.2, 14, "center"),
      col(L.dueOn, 1.2, 12, "center"),
      col(L.extended, 0.8, 10, "center"),
      col(L.completedOn, 1.2, 14, "center"),
      col(L.status, 2, 28),
      col(L.workingDaysLate, 1, 12, "center"),
      col(L.calendarDaysLate, 1, 12, "center"),
    ],
    rows: bundle.periodic.tasks.map((t) => [
      text(t.id),
      text(t.notice.code),
      text(t.directivePath),
      text(t.action),
      text(t.lead.name),
      date(t.assignedOn),
      date(t.originalDueOn),
      date(t.dueOn),
      text(t.extended ? L.yes : ""),
      date(t.completedOn),
      text(L.categories[t.category]),
      int(t.late?.workingDays ?? null),
      int(t.late?.calendarDays ?? null),
    ]),
  };
};

/** The agency ranking. */
export const scorecardTable = (card: AgencyScorecard, lang: Labels.Lang): Table => {
  const L = Labels.of(lang);
  return {
    columns: [
      col(L.rank, 1.3, 9, "center"),
      col(L.agency, 3.6, 36),
      col(L.total, 1.1, 9, "center"),
      col(L.onTimeRate, 1.6, 14, "center"),
      col(L.completionRate, 1.6, 12, "center"),
      col(L.categories["open-overdue"], 1.4, 14, "center"),
      col(L.averageLate, 1.6, 16, "center"),
      col(L.trend, 3.8, 36),
    ],
    rows: card.entries.map((e) => [
      e.rank === null ? text(L.unranked) : int(e.rank),
      text(e.agency.name),
      int(e.total),
      rate(e.onTime),
      rate(e.completion),
      int(e.overdue),
      decimal(e.averageWorkingDaysLate),
      text(
        `${e.trend.map((p) => Rates.format(p.onTime, lang)).join(" → ")}${e.direction === "new" ? "" : ` (${L.directions[e.direction]})`}`,
      ),
    ]),
  };
};
export const scorecard = (card: AgencyScorecard, lang: Labels.Lang) =>
  printed(scorecardTable(card, lang), lang);

/** Open tasks of earlier notices. */
export const carryOverTable = (list: CarryOver, lang: Labels.Lang): Table => {
  const L = Labels.of(lang);
  let i = 0;
  return {
    columns: [
      col(L.no, 0.8, 6, "center"),
      col(L.notice, 2.8, 22),
      col(L.action, 4.0, 60),
      col(L.agency, 2.6, 30),
      col(L.dueOn, 2.1, 12, "center"),
      col(L.status, 2.2, 26),
      col(L.carriedInto, 2.2, 22),
    ],
    rows: list.notices.flatMap((g) =>
      g.open.map((o) => [
        text(String(++i)),
        text(noticeRef(o.task, lang)),
        text(o.task.action),
        text(o.task.lead.name),
        date(o.task.dueOn),
        text(L.categories[o.task.category]),
        text(o.carriedInto.map((c) => c.noticeCode).join(", ")),
      ]),
    ),
  };
};
export const carryOver = (list: CarryOver, lang: Labels.Lang) => printed(carryOverTable(list, lang), lang);

/** Resolutions and the notices contributing to them. */
export const resolutionsTable = (rollUp: ResolutionRollUp, lang: Labels.Lang): Table => {
  const L = Labels.of(lang);
  return {
    columns: [
      col(L.resolution, 2.6, 24),
      col(L.notice, 2.8, 22),
      col(L.total, 1.2, 9, "center"),
      col(L.categories["done-on-time"], 1.6, 12, "center"),
      col(L.categories["done-late"], 1.6, 12, "center"),
      col(L.categories["open-in-time"], 1.8, 14, "center"),
      col(L.categories["open-overdue"], 1.8, 14, "center"),
      col(L.progress, 1.6, 12, "center"),
    ],
    rows: rollUp.resolutions.flatMap((r) => [
      [
        text(r.resolution.code),
        text(L.totalRow),
        int(r.counts.total),
        int(r.counts.doneOnTime),
        int(r.counts.doneLate),
        int(r.counts.openInTime),
        int(r.counts.openOverdue),
        rate(r.progress),
      ],
      ...r.notices.map((g) => [
        text(""),
        text(g.notice.code),
        int(g.counts.total),
        int(g.counts.doneOnTime),
        int(g.counts.doneLate),
        int(g.counts.openInTime),
        int(g.counts.openOverdue),
        rate(g.counts.total === 0 ? null : (g.counts.doneOnTime + g.counts.doneLate) / g.counts.total),
      ]),
    ]),
  };
};
export const resolutions = (rollUp: ResolutionRollUp, lang: Labels.Lang) =>
  printed(resolutionsTable(rollUp, lang), lang);
