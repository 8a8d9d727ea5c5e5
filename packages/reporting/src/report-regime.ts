/**
 * ReportRegime — a reporting regime (chế độ báo cáo) as Decree 09/2019/NĐ-CP art. 8 requires it to
 * be written down: name, content, who reports, who receives, how it is sent, frequency, data
 * cut-off, submission deadline, outline and table templates. `schedule` gives the cut-off and due
 * date of a period from the working-day calendar; `validate` enforces art. 8.5.b: the deadline
 * must leave at least one working day after the cut-off.
 */
import { IsoDate } from "@dondoc/domain";
import * as Result from "effect/Result";
import { z } from "zod";

import { LevelDeadlinesOutOfOrder, SubmissionDeadlineTooEarly } from "./errors.js";
import * as ReportPeriod from "./report-period.js";
import * as WorkingDays from "./working-days.js";

/** When the report must be sent (thời hạn gửi báo cáo). */
export const SubmissionDeadline = z.discriminatedUnion("kind", [
  /** Day N of the period's last month — art. 13.1: “chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo”. */
  z.object({ kind: z.literal("day-of-last-month"), day: z.number().int().min(1).max(31) }),
  /** N working days after the cut-off (e.g. Khánh Hòa QĐ 01/2023/QĐ-UBND: 02 ngày làm việc). */
  z.object({ kind: z.literal("working-days-after-cut-off"), workingDays: z.number().int().min(0).max(60) }),
]);
export type SubmissionDeadline = z.infer<typeof SubmissionDeadline>;

/** How a report is sent and received (phương thức gửi, nhận báo cáo). */
export const SendingMethod = z.enum(["information-system", "electronic-document", "paper", "email", "fax"]);
export type SendingMethod = z.infer<typeof SendingMethod>;

/** A data table template (biểu mẫu số liệu báo cáo). */
export const TableTemplate = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
});
export type TableTemplate = z.infer<typeof TableTemplate>;

/**
 * One level of a report aggregated through several bodies, lowest first (xã → sở → UBND tỉnh):
 * art. 8.5.b asks for a deadline for each level of such a report.
 */
export const ReportLevel = z.object({
  reporter: z.string().min(1),
  recipient: z.string().min(1),
  deadline: SubmissionDeadline,
});
export type ReportLevel = z.infer<typeof ReportLevel>;

/** A reporting regime, the fields of Decree 09/2019/NĐ-CP art. 8. */
export const ReportRegime = z.object({
  id: z.string().min(1),
  /** Tên báo cáo. */
  name: z.string().min(1),
  /** Nội dung yêu cầu báo cáo. */
  content: z.string().min(1),
  /** Đối tượng thực hiện báo cáo. */
  reporter: z.string().min(1),
  /** Cơ quan nhận báo cáo. */
  recipient: z.string().min(1),
  /** Phương thức gửi, nhận báo cáo. */
  methods: z.array(SendingMethod).min(1),
  /** Tần suất thực hiện báo cáo. */
  frequency: z.enum(["month", "quarter", "half", "year"]),
  /** Thời gian chốt số liệu báo cáo: `decree-09` (15 → 14) or `calendar`. */
  cutOff: z.enum(["decree-09", "calendar"]),
  /** Thời hạn gửi báo cáo. */
  deadline: SubmissionDeadline,
  /** Move a deadline that falls on a day off to the next working day (Civil Code 2015 art. 148.5). */
  rollForward: z.boolean().default(true),
  /** Mẫu đề cương báo cáo: the headings of the outline. */
  outline: z.array(z.string().min(1)).default([]),
  /** Biểu mẫu số liệu báo cáo. */
  tables: z.array(TableTemplate).default([]),
  /** Legal basis (căn cứ). */
  basis: z.string().default(""),
  /**
   * Lower levels, lowest first, when the report is aggregated on its way up; their deadlines come
   * before `deadline`, which is the last level's (`reporter` → `recipient`).
   */
  levels: z.array(ReportLevel).default([]),
});
export type ReportRegime = z.infer<typeof ReportRegime>;
export type ReportRegimeInput = z.input<typeof ReportRegime>;

/** The dates of one period under a regime. */
export interface Schedule {
  readonly period: ReportPeriod.ReportPeriod;
  /** Ngày chốt số liệu: the last day of the data. */
  readonly cutOffOn: IsoDate.IsoDate;
  /** Thời hạn gửi báo cáo, after roll-forward. */
  readonly dueOn: IsoDate.IsoDate;
  /** Working days after the cut-off up to and including the deadline. */
  readonly workingDaysAfterCutOff: number;
  /** The lower levels' deadlines, lowest first (empty for a single-level regime). */
  readonly levels: readonly {
    readonly reporter: string;
    readonly recipient: string;
    readonly dueOn: IsoDate.IsoDate;
    readonly workingDaysAfterCutOff: number;
  }[];
}

const periodsPerYear = { month: 12, quarter: 4, half: 2, year: 1 } as const;

/** The cut-off and due date of period `index` of `year` under the regime. */
export const schedule = (
  regime: ReportRegime,
  year: number,
  index: number,
  calendar: WorkingDays.WorkingDays,
): Schedule => {
  const period = ReportPeriod.of(regime.frequency, year, index, regime.cutOff);
  const cutOffOn = period.to;
  const dueOf = (deadline: SubmissionDeadline): IsoDate.IsoDate => {
    if (deadline.kind === "working-days-after-cut-off") {
      return deadline.workingDays === 0
        ? cutOffOn
        : WorkingDays.add(calendar, cutOffOn, deadline.workingDays);
    }
    const month = Number(cutOffOn.slice(5, 7));
    const year0 = Number(cutOffOn.slice(0, 4));
    const due = IsoDate.make(year0, month, Math.min(deadline.day, IsoDate.daysInMonth(year0, month)));
    return regime.rollForward ? WorkingDays.onOrAfter(calendar, due) : due;
  };
  const dueOn = dueOf(regime.deadline);
  return {
    period,
    cutOffOn,
    dueOn,
    workingDaysAfterCutOff: WorkingDays.between(calendar, cutOffOn, dueOn),
    levels: regime.levels.map((level) => {
      const due = dueOf(level.deadline);
      return {
        reporter: level.reporter,
        recipient: level.recipient,
        dueOn: due,
        workingDaysAfterCutOff: WorkingDays.between(calendar, cutOffOn, due),
      };
    }),
  };
};

/** Every period of `year` under the regime. */
export const scheduleYear = (
  regime: ReportRegime,
  year: number,
  calendar: WorkingDays.WorkingDays,
): readonly Schedule[] =>
  Array.from({ length: periodsPerYear[regime.frequency] }, (_, i) => schedule(regime, year, i + 1, calendar));

/**
 * Checks Decree 09/2019/NĐ-CP art. 8.5.b for every period of `year`: at least one working day
 * between the data cut-off and each submission deadline (every level's included). For a report
 * aggregated through several levels it also checks that each level's deadline leaves the one
 * below it at least a working day to aggregate — a consistency rule of this package, not a quote
 * of the decree, which only asks for a deadline per level.
 *
 * Errors: `SubmissionDeadlineTooEarly` or `LevelDeadlinesOutOfOrder` for the first period that
 * breaks a rule.
 */
export const validate = (
  regime: ReportRegime,
  year: number,
  calendar: WorkingDays.WorkingDays,
): Result.Result<readonly Schedule[], SubmissionDeadlineTooEarly | LevelDeadlinesOutOfOrder> => {
  const all = scheduleYear(regime, year, calendar);
  for (const s of all) {
    const chain = [
      ...s.levels.map((l) => ({ who: `${l.reporter} → ${l.recipient}`, ...l })),
      {
        who: `${regime.reporter} → ${regime.recipient}`,
        dueOn: s.dueOn,
        workingDaysAfterCutOff: s.workingDaysAfterCutOff,
      },
    ];
    for (const [i, level] of chain.entries()) {
      if (level.workingDaysAfterCutOff < 1) {
        return Result.fail(
          new SubmissionDeadlineTooEarly({
            regime: s.levels.length === 0 ? regime.name : `${regime.name} (${level.who})`,
            cutOffOn: s.cutOffOn,
            dueOn: level.dueOn,
            workingDaysAfterCutOff: level.workingDaysAfterCutOff,
          }),
        );
      }
      const lower = chain[i - 1];
      if (lower && WorkingDays.between(calendar, lower.dueOn, level.dueOn) < 1) {
        return Result.fail(
          new LevelDeadlinesOutOfOrder({
            regime: regime.name,
            lower: lower.who,
            lowerDueOn: lower.dueOn,
            upper: level.who,
            upperDueOn: level.dueOn,
          }),
        );
      }
    }
  }
  return Result.succeed(all);
};

const FREQUENCY_VI = { month: "hằng tháng", quarter: "hằng quý", half: "6 tháng", year: "hằng năm" } as const;

/** The tables every task-follow-up report carries (the periodic report's three sections). */
export const TASK_TABLES: readonly TableTemplate[] = [
  {
    id: "bieu-01",
    title: "Biểu 01. Tổng hợp kết quả thực hiện nhiệm vụ",
    columns: [
      "Tổng số nhiệm vụ",
      "Giao trong kỳ",
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Đang thực hiện trong hạn",
      "Đang thực hiện quá hạn",
      "Được gia hạn",
      "Tỷ lệ hoàn thành",
      "Tỷ lệ hoàn thành đúng hạn",
    ],
  },
  {
    id: "bieu-02",
    title: "Biểu 02. Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì",
    columns: [
      "Cơ quan chủ trì",
      "Tổng số",
      "Đúng hạn",
      "Quá hạn",
      "Trong hạn",
      "Chưa hoàn thành quá hạn",
      "Tỷ lệ",
    ],
  },
  {
    id: "bieu-03",
    title: "Biểu 03. Danh mục nhiệm vụ chưa hoàn thành quá hạn",
    columns: [
      "Thông báo",
      "Nội dung nhiệm vụ",
      "Cơ quan chủ trì",
      "Thời hạn",
      "Số ngày làm việc quá hạn",
      "Số ngày quá hạn",
    ],
  },
];

/**
 * The regime of the periodic report on tasks assigned by the provincial People's Committee
 * (Quy chế theo dõi, đôn đốc, kiểm tra — QĐ 42/2014/QĐ-TTg as amended), with the Decree 09
 * cut-off and the art. 13.1 deadline (day 25 of the period's last month).
 */
export const taskFollowUp = (frequency: ReportRegime["frequency"], dueDay = 25): ReportRegime =>
  ReportRegime.parse({
    id: `task-follow-up-${frequency}`,
    name: `Báo cáo ${FREQUENCY_VI[frequency]} tình hình thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao`,
    content:
      "Kết quả thực hiện các nhiệm vụ được giao tại thông báo kết luận, văn bản chỉ đạo: số nhiệm vụ được giao, hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, chưa hoàn thành quá hạn; nguyên nhân và đề xuất.",
    reporter: "Các sở, ban, ngành tỉnh; UBND các xã, phường",
    recipient: "Văn phòng UBND tỉnh (tổng hợp, báo cáo UBND tỉnh)",
    methods: ["information-system", "electronic-document"],
    frequency,
    cutOff: "decree-09",
    deadline: { kind: "day-of-last-month", day: dueDay },
    outline: [
      "I. Tình hình thực hiện nhiệm vụ trong kỳ",
      "II. Nhiệm vụ chưa hoàn thành quá hạn, nguyên nhân",
      "III. Đề xuất, kiến nghị",
    ],
    tables: TASK_TABLES,
    basis: "Nghị định 09/2019/NĐ-CP (Điều 8, 12, 13); QĐ 42/2014/QĐ-TTg, sửa đổi bởi QĐ 23/2018/QĐ-TTg",
  });
