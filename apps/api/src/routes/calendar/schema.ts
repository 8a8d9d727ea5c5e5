/** Schemas of the working calendar. */
import { CalendarData } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import { IsoDay } from "../../http/schemas.js";

export const CalendarYearView = z
  .object({
    year: z.number().int().openapi({ description: "Năm", example: 2024 }),
    confirmed: z
      .boolean()
      .openapi({ description: "Lịch chính thức (false: tính theo luật, chờ thông báo)", example: true }),
    source: z
      .string()
      .openapi({ description: "Văn bản công bố lịch nghỉ", example: "Thông báo 6150/TB-LĐTBXH" }),
    stored: z
      .boolean()
      .openapi({ description: "Năm do quản trị viên nhập (thay lịch có sẵn)", example: false }),
    days: z
      .array(
        z.object({
          date: IsoDay.openapi({ description: "Ngày", example: "2024-02-09" }),
          kind: z
            .string()
            .openapi({ description: "holiday | day-off | make-up | weekend", example: "holiday" }),
          name: z.string().openapi({ description: "Tên ngày", example: "Tết Nguyên đán" }),
        }),
      )
      .openapi({ description: "Các ngày nghỉ và ngày làm bù trong năm" }),
    workingDays: z.number().int().openapi({ description: "Số ngày làm việc trong năm", example: 246 }),
    version: z.number().int().openapi({ description: "Phiên bản (ETag; 0 khi chưa lưu)", example: 0 }),
  })
  .openapi("CalendarYear");

export const YearParam = z.object({
  year: z.coerce.number().int().min(1990).max(2100).openapi({ description: "Năm", example: 2024 }),
});

/** A year's official schedule as an administrator enters it (replaces the shipped year wholesale). */
export const CalendarYearInput = z
  .object({
    source: z
      .string()
      .trim()
      .max(500)
      .default("")
      .openapi({ description: "Văn bản công bố", example: "Thông báo 6150/TB-LĐTBXH" }),
    daysOff: z
      .array(
        z.object({
          date: IsoDay.openapi({ description: "Ngày nghỉ", example: "2024-02-09" }),
          name: z.string().trim().min(1).max(200).openapi({ description: "Tên", example: "Tết Nguyên đán" }),
          // The domain's kind of day off (Labour Code 2019 art. 111–112), default `holiday`.
          kind: CalendarData.DayOff.shape.kind.meta({
            description: "holiday: lễ, tết; day-off: nghỉ bù, hoán đổi",
            example: "holiday",
          }),
        }),
      )
      .max(100)
      .openapi({ description: "Ngày nghỉ" }),
    makeUpWorkdays: z
      .array(
        z.object({
          date: IsoDay.openapi({ description: "Ngày làm bù", example: "2024-05-04" }),
          name: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .openapi({ description: "Lý do", example: "Làm bù cho ngày 29/04/2024" }),
        }),
      )
      .max(50)
      .default([])
      .openapi({ description: "Ngày làm bù" }),
  })
  .strict()
  .openapi("PutCalendarYear");
export type CalendarYearInput = z.infer<typeof CalendarYearInput>;
