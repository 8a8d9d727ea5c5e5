/**
 * @dondoc/reporting — the reports Vietnamese offices send up the chain about assigned tasks:
 * periodic reports in the official categories with both official rates, report regimes of
 * Decree 09/2019/NĐ-CP, agency scorecards, resolution roll-ups and carry-over lists; rendered as
 * DOCX in the Decree 30/2020/NĐ-CP layout, XLSX, CSV (UTF-8 with BOM) and JSON.
 *
 * Models are pure functions of the data (`ReportData`), the instant and the working-day calendar.
 * Each module is exported as a namespace.
 */
export * as AgencyScorecard from "./agency-scorecard.js";
export * as CarryOver from "./carry-over.js";
export * as DocumentMeta from "./document-meta.js";
export * as Errors from "./errors.js";
export * as Labels from "./labels.js";
export * as PeriodicReport from "./periodic-report.js";
export * as Rates from "./rates.js";
export * as Csv from "./render/csv.js";
export * as Docx from "./render/docx.js";
export * as Json from "./render/json.js";
export * as Render from "./render/render.js";
export * as Xlsx from "./render/xlsx.js";
export * as ReportBundle from "./report-bundle.js";
export * as ReportData from "./report-data.js";
export * as ReportPeriod from "./report-period.js";
export * as ReportPolicy from "./report-policy.js";
export * as ReportRegime from "./report-regime.js";
export * as ReportScope from "./report-scope.js";
export * as ReportWindow from "./report-window.js";
export * as ResolutionRollUp from "./resolution-roll-up.js";
export * as TaskStatus from "./task-status.js";
export * as WorkingDays from "./working-days.js";
