/**
 * A test calendar with the official 2023–2024 days off for public servants (Thông báo
 * 5015/TB-LĐTBXH, Công văn 2450/VPCP-KGVX: Monday 29/04/2024 swapped, Saturday 04/05/2024 a
 * make-up working day). Test support only; production code uses the domain's WorkingCalendar.
 */
import { IsoDate } from "@dondoc/domain";

import * as WorkingDays from "../working-days.js";

const DAYS_OFF = new Set([
  "2023-01-02",
  "2023-01-20",
  "2023-01-23",
  "2023-01-24",
  "2023-01-25",
  "2023-01-26",
  "2023-05-01",
  "2023-05-02",
  "2023-05-03",
  "2023-09-01",
  "2023-09-04",
  "2024-01-01",
  "2024-02-08",
  "2024-02-09",
  "2024-02-12",
  "2024-02-13",
  "2024-02-14",
  "2024-04-18",
  "2024-04-29",
  "2024-04-30",
  "2024-05-01",
  "2024-09-02",
  "2024-09-03",
]);
const MAKE_UP = new Set(["2024-05-04"]);

export const calendar: WorkingDays.WorkingDays = WorkingDays.of((d) => {
  if (MAKE_UP.has(d)) return true;
  if (DAYS_OFF.has(d)) return false;
  const wd = IsoDate.weekdayOf(IsoDate.toDayNumber(d));
  return wd !== 0 && wd !== 6;
});
