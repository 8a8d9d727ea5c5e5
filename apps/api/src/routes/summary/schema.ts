/** The dashboard summary (GET /v1/summary) as the API shows it. */
import { LatenessBand, ReportingPeriod, Timeliness } from "@dondoc/domain";
import { z } from "@hono/zod-openapi";

import { IsoDay } from "../../http/schemas.js";

const Count = z.number().int().nonnegative();

const Rate = z.number().min(0).max(1).nullable().openapi({
  description: "Đúng hạn ÷ (đúng hạn + trễ); null khi chưa có nhiệm vụ nào để tính",
  example: 0.75,
});

const bucket = (t: Timeliness.Timeliness) =>
  Count.openapi({
    description: `${Timeliness.label(t).vi} — số phần tử của GET /v1/tasks?timeliness=${t}`,
    example: t === "overdue" ? 3 : t === "due-soon" ? 2 : 0,
  });

const Counts = z
  .object(
    Object.fromEntries(Timeliness.Timeliness.options.map((t) => [t, bucket(t)])) as Record<
      Timeliness.Timeliness,
      ReturnType<typeof bucket>
    >,
  )
  .openapi("TimelinessCounts", {
    description:
      "Số nhiệm vụ theo từng tình hình thực hiện (timeliness), đúng bằng số phần tử của GET /v1/tasks?timeliness=… cho cùng người gọi",
  });

const BandCounts = z
  .object(
    Object.fromEntries(
      LatenessBand.all.map((b) => [
        b,
        Count.openapi({
          description: `${LatenessBand.label(b).vi} — số phần tử của GET /v1/tasks?latenessBand=${b}`,
          example: b === "1-7" ? 2 : b === "8-30" ? 1 : 0,
        }),
      ]),
    ) as Record<LatenessBand.LatenessBand, ReturnType<typeof Count.openapi>>,
  )
  .openapi("LatenessBandCounts", {
    description:
      "Số nhiệm vụ quá hạn theo nhóm số ngày quá hạn, đúng bằng số phần tử của GET /v1/tasks?latenessBand=… cho cùng người gọi",
  });

const AgencyCount = z
  .object({
    agencyId: z.string().nullable().openapi({
      description: "Cơ quan chủ trì trong danh mục (null: chưa khớp danh mục)",
      example: "brvt.so-tc",
    }),
    name: z
      .string()
      .openapi({ description: "Tên cơ quan chủ trì như trong văn bản", example: "Sở Tài chính" }),
    count: Count.openapi({ description: "Số nhiệm vụ quá hạn", example: 3 }),
  })
  .openapi("AgencyOverdueCount");

const AgencyOnTime = z
  .object({
    agencyId: z.string().nullable().openapi({
      description: "Cơ quan chủ trì trong danh mục (null: chưa khớp danh mục)",
      example: "brvt.so-tc",
    }),
    name: z
      .string()
      .openapi({ description: "Tên cơ quan chủ trì như trong văn bản", example: "Sở Tài chính" }),
    onTime: Count.openapi({ description: "Hạn trong kỳ, hoàn thành đúng hạn (done-on-time)", example: 3 }),
    late: Count.openapi({ description: "Hạn trong kỳ, hoàn thành trễ hoặc đang quá hạn", example: 1 }),
    rate: Rate,
  })
  .openapi("AgencyOnTimeRate");

export const SummaryView = z
  .object({
    asOf: IsoDay.openapi({ description: "Ngày tính (giờ Việt Nam)", example: "2024-03-01" }),
    dueSoonUntil: IsoDay.openapi({
      description: "Hạn muộn nhất còn tính là sắp đến hạn (due-soon) theo bộ quy tắc",
      example: "2024-03-08",
    }),
    counts: Counts,
    overdueByBand: BandCounts,
    overdueByAgency: z
      .array(AgencyCount)
      .openapi({ description: "Nhiệm vụ quá hạn theo cơ quan chủ trì, nhiều nhất trước" }),
    period: z
      .object({
        from: IsoDay.openapi({ description: "Ngày đầu kỳ", example: "2024-02-15" }),
        to: IsoDay.openapi({ description: "Ngày chốt số liệu (cuối kỳ)", example: "2024-03-14" }),
        label: z.string().openapi({ description: "Tên kỳ", example: "tháng 03/2024" }),
        labelEn: z.string().openapi({ description: "Tên kỳ (tiếng Anh)", example: "March 2024" }),
        mode: ReportingPeriod.PeriodMode.meta({
          description:
            "decree-09: kỳ theo Nghị định 09/2019/NĐ-CP điều 12 (15 → 14); calendar: tháng dương lịch",
          example: "decree-09",
        }),
      })
      .openapi("SummaryPeriod", { description: "Kỳ báo cáo tháng đang diễn ra, theo bộ quy tắc" }),
    onTime: z
      .object({
        onTime: Count.openapi({ description: "Hạn trong kỳ, hoàn thành đúng hạn", example: 9 }),
        late: Count.openapi({ description: "Hạn trong kỳ, hoàn thành trễ hoặc đang quá hạn", example: 3 }),
        rate: Rate,
        byAgency: z.array(AgencyOnTime).openapi({
          description: "Theo cơ quan chủ trì, tỷ lệ thấp nhất trước (chỉ cơ quan có nhiệm vụ được tính)",
        }),
      })
      .openapi("OnTimeRate", { description: "Tỷ lệ đúng hạn của các nhiệm vụ có hạn trong kỳ" }),
  })
  .openapi("Summary", {
    description:
      "Số liệu của trang tổng quan, trong phạm vi người gọi được xem như GET /v1/tasks; mỗi số bằng độ dài danh sách tương ứng",
  });
