/**
 * Labels — every word the renderers print, Vietnamese first (full diacritics, NFC) and English
 * second, plus the formatting of dates (dd/MM/yyyy) and numbers the documents use.
 */
import { IsoDate } from "@dondoc/domain";

import type { Category } from "./task-status.js";

export type Lang = "vi" | "en";

const vi = {
  motto1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto2: "Độc lập - Tự do - Hạnh phúc",
  number: "Số",
  reportType: "BÁO CÁO",
  titleOf: (period: string) => `Tình hình thực hiện nhiệm vụ được giao ${period}`,
  dateLine: (place: string, d: IsoDate.IsoDate) =>
    `${place}, ngày ${d.slice(8, 10)} tháng ${d.slice(5, 7)} năm ${d.slice(0, 4)}`,
  intro: (issuer: string, period: string, from: string, to: string) =>
    `Thực hiện chế độ báo cáo định kỳ theo Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ, ${issuer} báo cáo tình hình thực hiện nhiệm vụ được giao ${period} (số liệu tính từ ngày ${from} đến ngày ${to}) như sau:`,
  scope: "Phạm vi",
  sectionSummary: "KẾT QUẢ CHUNG",
  sectionAgencies: "KẾT QUẢ THEO CƠ QUAN CHỦ TRÌ",
  sectionOverdue: "NHIỆM VỤ CHƯA HOÀN THÀNH QUÁ HẠN",
  sectionScorecard: "XẾP HẠNG CÁC CƠ QUAN",
  sectionCarryOver: "NHIỆM VỤ CHUYỂN TIẾP CHƯA HOÀN THÀNH",
  sectionResolutions: "TIẾN ĐỘ THỰC HIỆN CÁC NGHỊ QUYẾT",
  sectionProposals: "ĐỀ XUẤT, KIẾN NGHỊ",
  totalsSentence: (t: {
    total: number;
    assigned: number;
    carried: number;
    done: number;
    onTime: number;
    late: number;
    open: number;
    inTime: number;
    overdue: number;
    extended: number;
  }) =>
    `Tổng số nhiệm vụ theo dõi trong kỳ: ${t.total} (giao trong kỳ: ${t.assigned}; kỳ trước chuyển sang: ${t.carried}). Đã hoàn thành: ${t.done} (đúng hạn: ${t.onTime}; quá hạn: ${t.late}). Chưa hoàn thành: ${t.open} (trong hạn: ${t.inTime}; quá hạn: ${t.overdue}). Số nhiệm vụ được gia hạn: ${t.extended}.`,
  completionRate: "Tỷ lệ hoàn thành",
  completionRateHow:
    "cách tính của Văn phòng Chính phủ: đã hoàn thành (kể cả quá hạn) ÷ (đã hoàn thành + chưa hoàn thành quá hạn)",
  onTimeRate: "Tỷ lệ hoàn thành đúng hạn",
  onTimeRateHow: "hoàn thành đúng hạn ÷ tổng số nhiệm vụ đến hạn",
  ageSentence: (b: readonly number[]) =>
    `Thời gian quá hạn: đến 30 ngày: ${b[0]}; từ 31 đến 60 ngày: ${b[1]}; từ 61 đến 120 ngày: ${b[2]}; trên 120 ngày: ${b[3]}.`,
  noOverdue: "Không có nhiệm vụ chưa hoàn thành quá hạn.",
  closing: "Trên đây là báo cáo tình hình thực hiện nhiệm vụ được giao./.",
  recipients: "Nơi nhận:",
  archive: "Lưu: VT.",
  no: "TT",
  indicator: "Chỉ tiêu",
  value: "Số lượng",
  rate: "Tỷ lệ",
  agency: "Cơ quan chủ trì",
  total: "Tổng số",
  totalRow: "Tổng cộng",
  assignedInPeriod: "Giao trong kỳ",
  carriedIn: "Kỳ trước chuyển sang",
  extended: "Được gia hạn",
  paused: "Tạm dừng",
  noDeadline: "Không có thời hạn",
  notice: "Thông báo",
  directive: "Mục",
  action: "Nội dung nhiệm vụ",
  assignedOn: "Ngày giao",
  originalDueOn: "Thời hạn ban đầu",
  dueOn: "Thời hạn",
  completedOn: "Ngày hoàn thành",
  status: "Tình trạng",
  workingDaysLate: "Số ngày làm việc quá hạn",
  calendarDaysLate: "Số ngày quá hạn",
  ageBand: "Nhóm quá hạn",
  rank: "Xếp hạng",
  averageLate: "Bình quân ngày làm việc trễ hạn",
  trend: "Xu hướng",
  unranked: "Chưa xếp hạng",
  resolution: "Nghị quyết",
  progress: "Tiến độ",
  carriedInto: "Đã chuyển tiếp tại",
  asOf: "Số liệu đến ngày",
  period: "Kỳ báo cáo",
  dataFrom: "Số liệu từ ngày",
  yes: "Có",
  chartTitle: "Số nhiệm vụ quá hạn theo cơ quan chủ trì",
  overdueOpenSeries: "Chưa hoàn thành quá hạn",
  overdueDoneSeries: "Hoàn thành quá hạn",
  directions: { up: "Tăng", down: "Giảm", flat: "Không đổi", new: "—" },
  categories: {
    "done-on-time": "Hoàn thành đúng hạn",
    "done-late": "Hoàn thành quá hạn",
    "open-in-time": "Đang thực hiện trong hạn",
    "open-overdue": "Đang thực hiện quá hạn",
    paused: "Tạm dừng",
  } satisfies Record<Category, string>,
  buckets: {
    "1-30": "Đến 30 ngày",
    "31-60": "31–60 ngày",
    "61-120": "61–120 ngày",
    "over-120": "Trên 120 ngày",
  },
  sheets: {
    summary: "Tổng hợp",
    agencies: "Theo cơ quan",
    overdue: "Quá hạn",
    tasks: "Nhiệm vụ",
    scorecard: "Xếp hạng",
    carryOver: "Chuyển tiếp",
    resolutions: "Nghị quyết",
  },
};

export type Labels = typeof vi;

const en: Labels = {
  motto1: "SOCIALIST REPUBLIC OF VIETNAM",
  motto2: "Independence - Freedom - Happiness",
  number: "No.",
  reportType: "REPORT",
  titleOf: (period) => `Implementation of assigned tasks, ${period}`,
  dateLine: (place, d) => `${place}, ${IsoDate.formatVi(d)}`,
  intro: (issuer, period, from, to) =>
    `Under the periodic reporting regime of Decree 09/2019/NĐ-CP of 24/01/2019, ${issuer} reports on the implementation of assigned tasks for ${period} (data from ${from} to ${to}) as follows:`,
  scope: "Scope",
  sectionSummary: "OVERALL RESULTS",
  sectionAgencies: "RESULTS BY LEAD AGENCY",
  sectionOverdue: "UNFINISHED OVERDUE TASKS",
  sectionScorecard: "AGENCY RANKING",
  sectionCarryOver: "UNFINISHED TASKS CARRIED OVER",
  sectionResolutions: "PROGRESS OF RESOLUTIONS",
  sectionProposals: "PROPOSALS",
  totalsSentence: (t) =>
    `Tasks followed in the period: ${t.total} (assigned in the period: ${t.assigned}; carried in: ${t.carried}). Done: ${t.done} (on time: ${t.onTime}; late: ${t.late}). Not done: ${t.open} (within deadline: ${t.inTime}; overdue: ${t.overdue}). Tasks with an extended deadline: ${t.extended}.`,
  completionRate: "Completion rate",
  completionRateHow: "Government Office method: done (late included) ÷ (done + unfinished overdue)",
  onTimeRate: "On-time rate",
  onTimeRateHow: "done on time ÷ all tasks due",
  ageSentence: (b) =>
    `Time overdue: up to 30 days: ${b[0]}; 31 to 60 days: ${b[1]}; 61 to 120 days: ${b[2]}; over 120 days: ${b[3]}.`,
  noOverdue: "No unfinished task is overdue.",
  closing: "This concludes the report on the implementation of assigned tasks./.",
  recipients: "Recipients:",
  archive: "Archived: Records office.",
  no: "No.",
  indicator: "Indicator",
  value: "Count",
  rate: "Rate",
  agency: "Lead agency",
  total: "Total",
  totalRow: "Total",
  assignedInPeriod: "Assigned in period",
  carriedIn: "Carried in",
  extended: "Extended",
  paused: "Paused",
  noDeadline: "No deadline",
  notice: "Notice",
  directive: "Item",
  action: "Task",
  assignedOn: "Assigned on",
  originalDueOn: "Original deadline",
  dueOn: "Deadline",
  completedOn: "Completed on",
  status: "Status",
  workingDaysLate: "Working days overdue",
  calendarDaysLate: "Days overdue",
  ageBand: "Overdue band",
  rank: "Rank",
  averageLate: "Average working days late",
  trend: "Trend",
  unranked: "Unranked",
  resolution: "Resolution",
  progress: "Progress",
  carriedInto: "Carried over in",
  asOf: "Data as of",
  period: "Period",
  dataFrom: "Data from",
  yes: "Yes",
  chartTitle: "Overdue tasks by lead agency",
  overdueOpenSeries: "Unfinished overdue",
  overdueDoneSeries: "Done late",
  directions: { up: "Up", down: "Down", flat: "Flat", new: "—" },
  categories: {
    "done-on-time": "Done on time",
    "done-late": "Done late",
    "open-in-time": "In progress, within deadline",
    "open-overdue": "In progress, overdue",
    paused: "Paused",
  },
  buckets: {
    "1-30": "Up to 30 days",
    "31-60": "31–60 days",
    "61-120": "61–120 days",
    "over-120": "Over 120 days",
  },
  sheets: {
    summary: "Summary",
    agencies: "By agency",
    overdue: "Overdue",
    tasks: "Tasks",
    scorecard: "Ranking",
    carryOver: "Carried over",
    resolutions: "Resolutions",
  },
};

/** The labels of a language. */
export const of = (lang: Lang): Labels => (lang === "en" ? en : vi);

/** A date as documents print it: dd/MM/yyyy; `""` for none. */
export const date = (d: IsoDate.IsoDate | null): string => (d === null ? "" : IsoDate.formatVi(d));

/** An average to one decimal, with the language's decimal mark; `—` for none. */
export const decimal = (n: number | null, lang: Lang): string =>
  n === null ? "—" : (Math.round(n * 10) / 10).toFixed(1).replace(".", lang === "vi" ? "," : ".");
