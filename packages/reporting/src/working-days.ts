/**
 * WorkingDays — the working-day arithmetic the reports need (days late, report deadlines), done by
 * the domain's `WorkingCalendar`: weekends, holidays, official days off and make-up Saturdays are
 * the calendar's business. The reports take the calendar as an argument and never build one.
 */
import { type IsoDate, WorkingCalendar } from "@dondoc/domain";

/** The working-day calendar the reports are computed with (`WorkingCalendar.vietnam()`). */
export type WorkingDays = WorkingCalendar.WorkingCalendar;

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export const between = (cal: WorkingDays, from: IsoDate.IsoDate, to: IsoDate.IsoDate): number =>
  to <= from ? 0 : WorkingCalendar.workingDaysBetween(cal, from, to);

/** `date` itself when it is a working day, else the next working day (Civil Code 2015 art. 148.5). */
export const onOrAfter = (cal: WorkingDays, date: IsoDate.IsoDate): IsoDate.IsoDate =>
  WorkingCalendar.rollForward(cal, date);

/** The working day `n` working days after `date`. */
export const add = (cal: WorkingDays, date: IsoDate.IsoDate, n: number): IsoDate.IsoDate =>
  WorkingCalendar.addWorkingDays(cal, date, n);
