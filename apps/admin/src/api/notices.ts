/**
 * Importing a notice: parse a pasted text or an uploaded DOCX/PDF into a ParsedNotice (nothing is
 * stored), resolve a deadline phrase while the clerk edits it, then save the reviewed draft and
 * publish it (tasks become open, collective assignees fan out).
 */
import { api, call, callWithEtag } from "./client.js";
import type { Notice, ParsedNotice, ResolvedDeadline } from "./types.js";

export async function parseText(text: string, signal?: AbortSignal): Promise<ParsedNotice> {
  return (await call(
    api.POST("/v1/notices/parse", { body: { text }, ...(signal ? { signal } : {}) }),
  )) as unknown as ParsedNotice;
}

export async function parseFile(file: File, signal?: AbortSignal): Promise<ParsedNotice> {
  const form = new FormData();
  form.set("file", file, file.name);
  return (await call(
    api.POST("/v1/notices/parse", {
      body: { file: file.name },
      bodySerializer: () => form,
      ...(signal ? { signal } : {}),
    }),
  )) as unknown as ParsedNotice;
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
  const text = `Hà Nội, ngày ${day} tháng ${month} năm ${year}\n\nTHÔNG BÁO\n\n1. Giao Sở Tài chính thực hiện, hoàn thành ${phrase}.`;
  const parsed = await parseText(text, signal);
  const deadline = parsed.directives.flatMap((d) => d.tasks)[0]?.deadline;
  return {
    kind: deadline?.kind ?? "none",
    dueOn: deadline?.dueOn ?? null,
    derivation: deadline?.derivation ?? { vi: "", en: "" },
    rule: deadline?.rule ?? null,
  };
}

/** Saves the reviewed draft under its issuing body; returns the stored draft notice and its ETag. */
export async function createNotice(
  parsed: ParsedNotice,
  issuerAgencyId: string | null,
): Promise<{ data: Notice; etag: string | null }> {
  const { data, etag } = await callWithEtag(
    api.POST("/v1/notices", { body: { parsed: parsed as never, resolutionId: null, issuerAgencyId } }),
  );
  return { data: data as unknown as Notice, etag };
}

export async function publishNotice(id: string, etag: string): Promise<Notice> {
  return (await call(
    api.POST("/v1/notices/{id}/publish", { params: { path: { id }, header: { "if-match": etag } } }),
  )) as unknown as Notice;
}
