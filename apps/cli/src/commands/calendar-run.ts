/**
 * What `dondoc calendar` does once its arguments are parsed: the working-day calendar of a year
 * (public holidays, days off, make-up working days) as a table or JSON. Loaded only when the
 * command runs.
 */
import { IsoDate, WorkingCalendar } from "@dondoc/domain";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import * as TextTable from "../text-table.js";

/** Runs `dondoc calendar` for `yearText` and prints the year's calendar (or the JSON). */
export const run = (yearText: string, opts: { readonly json?: boolean }, lang: Messages.Lang): void => {
  const m = Messages.of(lang);
  const year = Number(yearText);
  if (!/^\d{4}$/u.test(yearText.trim()) || year < 1900 || year > 2200) {
    throw new InputError({ message: m.badYear(yearText) });
  }
  const schedule = WorkingCalendar.year(WorkingCalendar.vietnam(), year);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(schedule, null, 2)}\n`);
    return;
  }
  const rows = schedule.days.map((d) => [IsoDate.formatVi(d.date), d.weekday, m.dayKinds[d.kind], d.name]);
  const lines = [
    `${m.calendarTitle(schedule.year, schedule.workingDays)}${schedule.confirmed ? "" : ` ${m.unconfirmed}`}`,
    `${m.weekly}: ${schedule.weeklyRestDays.join(", ")}`,
    "",
    TextTable.render(["Ngày", "Thứ", m.kind, "Tên"], rows, [10, 9, 20, 60]),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
};
