/**
 * The JSON of POST /v1/reports (`format: "json"`): the envelope of `@dondoc/reporting`'s JSON
 * renderer with its periodic report, as the OpenAPI document shows it. The reporting package
 * types its models with TypeScript interfaces, not zod, so the periodic report is written out here
 * once and held to `PeriodicReport.PeriodicReport` by the compiler (`fits` below) and to the
 * renderer's output by `test/reports.test.ts`.
 */
import { ReportingPeriod } from "@dondoc/domain";
import type { PeriodicReport } from "@dondoc/reporting";
import { z } from "@hono/zod-openapi";

import { IsoDay } from "../../http/schemas.js";

const n = (description: string, example: number) => z.number().int().openapi({ description, example });
const rate = (description: string) => z.number().nullable().openapi({ description, example: 0.8 });

const Counts = z
  .object({
    total: n("Tổng số nhiệm vụ (năm nhóm cộng lại)", 12),
    assignedInPeriod: n("Giao trong kỳ", 8),
    carriedIn: n("Kỳ trước chuyển sang", 4),
    doneOnTime: n("Hoàn thành đúng hạn", 6),
    doneLate: n("Hoàn thành quá hạn", 1),
    openInTime: n("Chưa hoàn thành, trong hạn", 3),
    openOverdue: n("Chưa hoàn thành, quá hạn", 2),
    paused: n("Tạm dừng", 0),
    extended: n("Được gia hạn", 1),
    noDeadline: n("Không có thời hạn", 0),
  })
  .openapi("ReportCounts", { description: "Số nhiệm vụ theo nhóm của Nghị định 09 (một dòng hoặc tổng)" });

const Rates = z
  .object({
    completion: rate(
      "Tỷ lệ hoàn thành: đã xong ÷ (đã xong + quá hạn chưa xong); null khi chưa có gì đến hạn",
    ),
    onTime: rate(
      "Tỷ lệ đúng hạn: xong đúng hạn ÷ (đã xong + quá hạn chưa xong); null khi chưa có gì đến hạn",
    ),
    due: n("Mẫu số chung: nhiệm vụ đã xong hoặc đã quá hạn", 9),
  })
  .openapi("ReportRates", { description: "Hai tỷ lệ công bố của báo cáo" });

const Ref = (what: string) =>
  z
    .object({
      id: z.string().openapi({ description: `Mã ${what}`, example: "brvt.so-tc" }),
      name: z.string().openapi({ description: `Tên ${what}`, example: "Sở Tài chính" }),
    })
    .openapi({ description: what });

const Lateness = z
  .object({
    workingDays: n("Số ngày làm việc trễ", 5),
    calendarDays: n("Số ngày lịch trễ", 7),
  })
  .openapi("ReportLateness", { description: "Mức trễ hạn" });

const Category = z
  .enum(["done-on-time", "done-late", "open-in-time", "open-overdue", "paused"])
  .openapi({ description: "Nhóm của nhiệm vụ trong báo cáo", example: "open-overdue" });

const taskLine = {
  id: z.string().openapi({ description: "Mã nhiệm vụ", example: "tsk_8f2k3j9x" }),
  notice: z
    .object({
      id: z.string().openapi({ description: "Mã thông báo", example: "ntc_4k2m" }),
      code: z.string().openapi({ description: "Số, ký hiệu thông báo", example: "12/TB-UBND" }),
    })
    .openapi({ description: "Thông báo giao nhiệm vụ" }),
  directivePath: z.string().openapi({ description: "Số thứ tự của kết luận", example: "2.a" }),
  action: z
    .string()
    .openapi({ description: "Nội dung công việc", example: "Tham mưu kế hoạch chuyển đổi số" }),
  lead: Ref("cơ quan chủ trì"),
  assignedOn: IsoDay.openapi({ description: "Ngày giao", example: "2024-02-01" }),
  originalDueOn: IsoDay.nullable().openapi({ description: "Hạn ban đầu", example: "2024-02-20" }),
  dueOn: IsoDay.nullable().openapi({ description: "Hạn hiện hành", example: "2024-02-20" }),
  extended: z.boolean().openapi({ description: "Đã được gia hạn", example: false }),
  completedOn: IsoDay.nullable().openapi({ description: "Ngày hoàn thành", example: null }),
  category: Category,
  late: z.union([Lateness, z.null()]).openapi({ description: "Mức trễ (null: không trễ)" }),
};

const TaskLine = z.object(taskLine).openapi("ReportTaskLine", { description: "Một nhiệm vụ trong báo cáo" });

const AgeBucket = z.enum(["1-30", "31-60", "61-120", "over-120"]);

const OverdueLine = z
  .object({
    ...taskLine,
    dueOn: IsoDay.openapi({ description: "Hạn hiện hành", example: "2024-02-20" }),
    late: Lateness,
    bucket: AgeBucket.openapi({ description: "Nhóm số ngày quá hạn", example: "1-30" }),
  })
  .openapi("ReportOverdueLine", { description: "Nhiệm vụ chưa hoàn thành, quá hạn" });

const Periodic = z
  .object({
    kind: z.literal("periodic").openapi({ description: "Loại báo cáo", example: "periodic" }),
    period: z
      .object({
        frequency: z
          .enum(["month", "quarter", "half", "year", "custom"])
          .openapi({ description: "Tần suất (custom: khoảng ngày tùy chọn)", example: "month" }),
        year: n("Năm", 2024),
        index: n("Thứ tự kỳ trong năm (tháng 1–12, quý 1–4, nửa năm 1–2; 1 cho năm)", 3),
        mode: ReportingPeriod.PeriodMode.meta({
          description: "Cách tính kỳ (Nghị định 09: 15 → 14)",
          example: "decree-09",
        }),
        from: IsoDay.openapi({ description: "Ngày đầu kỳ", example: "2024-02-15" }),
        to: IsoDay.openapi({ description: "Ngày chốt số liệu", example: "2024-03-14" }),
      })
      .openapi("ReportPeriod", { description: "Kỳ báo cáo" }),
    scope: z
      .union([
        z.object({ kind: z.literal("all").openapi({ description: "Toàn bộ", example: "all" }) }),
        z.object({
          kind: z
            .enum(["agency", "notice", "issuer", "resolution"])
            .openapi({ description: "Loại phạm vi", example: "agency" }),
          id: z.string().openapi({ description: "Mã của phạm vi", example: "brvt.so-tc" }),
        }),
      ])
      .openapi({ description: "Phạm vi báo cáo" }),
    scopeLabel: z
      .object({
        vi: z.string().openapi({ description: "Tên phạm vi", example: "Toàn tỉnh" }),
        en: z.string().openapi({ description: "Scope name", example: "Whole province" }),
      })
      .openapi({ description: "Tên phạm vi, hai thứ tiếng" }),
    asOf: IsoDay.openapi({ description: "Ngày tính nhóm (cuối ngày)", example: "2024-03-14" }),
    totals: Counts,
    rates: Rates,
    rows: z
      .array(
        z
          .object({
            agency: Ref("cơ quan chủ trì"),
            counts: Counts,
            rates: Rates,
            averageWorkingDaysLate: z
              .number()
              .nullable()
              .openapi({ description: "Số ngày làm việc trễ trung bình; null khi không có", example: 3.5 }),
          })
          .openapi("ReportAgencyRow", { description: "Một cơ quan chủ trì" }),
      )
      .openapi({ description: "Theo cơ quan chủ trì" }),
    overdue: z
      .array(OverdueLine)
      .openapi({ description: "Nhiệm vụ quá hạn chưa hoàn thành, quá hạn lâu nhất trước" }),
    ageBuckets: z
      .object({
        "1-30": n("1–30 ngày", 1),
        "31-60": n("31–60 ngày", 0),
        "61-120": n("61–120 ngày", 0),
        "over-120": n("Trên 120 ngày", 0),
      })
      .openapi({ description: "Số nhiệm vụ quá hạn theo số ngày quá hạn" }),
    tasks: z
      .array(TaskLine)
      .openapi({ description: "Mọi nhiệm vụ của báo cáo, theo thông báo rồi kết luận" }),
  })
  .openapi("PeriodicReport", {
    description: "Báo cáo định kỳ (Nghị định 09/2019/NĐ-CP) của @dondoc/reporting",
  });

export const ReportJson = z
  .object({
    format: z
      .literal("dondoc-report")
      .openapi({ description: "Định danh định dạng", example: "dondoc-report" }),
    version: z.literal(1).openapi({ description: "Phiên bản định dạng", example: 1 }),
    periodic: Periodic,
    scorecard: z.unknown().openapi({
      description: "Bảng điểm cơ quan (AgencyScorecard của @dondoc/reporting) hoặc null",
      example: null,
    }),
    carryOver: z.unknown().openapi({
      description: "Nhiệm vụ chuyển kỳ (CarryOver của @dondoc/reporting) hoặc null",
      example: null,
    }),
    resolutions: z.unknown().openapi({
      description: "Tổng hợp theo nghị quyết (ResolutionRollUp của @dondoc/reporting) hoặc null",
      example: null,
    }),
  })
  .openapi("ReportJson", { description: "Báo cáo dạng JSON (format: json)" });

/** The schema's periodic report is one the reporting package makes (a compile-time check). */
export const fits = (report: z.infer<typeof Periodic>): PeriodicReport.PeriodicReport => report;
