/**
 * Importing a notice: parse a pasted text or an uploaded DOCX/PDF into a ParsedNotice (nothing is
 * stored), resolve a deadline phrase while the clerk edits it, then save the reviewed draft and
 * publish it (tasks become open, collective assignees fan out).
 */
import { api, call, callWithEtag } from "./client.js";
import type { Notice, ParsedDeadline, ParsedNotice } from "./types.js";

/**
 * A deadline phrase resolved by the API against a start date, the calendar and the policy, with
 * every warning the engine gave about it (a year taken from the notice, a date before the notice,
 * a year whose official days off are not published yet…).
 */
export type ResolvedDeadline = Pick<ParsedDeadline, "kind" | "dueOn" | "derivation" | "rule"> & {
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
};

export async function parseText(text: string, signal?: AbortSignal): Promise<ParsedNotice> {
  return call(api.POST("/v1/notices/parse", { body: { text }, ...(signal ? { signal } : {}) }));
}

export async function parseFile(file: File, signal?: AbortSignal): Promise<ParsedNotice> {
  const form = new FormData();
  form.set("file", file, file.name);
  return call(
    api.POST("/v1/notices/parse", {
      // The generated type reads the multipart field as a string; the browser sends the file.
      body: { file: file.name },
      bodySerializer: () => form,
      ...(signal ? { signal } : {}),
    }),
  );
}

/**
 * Resolves `phrase` as written in a notice issued on `from`, with the server's parser, working
 * calendar and policy: the phrase is read inside a one-line notice of that date, so the result is
 * exactly what publishing the edited draft would compute.
 */
export async function resolveDeadline(
  phrase: string,
  from: string,
  signal?: AbortSignal,
): Promise<ResolvedDeadline> {
  const [year, month, day] = from.split("-");
  const head = `Hà Nội, ngày ${day} tháng ${month} năm ${year}\n\nTHÔNG BÁO\n\n1. Giao Sở Tài chính thực hiện, hoàn thành `;
  const parsed = await parseText(`${head}${phrase}.`, signal);
  const deadline = parsed.directives.flatMap((d) => d.tasks)[0]?.deadline;
  // The warnings about the phrase: those whose span reaches into it.
  const warnings = parsed.warnings
    .filter((w) => w.span !== null && w.span.end > head.length)
    .map((w) => ({ code: w.code, message: w.message }));
  return {
    kind: deadline?.kind ?? "none",
    dueOn: deadline?.dueOn ?? null,
    derivation: deadline?.derivation ?? null,
    rule: deadline?.rule ?? null,
    warnings,
  };
}

/** Saves the reviewed draft under its issuing body; returns the stored draft notice and its ETag. */
export async function createNotice(
  parsed: ParsedNotice,
  issuerAgencyId: string | null,
): Promise<{ data: Notice; etag: string | null }> {
  return callWithEtag(api.POST("/v1/notices", { body: { parsed, resolutionId: null, issuerAgencyId } }));
}

/**
 * Publishes a draft. `noDeadline` lists the tasks whose deadline phrase did not resolve that the
 * clerk confirmed have no deadline (the server refuses the others, naming them).
 */
export async function publishNotice(
  id: string,
  etag: string,
  noDeadline: readonly string[] = [],
): Promise<Notice> {
  return call(
    api.POST("/v1/notices/{id}/publish", {
      params: { path: { id }, header: { "if-match": etag } },
      ...(noDeadline.length > 0 ? { body: { noDeadline: [...noDeadline] } } : {}),
    }),
  );
}
