/**
 * `dondoc deadline "PHRASE" --from YYYY-MM-DD [--no-roll] [--json]` — the due date of a deadline
 * phrase and how it was computed. The work is in `deadline-run.ts`, loaded when the command runs.
 */
import type { Command } from "commander";

import * as Messages from "../messages.js";

export const register = (program: Command): void => {
  const m = Messages.of(Messages.langOf(process.argv));
  program
    .command("deadline")
    .description(m.deadlineDescription)
    .argument("<phrase>", m.deadlinePhrase)
    .requiredOption("--from <date>", m.from)
    .option("--no-roll", m.noRoll)
    .option("--json", m.json)
    .action(async (phrase: string, opts: { from: string; roll: boolean; json?: boolean }) => {
      const { run } = await import("./deadline-run.js");
      run(phrase, opts, Messages.langOf(process.argv));
    });
};
