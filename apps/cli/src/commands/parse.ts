/**
 * `dondoc parse FILE|- [--json] [--lang vi|en] [--no-directory]` — reads a notice (TXT, DOCX, PDF)
 * and prints its directives and tasks as a table, or the `ParsedNotice` JSON. The work is in
 * `parse-run.ts`, loaded when the command runs, so `dondoc --help` stays fast.
 */
import type { Command } from "commander";

import * as Messages from "../messages.js";

export const register = (program: Command): void => {
  const m = Messages.of(Messages.langOf(process.argv));
  program
    .command("parse")
    .description(m.parseDescription)
    .argument("<file>", m.parseFile)
    .option("--json", m.json)
    .option("--no-directory", m.noDirectory)
    .action(async (file: string, opts: { json?: boolean; directory: boolean }) => {
      const { run } = await import("./parse-run.js");
      await run(file, opts, Messages.langOf(process.argv));
    });
};
