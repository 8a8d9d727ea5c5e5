/**
 * What `dondoc parse` does once its arguments are parsed: read the notice (TXT, DOCX, PDF), parse
 * it and print its directives and tasks as a table, or the `ParsedNotice` JSON. Loaded only when
 * the command runs (the parser and the domain cost a few hundred milliseconds to load).
 */
import { IsoDate, type ParsedNotice, SeedDirectory } from "@dondoc/domain";
import { Parser } from "@dondoc/parser";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import * as ReadInput from "../read-input.js";
import * as TextTable from "../text-table.js";

const deadlineCell = (m: ReturnType<typeof Messages.of>, t: ParsedNotice.ParsedTask): string => {
  const d = t.deadline;
  if (d.kind === "none") return m.noDeadline;
  const due =
    d.dueOn === null ? (d.recurrence === null ? "—" : d.recurrence.join(", ")) : IsoDate.formatVi(d.dueOn);
  return `${d.phrase ?? d.kind} → ${due}`;
};

/** The table of a parsed notice. */
export const render = (notice: ParsedNotice.ParsedNotice, lang: Messages.Lang): string => {
  const m = Messages.of(lang);
  const n = notice.notice;
  const rows: string[][] = [];
  for (const d of notice.directives) {
    if (d.tasks.length === 0) {
      rows.push([d.path, m.informational, "", "", d.text.slice(0, 60)]);
      continue;
    }
    for (const t of d.tasks) {
      rows.push([
        d.path,
        t.lead.name,
        t.coordinators.map((c) => c.name).join("; "),
        t.mode === "requested" ? m.requested : m.assigned,
        deadlineCell(m, t),
      ]);
    }
  }
  const tasks = notice.directives.reduce((k, d) => k + d.tasks.length, 0);
  const out = [
    m.notice(n.number, n.symbol, n.place, n.issuedOn === null ? null : IsoDate.formatVi(n.issuedOn)),
    "",
    TextTable.render(
      [m.headers.directive, m.headers.lead, m.headers.coordinators, m.headers.mode, m.headers.deadline],
      rows,
      [8, 34, 40, 10, 56],
    ),
    "",
    m.summary(notice.directives.length, tasks, notice.warnings.length),
  ];
  if (notice.warnings.length > 0) {
    out.push("", `${m.warnings}:`);
    for (const w of notice.warnings) {
      const where = w.span === null ? "" : ` [${w.span.start}–${w.span.end}]`;
      out.push(`  ! ${w.code}${where}: ${w.message}`);
    }
  }
  return out.join("\n");
};

/** Runs `dondoc parse` on `file` (`-`: standard input) and prints the table or the JSON. */
export const run = async (
  file: string,
  opts: { readonly json?: boolean; readonly directory: boolean },
  lang: Messages.Lang,
): Promise<void> => {
  const m = Messages.of(lang);
  const bytes = ReadInput.read(file, lang);
  const result = await Effect.runPromise(
    Effect.result(Parser.parse(bytes, { directory: opts.directory ? SeedDirectory.directory() : null })),
  );
  if (Result.isFailure(result)) {
    throw new InputError({ code: "invalid-file", message: m.cannotRead(file, result.failure.message) });
  }
  const notice = result.success;
  process.stdout.write(opts.json ? `${JSON.stringify(notice, null, 2)}\n` : `${render(notice, lang)}\n`);
};
