/**
 * DOCX renderer: the report as a Vietnamese administrative document laid out under Decree
 * 30/2020/NĐ-CP — national motto block and issuing body side by side, number and symbol, place
 * and date in italics, the title “BÁO CÁO” with its subject, the body with its tables, recipients
 * (Nơi nhận) and the signature block; A4, Times New Roman 14 pt, the decree's margins, page numbers
 * centred at the top from page 2. A native bar chart of overdue tasks by agency is added when
 * there are any.
 */
import {
  AlignmentType,
  Document,
  type FileChild,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import { ChartRun } from "docx/charts";
import * as Effect from "effect/Effect";

import type { DocumentMeta } from "../document-meta.js";
import { RenderFailed } from "../errors.js";
import * as Labels from "../labels.js";
import * as Rates from "../rates.js";
import type { ReportBundle } from "../report-bundle.js";
import * as ReportPeriod from "../report-period.js";
import { CONTENT_WIDTH, FONT, layout, line, PAGE, para, rule, SIZE } from "./docx-parts.js";
import { STYLES, Tables } from "./docx-table.js";
import * as Rows from "./rows.js";

export interface Options {
  readonly meta: DocumentMeta;
  readonly lang?: Labels.Lang;
  /** Add the bar chart of overdue tasks by agency (default `true`). */
  readonly chart?: boolean;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * The issuing body in capitals, broken after the kind of body as offices print it
 * (“ỦY BAN NHÂN DÂN” / “TỈNH QUẢNG TRỊ”) unless the caller already broke it with `\n`.
 */
export const issuerLines = (issuer: string): string => {
  const upper = issuer.toLocaleUpperCase("vi");
  if (upper.includes("\n")) return upper;
  const kind = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|VĂN PHÒNG ỦY BAN NHÂN DÂN) (.+)$/u.exec(
    upper,
  );
  return kind ? `${kind[1]}\n${kind[2]}` : upper;
};

const headerBlock = (meta: DocumentMeta, L: Labels.Labels): FileChild => {
  const left = Math.round(CONTENT_WIDTH * 0.38);
  const right = CONTENT_WIDTH - left;
  const number =
    meta.number === null
      ? `${L.number}:        /${meta.symbol}`
      : `${L.number}: ${meta.number}/${meta.symbol}`;
  return layout([
    {
      width: left,
      children: [
        ...(meta.parentBody ? [line(meta.parentBody.toUpperCase(), { size: SIZE.heading })] : []),
        line(issuerLines(meta.issuer), { size: SIZE.heading, bold: true }),
        rule(Math.round(left * 0.35), left),
        line(number, { size: SIZE.heading }),
      ],
    },
    {
      width: right,
      children: [
        line(L.motto1, { size: SIZE.motto, bold: true }),
        line(L.motto2, { size: SIZE.heading, bold: true }),
        rule(Math.round(right * 0.5), right),
        line(L.dateLine(meta.place, meta.issuedOn), { italics: true, size: SIZE.heading }),
      ],
    },
  ]);
};

const signatureBlock = (meta: DocumentMeta, L: Labels.Labels): FileChild => {
  const left = Math.round(CONTENT_WIDTH * 0.5);
  const right = CONTENT_WIDTH - left;
  const recipients = [...meta.recipients.map((r) => `- ${r};`), `- ${L.archive}`];
  return layout([
    {
      width: left,
      children: [
        new Paragraph({
          spacing: { before: 240, after: 0 },
          children: [
            new TextRun({ text: L.recipients, font: FONT, size: SIZE.table, bold: true, italics: true }),
          ],
        }),
        ...recipients.map((r) => para(r, { size: SIZE.small, after: 0, align: AlignmentType.LEFT })),
      ],
    },
    {
      width: right,
      children: [
        line("", { before: 120 }),
        ...meta.signer.authority.map((a) => line(a.toUpperCase(), { bold: true })),
        line(meta.signer.title.toUpperCase(), { bold: true }),
        line(""),
        line(""),
        line(""),
        line(""),
        line(meta.signer.name, { bold: true }),
      ],
    },
  ]);
};

const heading = (n: number, text: string): Paragraph =>
  para(`${ROMAN[n] ?? n + 1}. ${text}`, { bold: true, before: 120, keepNext: true, indentFirst: 567 });

const body = (text: string): Paragraph => para(text, { indentFirst: 567 });

const overdueChart = (bundle: ReportBundle, L: Labels.Labels): Paragraph | null => {
  const rows = bundle.periodic.rows.filter((r) => r.counts.openOverdue + r.counts.doneLate > 0);
  if (rows.length === 0) return null;
  const maxOverdue = Math.max(...rows.map((r) => r.counts.openOverdue + r.counts.doneLate));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // An explicit single "auto" line: LibreOffice squashes a chart in a paragraph inheriting 1.25 lines.
    spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    keepLines: true,
    children: [
      new ChartRun({
        type: "bar",
        title: L.chartTitle,
        categories: rows.map((r) => r.agency.name),
        series: [
          { name: L.overdueOpenSeries, values: rows.map((r) => r.counts.openOverdue), color: "C00000" },
          { name: L.overdueDoneSeries, values: rows.map((r) => r.counts.doneLate), color: "ED7D31" },
        ],
        stacking: "stacked",
        // Counts of tasks: whole-number steps from zero.
        valueAxis: { minimum: 0, interval: Math.max(1, Math.ceil(maxOverdue / 8)), numberFormat: "0" },
        font: { name: FONT },
        transformation: { width: 600, height: Math.min(600, 140 + rows.length * 36) },
      }),
    ],
  });
};

/** The document's paragraphs and tables, in order. */
const content = (
  bundle: ReportBundle,
  meta: DocumentMeta,
  lang: Labels.Lang,
  chart: boolean,
  tables: Tables,
): FileChild[] => {
  const L = Labels.of(lang);
  const p = bundle.periodic;
  const periodLabel = ReportPeriod.label(p.period, lang);
  const subject = meta.subject ?? L.titleOf(periodLabel);
  const out: FileChild[] = [
    headerBlock(meta, L),
    line(L.reportType, { bold: true, before: 360 }),
    line(subject, { bold: true }),
    rule(Math.round(CONTENT_WIDTH * 0.25), CONTENT_WIDTH),
  ];
  const intro =
    meta.intro.length > 0
      ? meta.intro
      : [L.intro(meta.issuer, periodLabel, Labels.date(p.period.from), Labels.date(p.asOf))];
  for (const t of intro) out.push(body(t));
  if (p.scope.kind !== "all")
    out.push(body(`${L.scope}: ${lang === "vi" ? p.scopeLabel.vi : p.scopeLabel.en}.`));

  let n = 0;
  const t = p.totals;
  out.push(heading(n++, L.sectionSummary));
  out.push(
    body(
      L.totalsSentence({
        total: t.total,
        assigned: t.assignedInPeriod,
        carried: t.carriedIn,
        done: t.doneOnTime + t.doneLate,
        onTime: t.doneOnTime,
        late: t.doneLate,
        open: t.openInTime + t.openOverdue,
        inTime: t.openInTime,
        overdue: t.openOverdue,
        extended: t.extended,
      }),
    ),
  );
  out.push(body(`${L.completionRate} (${L.completionRateHow}): ${Rates.format(p.rates.completion, lang)}.`));
  out.push(body(`${L.onTimeRate} (${L.onTimeRateHow}): ${Rates.format(p.rates.onTime, lang)}.`));
  const summary = Rows.summary(bundle, lang);
  out.push(tables.add(summary.columns, summary.rows));

  out.push(heading(n++, L.sectionAgencies));
  const agencies = Rows.agencies(bundle, lang);
  out.push(
    tables.add(agencies.columns, agencies.rows, {
      boldRows: new Set([agencies.rows.length - 1]),
      style: "DondocTableSmall",
    }),
  );
  const figure = chart ? overdueChart(bundle, L) : null;
  if (figure) out.push(figure);

  out.push(heading(n++, L.sectionOverdue));
  if (p.overdue.length === 0) out.push(body(L.noOverdue));
  else {
    out.push(body(L.ageSentence(Rows.bucketCounts(p))));
    const overdue = Rows.overdue(bundle, lang);
    out.push(tables.add(overdue.columns, overdue.rows, { style: "DondocTableSmall" }));
  }

  if (bundle.scorecard && bundle.scorecard.entries.length > 0) {
    out.push(heading(n++, L.sectionScorecard));
    const s = Rows.scorecard(bundle.scorecard, lang);
    out.push(tables.add(s.columns, s.rows, { style: "DondocTableSmall" }));
  }
  if (bundle.carryOver && bundle.carryOver.notices.length > 0) {
    out.push(heading(n++, L.sectionCarryOver));
    const c = Rows.carryOver(bundle.carryOver, lang);
    out.push(tables.add(c.columns, c.rows, { style: "DondocTableSmall" }));
  }
  if (bundle.resolutions && bundle.resolutions.resolutions.length > 0) {
    out.push(heading(n++, L.sectionResolutions));
    const r = Rows.resolutions(bundle.resolutions, lang);
    out.push(tables.add(r.columns, r.rows, { style: "DondocTableSmall" }));
  }
  if (meta.proposals.length > 0) {
    out.push(heading(n++, L.sectionProposals));
    for (const text of meta.proposals) out.push(body(text));
  }
  out.push(body(L.closing));
  out.push(signatureBlock(meta, L));
  return out;
};

/**
 * Builds the `docx` Document. Its data tables are placeholders filled in by `tables.inject` on the
 * packed file (see `docx-table.ts`).
 */
const document = (bundle: ReportBundle, options: Options, tables: Tables): Document => {
  const lang = options.lang ?? "vi";
  const L = Labels.of(lang);
  const subject = options.meta.subject ?? L.titleOf(ReportPeriod.label(bundle.periodic.period, lang));
  return new Document({
    creator: options.meta.issuer,
    title: `${L.reportType} ${subject}`,
    description: subject,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { line: 300 } } },
      },
      paragraphStyles: STYLES,
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.header,
            },
            pageNumbers: { start: 1 },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body })],
              }),
            ],
          }),
        },
        children: content(bundle, options.meta, lang, options.chart ?? true, tables),
      },
    ],
  });
};

/**
 * Renders the bundle as a .docx file.
 *
 * Errors: `RenderFailed` when the document library fails (not for bad input: the bundle and the
 * meta are already validated).
 */
export const render = (bundle: ReportBundle, options: Options): Effect.Effect<Uint8Array, RenderFailed> =>
  Effect.tryPromise({
    try: async () => {
      const tables = new Tables();
      const packed = new Uint8Array(await Packer.toBuffer(document(bundle, options, tables)));
      return tables.inject(packed);
    },
    catch: (cause) => new RenderFailed({ format: "docx", cause }),
  });
