/**
 * Periodic reports (`@dondoc/reporting` on the API): the same query gives the JSON preview and
 * the DOCX / XLSX / CSV downloads.
 */
import { queryOptions } from "@tanstack/react-query";

import { json, query } from "./http.js";
import type { PeriodicReport } from "./types.js";

export type ReportFormat = "json" | "docx" | "xlsx" | "csv";

export interface ReportRequest {
  /** `2024-01`, `2024-Q1`, `2024-H1`, `2024`, or `custom` with `from`/`to`. */
  readonly period: string;
  readonly mode: "decree-09" | "calendar";
  readonly from?: string;
  readonly to?: string;
  /** `all`, `agency:ID`, `notice:ID`, `resolution:ID`. */
  readonly scope: string;
}

export function reportUrl(request: ReportRequest, format: ReportFormat): string {
  return `/v1/reports/periodic${query({ ...request, format })}`;
}

export const reportQuery = (request: ReportRequest) =>
  queryOptions({
    queryKey: ["report", request],
    queryFn: ({ signal }) => json<PeriodicReport>(reportUrl(request, "json"), { signal }),
    staleTime: 60_000,
  });
