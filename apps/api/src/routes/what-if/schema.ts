/** Schemas of what-if previews: the proposed calendar year or policy pack, and what would move. */
import { PolicyPack, WorkingCalendar } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";
import type { Kysely } from "kysely";

import type { Database } from "../../db/schema.js";
import { fieldErrors } from "../../http/errors.js";
import { ApiError } from "../../http/problem.js";
import type { Scenario } from "../../integrations/what-if.js";
import * as CalendarYears from "../../services/calendar-years.js";
import * as Rules from "../../services/rules.js";
import { CalendarYearInput } from "../calendar/schema.js";

/** A proposed year has exactly the shape of the year PUT /v1/calendar/{year} stores. */
export const ProposedYear = CalendarYearInput;
export type ProposedYear = CalendarYearInput;

export const ProposedPolicy = z
  .object({
    pack: z.record(z.string(), z.unknown()).openapi({
      description: "Quy chế đề xuất (PolicyPack)",
      example: {
        id: "brvt-2024",
        name: "Quy chế theo dõi, đôn đốc của UBND tỉnh",
        basedOn: "national",
        version: 1,
        effectiveFrom: "2024-01-01",
        dueSoonWorkingDays: 5,
      },
    }),
  })
  .strict()
  .openapi("ProposedPolicy");

const Move = z
  .object({
    taskId: z.string().openapi({ description: "Nhiệm vụ", example: "tsk_8f2k3j" }),
    action: z.string().openapi({ description: "Nội dung", example: "Bố trí kinh phí" }),
    leadAgencyId: z.string().nullable().openapi({ description: "Cơ quan chủ trì", example: "brvt.so-tc" }),
    leadName: z.string().openapi({ description: "Tên cơ quan", example: "Sở Tài chính" }),
    dueOnBefore: z.string().openapi({ description: "Hạn hiện tại", example: "2024-04-30" }),
    dueOnAfter: z.string().openapi({ description: "Hạn sau thay đổi", example: "2024-05-02" }),
    timelinessBefore: z.string().openapi({ description: "Tình trạng hiện tại", example: "not-due" }),
    timelinessAfter: z.string().openapi({ description: "Tình trạng sau thay đổi", example: "not-due" }),
    how: z.enum(["rule", "roll-forward"]).nullable().openapi({
      description: "rule: tính lại theo quy tắc thời hạn; roll-forward: ngày hạn thành ngày nghỉ",
      example: "roll-forward",
    }),
  })
  .openapi("WhatIfMove");

export const WhatIfResult = z
  .object({
    moved: z.array(Move).openapi({ description: "Nhiệm vụ sẽ đổi hạn" }),
    statusChanged: z.array(Move).openapi({ description: "Nhiệm vụ giữ hạn nhưng đổi tình trạng hôm nay" }),
    examined: z.number().int().openapi({ description: "Số nhiệm vụ có hạn đã xét", example: 1200 }),
    applied: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "Số hạn đã đổi (null: chỉ xem trước)", example: null }),
    version: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "Phiên bản mới của lịch/quy chế (ETag)", example: null }),
  })
  .openapi("WhatIfResult");

/** The rules in force now. */
export const current = async (db: Kysely<Database>): Promise<Scenario> => {
  const data = await Rules.calendarData(db);
  return { calendar: WorkingCalendar.vietnam({ years: data.years }), policy: await Rules.policy(db) };
};

/** The rules with `year` replaced by the proposal; 400 with field paths when it is not valid. */
export const withYear = async (
  db: Kysely<Database>,
  year: number,
  input: ProposedYear,
): Promise<Scenario> => {
  const proposed = CalendarYears.check(year, input);
  const data = await Rules.calendarData(db);
  return {
    calendar: WorkingCalendar.vietnam({ years: { ...data.years, ...proposed.years } }),
    policy: await Rules.policy(db),
  };
};

/** The rules with the proposed pack; 400 with field paths when it is not valid. */
export const withPolicy = async (
  db: Kysely<Database>,
  pack: unknown,
): Promise<Scenario & { pack: PolicyPack.PolicyPack }> => {
  const parsed = PolicyPack.PolicyPack.safeParse(pack);
  if (!parsed.success) {
    const errors = fieldErrors("body.pack", parsed.error);
    throw new ApiError(
      "validation-failed",
      `Quy chế không hợp lệ: ${errors[0]?.path ?? ""} ${errors[0]?.message ?? ""} / Invalid policy pack`,
      {
        errors,
      },
    );
  }
  const { calendar } = await current(db);
  return { calendar, policy: parsed.data, pack: parsed.data };
};
