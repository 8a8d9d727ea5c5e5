/**
 * `dondoc calendar YEAR [--json]` — the working-day calendar of a year: public holidays, days off
 * (nghỉ bù, hoán đổi) and make-up working days, with the year's working-day count.
 */
import { IsoDate, WorkingCalendar } from "@dondoc/domain";
import type { Command } from "commander";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import * as TextTable from "../text-table.js";

export const register = (program: Command): void => {
  const m0 = Messages.of(Messages.langOf(process.argv));
  program
    .command("calendar")
    .description(m0.calendarDescription)
    .argument("<year>", m0.calendarYear)
    .option("--json", m0.json)
    .action((yearText: string, opts: { json?: boolean }) => {
      const m = Messages.of(Messages.langOf(process.argv));
      const year = Number(yearText);
      if (!/^\d{4}$/u.test(yearText.trim()) || year < 1900 || year > 2200) {
        throw new InputError({ message: m.badYear(yearText) });
      }
      const schedule = WorkingCalendar.year(WorkingCalendar.vietnam(), year);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(schedule, null, 2)}\n`);
        return;
      }
      const rows = schedule.days.map((d) => [
        IsoDate.formatVi(d.date),
        d.weekday,
        m.dayKinds[d.kind],
        d.name,
      ]);
      const lines = [
        `${m.calendarTitle(schedule.year, schedule.workingDays)}${schedule.confirmed ? "" : ` ${m.unconfirmed}`}`,
        `${m.weekly}: ${schedule.weeklyRestDays.join(", ")}`,
        "",
        TextTable.render(["Ngày", "Thứ", m.kind, "Tên"], rows, [10, 9, 20, 60]),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
};
