/**
 * CalendarData — the data a working-day calendar is built from (lịch làm việc): the weekly rest
 * days and, per year, the official days off (ngày nghỉ lễ, tết, nghỉ bù, hoán đổi) and make-up
 * working days (ngày làm bù) that the Government announces each year. An administrator extends
 * it at run time (e.g. when the Ministry of Home Affairs announces next year's Tết); the API stores
 * it and builds a `WorkingCalendar` from it.
 */
import { z } from "zod";

import { IsoDate } from "./iso-date.js";

/** A day of the week. */
export const Weekday = z.enum(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]);
export type Weekday = z.infer<typeof Weekday>;

/**
 * A day off. `holiday`: a public holiday of the Labour Code 2019 art. 112 (lễ, tết);
 * `day-off`: any other announced day off (nghỉ bù under art. 111(3), a swapped day — hoán đổi).
 */
export const DayOff = z.object({
  date: IsoDate,
  name: z.string().min(1).describe("Tên ngày nghỉ, ví dụ “Tết Nguyên đán Quý Mão”"),
  kind: z.enum(["holiday", "day-off"]).default("holiday"),
});
export type DayOff = z.infer<typeof DayOff>;

/** A weekly rest day that becomes a working day (ngày làm bù), e.g. Saturday 04/05/2024. */
export const MakeUpWorkday = z.object({
  date: IsoDate,
  name: z.string().min(1).describe("Lý do làm bù, ví dụ “Làm bù cho ngày 29/04/2024”"),
});
export type MakeUpWorkday = z.infer<typeof MakeUpWorkday>;

/** One year's official schedule. */
export const CalendarYear = z.object({
  daysOff: z.array(DayOff).default([]),
  makeUpWorkdays: z.array(MakeUpWorkday).default([]),
  /** `true` when taken from an official notice; `false` when provisional. */
  confirmed: z.boolean().default(true),
  /** Where the schedule comes from (số, ký hiệu của thông báo / công văn). */
  source: z.string().default(""),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

const yearKey = z.string().regex(/^\d{4}$/, "Năm phải gồm 4 chữ số, ví dụ “2027”");

/**
 * The whole calendar description. Years absent from `years` are computed from the Labour Code
 * 2019 (`missingYears: "vietnam-statutory"`, flagged unconfirmed) or have weekly rest days only
 * (`"weekly-rest-only"`).
 */
export const CalendarData = z
  .object({
    weeklyRestDays: z
      .array(Weekday)
      .max(6, "Phải còn ít nhất một ngày làm việc trong tuần")
      .default(["saturday", "sunday"]),
    years: z.record(yearKey, CalendarYear).default({}),
    missingYears: z.enum(["vietnam-statutory", "weekly-rest-only"]).default("vietnam-statutory"),
  })
  .superRefine((data, ctx) => {
    for (const [key, year] of Object.entries(data.years)) {
      const off = new Set<string>();
      year.daysOff.forEach((day, i) => {
        if (!day.date.startsWith(`${key}-`)) {
          ctx.addIssue({
            code: "custom",
            path: ["years", key, "daysOff", i, "date"],
            message: `Ngày ${day.date} không thuộc năm ${key}`,
          });
        }
        off.add(day.date);
      });
      year.makeUpWorkdays.forEach((day, i) => {
        if (!day.date.startsWith(`${key}-`)) {
          ctx.addIssue({
            code: "custom",
            path: ["years", key, "makeUpWorkdays", i, "date"],
            message: `Ngày ${day.date} không thuộc năm ${key}`,
          });
        }
        if (off.has(day.date)) {
          ctx.addIssue({
            code: "custom",
            path: ["years", key, "makeUpWorkdays", i, "date"],
            message: `Ngày ${day.date} vừa là ngày nghỉ vừa là ngày làm bù`,
          });
        }
      });
    }
  });
export type CalendarData = z.infer<typeof CalendarData>;
/** What an administrator may send: every field with a default may be left out. */
export type CalendarDataInput = z.input<typeof CalendarData>;
