/**
 * `dondoc calendar YEAR [--json]` — the working-day calendar of a year: public holidays, days off
 * (nghỉ bù, hoán đổi) and make-up working days, with the year's working-day count. The work is in
 * `calendar-run.ts`, loaded when the command runs.
 */
import type { Command } from "commander";

import * as Messages from "../messages.js";

export const register = (program: Command): void => {
  const m = Messages.of(Messages.langOf(process.argv));
  program
    .command("calendar")
    .description(m.calendarDescription)
    .argument("<year>", m.calendarYear)
    .option("--json", m.json)
    .action(async (yearText: string, opts: { json?: boolean }) => {
      const { run } = await import("./calendar-run.js");
      run(yearText, opts, Messages.langOf(process.argv));
    });
};
