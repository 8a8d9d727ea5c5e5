/**
 * Periodic reports (`POST /v1/reports`, built by `@dondoc/reporting` on the server): the JSON
 * model for the preview, and the DOCX / XLSX / CSV files, downloaded as the server names them.
 */
import { queryOptions } from "@tanstack/react-query";

import { api, call } from "./client.js";
import { ApiProblem } from "./problem.js";

export type ReportFormat = "json" | "docx" | "xlsx" | "csv";

export interface ReportRequest {
  /** `2024-01`, `2024-Q1`, `2024-H1` or `2024`; the cut-off follows the policy pack (Decree 09 by default). */
  readonly period: string;
  /** `all`, `agency:ID`, `notice:ID`, `resolution:ID`. */
  readonly scope: string;
  readonly lang: "vi" | "en";
}

/** The document details a DOCX report needs (Decree 30/2020 layout). */
export interface ReportDocument {
  readonly parentBody: string;
  readonly issuer: string;
  readonly place: string;
  readonly symbol: string;
  readonly signerAuthority: string;
  readonly signerTitle: string;
  readonly signerName: string;
}

export const reportQuery = (request: ReportRequest) =>
  queryOptions({
    queryKey: ["report", request],
    queryFn: async ({ signal }) => {
      const body = await call(api.POST("/v1/reports", { body: { ...request, format: "json" }, signal }));
      // 200 carries JSON for `format: "json"`, a file for the others.
      if (typeof body === "string") throw new ApiProblem(200, { title: "Báo cáo không phải JSON" });
      return body.periodic;
    },
    staleTime: 60_000,
  });

function documentBody(d: ReportDocument, issuedOn: string) {
  return {
    parentBody: d.parentBody.trim() || null,
    issuer: d.issuer.trim(),
    place: d.place.trim(),
    symbol: d.symbol.trim() || "BC-UBND",
    issuedOn,
    signer: {
      authority: d.signerAuthority
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
      title: d.signerTitle.trim(),
      name: d.signerName.trim(),
    },
  };
}

/** Makes the report file and hands it to the browser as a download. */
export async function downloadReport(
  request: ReportRequest,
  format: Exclude<ReportFormat, "json">,
  document: ReportDocument | null,
  issuedOn: string,
): Promise<void> {
  let disposition = "";
  const blob = await call(
    api
      .POST("/v1/reports", {
        body: {
          ...request,
          format,
          ...(format === "docx" && document ? { document: documentBody(document, issuedOn) } : {}),
        },
        parseAs: "blob",
      })
      .then((result) => {
        disposition = result.response.headers.get("content-disposition") ?? "";
        return result;
      }),
  );
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `bao-cao-${request.period}.${format}`;
  const url = URL.createObjectURL(blob);
  const link = globalThis.document.createElement("a");
  link.href = url;
  link.download = name;
  globalThis.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
