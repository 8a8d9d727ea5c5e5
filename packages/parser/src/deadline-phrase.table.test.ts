/**
 * The deadline phrase table: real phrases, each read as a notice's deadline cell and resolved with
 * the national policy and the Vietnamese calendar, against the due date, the hour and the warnings a
 * clerk must see. Each group names the notice (or the issue quoting notices) the phrase comes from;
 * several notice dates per phrase test the year inference, the warnings and the calendar across
 * 2017–2030. The expected dates were checked by hand against the official days off of 2023–2026 and
 * the weekday of each date.
 */
import { DeadlineRule, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as DeadlinePhrase from "./deadline-phrase.js";

const calendar = WorkingCalendar.vietnam();

type Row = readonly [
  phrase: string,
  issuedOn: string,
  kind: DeadlineRule.DeadlineKind,
  dueOn: string | null,
  time: string | null,
  warnings: ReadonlyArray<string>,
];

/** The phrase's deadline as the CLI and the review see it: kind, due date (next one for a duty), hour, warnings. */
const read = (phrase: string, issuedOn: string) => {
  const chosen = DeadlinePhrase.pick(DeadlinePhrase.candidates(phrase, { issuedOn, cell: true }));
  if (chosen === null) return null;
  const codes = chosen.warnings.map((w) => w.code);
  if (chosen.rule === null) return { kind: chosen.kind, dueOn: null, time: null, codes };
  const r = DeadlineRule.resolve(chosen.rule, { anchor: issuedOn, calendar, policy: PolicyPack.national });
  if (Result.isFailure(r)) throw new Error(`${phrase}: ${r.failure.message}`);
  for (const w of r.success.warnings ?? []) if (!codes.includes(w.code)) codes.push(w.code);
  return {
    kind: chosen.kind,
    dueOn: r.success.dueOn ?? r.success.nextOccurrence?.dueOn ?? null,
    time: r.success.time ?? null,
    codes,
  };
};

const ROWS: ReadonlyArray<Row> = [
  // Source: corpus 05-laichau-2221-ubnd-th-2017 (Công văn 2221/UBND-TH, UBND tỉnh Lai Châu, 2017).
  ["trước 14 giờ, ngày 05/12/2017", "2017-11-20", "on-date", "2017-12-05", "14:00", ["historical-calendar"]],
  // Source: corpus 07-laichau-nd68-cum-cong-nghiep-2018 (UBND tỉnh Lai Châu, 2018).
  [
    "Trình UBND tỉnh trước ngày 10/8/2018",
    "2018-08-01",
    "on-date",
    "2018-08-09",
    null,
    ["historical-calendar"],
  ],
  [
    "Trình UBND tỉnh trước ngày 10/8/2018",
    "2018-07-16",
    "on-date",
    "2018-08-09",
    null,
    ["historical-calendar"],
  ],
  // Source: corpus 13-quangtri-1962-ubnd-kt-2024 (Công văn 1962/UBND-KT, UBND tỉnh Quảng Trị, 25/04/2024).
  ["hoàn thành trước ngày 20/5/2024", "2024-04-25", "on-date", "2024-05-17", null, []],
  ["hoàn thành trước ngày 20/5/2024", "2024-05-02", "on-date", "2024-05-17", null, []],
  ["hoàn thành trước ngày 20/5/2024", "2024-05-20", "on-date", "2024-05-17", null, ["deadline-before-issue"]],
  // Source: corpus 14-quangtri-1159-ubnd-kt-2024 (Công văn 1159/UBND-KT, UBND tỉnh Quảng Trị, 11/03/2024 — the year typo).
  ["hoàn thành trước ngày 25/3/2023", "2024-03-11", "on-date", "2023-03-24", null, ["deadline-before-issue"]],
  ["hoàn thành trước ngày 25/3/2023", "2023-03-01", "on-date", "2023-03-24", null, []],
  // Source: corpus 16-quangtri-2849-ubnd-kt-2024 (Công văn 2849/UBND-KT, UBND tỉnh Quảng Trị, 21/06/2024).
  [
    "báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/7/2024",
    "2024-06-21",
    "on-date",
    "2024-07-09",
    null,
    [],
  ],
  [
    "báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/7/2024",
    "2024-07-01",
    "on-date",
    "2024-07-09",
    null,
    [],
  ],
  // Source: corpus 24-laocai-tb-vp-2026-cum-cong-nghiep (Thông báo của VP UBND tỉnh Lào Cai, 2026, dự thảo).
  ["hoàn thành trước ngày 31/12/2026", "2026-05-20", "on-date", "2026-12-30", null, []],
  ["hoàn thành trước ngày 31/12/2026", "2026-01-05", "on-date", "2026-12-30", null, []],
  ["hoàn thành trước ngày 30/7/2026", "2026-05-20", "on-date", "2026-07-29", null, []],
  ["hoàn thành trước ngày 30/7/2026", "2026-07-01", "on-date", "2026-07-29", null, []],
  ["Định kỳ hằng quý", "2026-05-20", "recurring", "2026-07-27", null, []],
  ["Định kỳ hằng quý", "2026-01-05", "recurring", "2026-04-28", null, []],
  ["Định kỳ hằng quý", "2025-12-30", "recurring", "2026-01-26", null, []],
  // Source: corpus 25-laocai-ubnd-kt-2026-chi-dao-ccn-dam-hong (UBND tỉnh Lào Cai, 2026, dự thảo).
  [
    "hoàn thành trình UBND tỉnh xem xét trong tháng 9 năm 2026",
    "2026-06-10",
    "end-of-period",
    "2026-09-30",
    null,
    [],
  ],
  [
    "hoàn thành trình UBND tỉnh xem xét trong tháng 9 năm 2026",
    "2026-09-01",
    "end-of-period",
    "2026-09-30",
    null,
    [],
  ],
  // Source: corpus 26-laocai-vp-ubnd-kt-2026-de-nghi-bao-cao-kcn (VP UBND tỉnh Lào Cai, 2026, dự thảo).
  ["trước ngày 12/6/2026", "2026-06-01", "on-date", "2026-06-11", null, []],
  ["trước ngày 12/6/2026", "2026-05-25", "on-date", "2026-06-11", null, []],
  // Source: corpus 28-laocai-kh-ubnd-2026-chi-thi-11-khoang-san (Kế hoạch UBND tỉnh Lào Cai thực hiện Chỉ thị 11, 2026, phụ lục).
  ["Xong trong Quý II/2026", "2026-03-01", "end-of-period", "2026-06-30", null, []],
  ["Xong trong Quý II/2026", "2026-04-15", "end-of-period", "2026-06-30", null, []],
  ["Xong trong tháng 5/2026", "2026-03-01", "end-of-period", "2026-06-01", null, []],
  ["Xong trong tháng 5/2026", "2026-05-02", "end-of-period", "2026-06-01", null, []],
  ["Trong năm 2026", "2026-03-01", "end-of-period", "2026-12-31", null, []],
  ["Trong năm 2026", "2025-12-20", "end-of-period", "2026-12-31", null, []],
  ["Hàng năm", "2026-03-01", "recurring", "2027-01-25", null, ["provisional-calendar"]],
  [
    "Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030",
    "2026-03-01",
    "on-date",
    "2029-12-31",
    null,
    ["provisional-calendar"],
  ],
  ["Thường xuyên", "2026-03-01", "ongoing", null, null, []],
  // Source: corpus 31-laocai-ubnd-kt-2025-giao-sct-tham-muu-uy-quyen (UBND tỉnh Lào Cai, 2025, dự thảo).
  ["trước ngày 15/9/2025", "2025-08-20", "on-date", "2025-09-12", null, []],
  ["trước ngày 15/9/2025", "2025-09-03", "on-date", "2025-09-12", null, []],
  // Source: seed notice-12-TB-UBND-2023-brvt (Thông báo 12/TB-UBND, UBND tỉnh Bà Rịa – Vũng Tàu, 18/01/2023).
  ["trong tháng 01/2023", "2023-01-18", "end-of-period", "2023-01-31", null, []],
  ["trong tháng 01/2023", "2023-01-03", "end-of-period", "2023-01-31", null, []],
  ["khẩn trương", "2023-01-18", "urgent", null, null, []],
  // Source: seed notice-TB-UBND-2024-vungtau (Thông báo …/TB-UBND, UBND TP Vũng Tàu, 05/01/2024).
  ["chậm nhất ngày 08/01/2024", "2024-01-05", "on-date", "2024-01-08", null, []],
  ["chậm nhất ngày 06/01/2024", "2024-01-05", "on-date", "2024-01-08", null, []],
  ["đúng tiến độ", "2024-01-05", "follow-schedule", null, null, []],
  ["định kỳ hàng tháng", "2024-01-05", "recurring", "2024-02-26", null, []],
  ["định kỳ hàng tháng", "2024-01-26", "recurring", "2024-02-26", null, []],
  ["báo cáo định kỳ theo quý, 06 và năm", "2024-01-05", "recurring", "2024-03-25", null, []],
  ["báo cáo định kỳ theo quý, 06 và năm", "2024-03-26", "recurring", "2024-06-25", null, []],
  // Source: issue 15 §1 (hours), phrases quoted from notices and directive letters.
  ["trước 17 giờ ngày 20/3/2025", "2025-03-01", "on-date", "2025-03-20", "17:00", []],
  ["trước 17 giờ ngày 20/3/2025", "2025-03-20", "on-date", "2025-03-20", "17:00", []],
  ["trước 10h00 ngày 15/7/2025", "2025-07-01", "on-date", "2025-07-15", "10:00", []],
  ["chậm nhất 16 giờ 30 ngày 14/5/2025", "2025-05-02", "on-date", "2025-05-14", "16:30", []],
  ["trước 17h00 ngày 04/01/2025", "2024-12-20", "on-date", "2025-01-04", "17:00", []],
  ["trước 8 giờ 00 ngày 02/10/2025", "2025-09-29", "on-date", "2025-10-02", "08:00", []],
  ["Thời hạn: trước 16h30 ngày 12/12/2024", "2024-12-09", "on-date", "2024-12-12", "16:30", []],
  // Source: issue 15 §2 (spans of months), phrases quoted from notices.
  ["6 tháng đầu năm 2025", "2025-01-10", "end-of-period", "2025-06-30", null, []],
  ["6 tháng đầu năm 2025", "2025-05-05", "end-of-period", "2025-06-30", null, []],
  ["trong 6 tháng đầu năm 2025", "2025-01-10", "end-of-period", "2025-06-30", null, []],
  ["9 tháng đầu năm", "2025-03-01", "end-of-period", "2025-09-30", null, []],
  ["9 tháng đầu năm", "2024-02-01", "end-of-period", "2024-09-30", null, []],
  ["nửa đầu năm", "2025-02-01", "end-of-period", "2025-06-30", null, []],
  ["nửa đầu năm", "2026-01-15", "end-of-period", "2026-06-30", null, []],
  ["nửa cuối năm", "2025-07-01", "end-of-period", "2025-12-31", null, []],
  ["nửa cuối năm", "2026-07-01", "end-of-period", "2026-12-31", null, []],
  ["nửa đầu tháng 8/2025", "2025-07-01", "end-of-period", "2025-08-15", null, []],
  ["nửa cuối tháng 8/2025", "2025-07-01", "end-of-period", "2025-09-03", null, []],
  ["6 tháng đầu năm", "2019-02-11", "end-of-period", "2019-07-01", null, []],
  ["6 tháng đầu năm", "2022-01-10", "end-of-period", "2022-06-30", null, []],
  ["6 tháng đầu năm", "2024-03-04", "end-of-period", "2024-07-01", null, []],
  ["6 tháng đầu năm", "2026-04-01", "end-of-period", "2026-06-30", null, []],
  ["6 tháng đầu năm", "2030-01-02", "end-of-period", "2030-07-01", null, ["provisional-calendar"]],
  ["6 tháng cuối năm 2024", "2024-06-28", "end-of-period", "2024-12-31", null, []],
  ["3 tháng cuối năm", "2025-08-08", "end-of-period", "2025-12-31", null, []],
  ["nửa đầu tháng 2/2026", "2026-01-05", "end-of-period", "2026-02-23", null, []],
  ["nửa cuối tháng 4/2025", "2025-04-01", "end-of-period", "2025-05-05", null, []],
  // Source: issue 15 §3 (parts of a quarter), phrases quoted from notices.
  ["đầu quý III/2025", "2025-06-01", "end-of-period", "2025-07-01", null, []],
  ["giữa quý III/2025", "2025-06-01", "end-of-period", "2025-08-15", null, []],
  ["cuối quý III/2025", "2025-06-01", "end-of-period", "2025-09-30", null, []],
  ["trong quý IV/2025", "2025-06-01", "end-of-period", "2025-12-31", null, []],
  ["cuối quý IV/2026", "2026-02-01", "end-of-period", "2026-12-31", null, []],
  ["đầu quý I/2026", "2025-11-20", "end-of-period", "2026-01-05", null, []],
  // Source: issue 15 §4 (relative years and ranges), phrases quoted from notices.
  ["trong năm sau", "2025-06-01", "end-of-period", "2026-12-31", null, []],
  ["trong năm sau", "2026-03-01", "end-of-period", "2027-12-31", null, ["provisional-calendar"]],
  ["năm tới", "2025-06-01", "end-of-period", "2026-12-31", null, []],
  ["quý I năm sau", "2025-10-20", "end-of-period", "2026-03-31", null, []],
  ["quý I năm sau", "2024-11-11", "end-of-period", "2025-03-31", null, []],
  ["giai đoạn 2025 - 2026", "2025-02-01", "end-of-period", "2026-12-31", null, []],
  ["năm 2025 – 2026", "2025-02-01", "end-of-period", "2026-12-31", null, []],
  ["trong giai đoạn 2026-2030", "2026-02-01", "end-of-period", "2030-12-31", null, ["provisional-calendar"]],
  ["trong quý này", "2025-05-14", "end-of-period", "2025-06-30", null, []],
  ["trong quý này", "2024-11-30", "end-of-period", "2024-12-31", null, []],
  ["cuối năm nay", "2025-02-10", "end-of-period", "2025-12-31", null, []],
  ["trong tháng tới", "2025-12-10", "end-of-period", "2026-02-02", null, []],
  ["trong tháng tới", "2025-01-20", "end-of-period", "2025-02-28", null, []],
  ["quý tới", "2025-12-10", "end-of-period", "2026-03-31", null, []],
  ["trong năm 2025 – 2026", "2025-02-01", "end-of-period", "2026-12-31", null, []],
  ["giai đoạn 2026 - 2030", "2026-01-10", "end-of-period", "2030-12-31", null, ["provisional-calendar"]],
  // Source: issue 15 §5 (counting from a stated event), phrases quoted from notices.
  ["trong 15 ngày kể từ ngày 01/7/2025", "2025-06-10", "within", "2025-07-16", null, []],
  ["trong 15 ngày làm việc kể từ ngày 01/7/2025", "2025-06-10", "within", "2025-07-22", null, []],
  ["trong 10 ngày kể từ ngày ký", "2025-03-03", "within", "2025-03-13", null, []],
  ["trong 10 ngày kể từ ngày ký", "2025-04-24", "within", "2025-05-05", null, []],
  [
    "trong 10 ngày làm việc kể từ ngày nhận được văn bản",
    "2025-03-03",
    "within",
    null,
    null,
    ["deadline-event-date"],
  ],
  ["trong vòng 30 ngày kể từ ngày ban hành Thông báo này", "2025-03-03", "within", "2025-04-02", null, []],
  ["trong 30 ngày kể từ ngày ký", "2019-03-01", "within", "2019-04-01", null, []],
  ["trong 30 ngày kể từ ngày ký", "2022-12-02", "within", "2023-01-03", null, []],
  ["trong 30 ngày kể từ ngày ký", "2025-12-31", "within", "2026-01-30", null, []],
  ["trong vòng 05 ngày làm việc", "2025-01-20", "within", "2025-02-03", null, []],
  ["trong vòng 05 ngày làm việc", "2024-04-25", "within", "2024-05-06", null, []],
  ["trong 02 tháng kể từ ngày 31/12/2024", "2024-12-20", "within", "2025-02-28", null, []],
  ["trong 07 ngày kể từ ngày 28/4/2025", "2025-04-20", "within", "2025-05-05", null, []],
  ["trong 03 ngày làm việc kể từ ngày 30/01/2025", "2025-01-20", "within", "2025-02-05", null, []],
  // Source: issue 15 §6 (recurring duties), phrases quoted from notices.
  ["định kỳ hằng quý, trước ngày 15 của tháng cuối quý", "2025-04-02", "recurring", "2025-06-13", null, []],
  ["định kỳ hằng quý, trước ngày 15 của tháng cuối quý", "2025-06-20", "recurring", "2025-09-12", null, []],
  ["trước ngày 25/12 hằng năm", "2025-03-01", "recurring", "2025-12-24", null, []],
  ["trước ngày 25/12 hằng năm", "2025-12-26", "recurring", "2026-12-24", null, []],
  ["báo cáo định kỳ tháng 8/2026", "2026-03-01", "recurring", "2026-08-25", null, []],
  ["6 tháng một lần", "2025-03-01", "recurring", "2025-07-25", null, []],
  ["hằng năm", "2024-05-01", "recurring", "2025-02-03", null, []],
  // Source: issue 15 §7 (two deadlines in one phrase), phrases quoted from notices.
  [
    "trước 30/6 báo cáo sơ bộ, trước 30/9 báo cáo chính thức",
    "2025-03-01",
    "on-date",
    "2025-09-29",
    null,
    ["year-inferred", "multiple-deadlines"],
  ],
  [
    "chậm nhất ngày 15/4/2025 và ngày 15/10/2025",
    "2025-03-01",
    "on-date",
    "2025-10-15",
    null,
    ["multiple-deadlines"],
  ],
  [
    "trước 30/6 báo cáo sơ bộ, trước 30/9 báo cáo chính thức",
    "2025-08-01",
    "on-date",
    "2025-09-29",
    null,
    ["year-inferred", "multiple-deadlines"],
  ],
  [
    "trước 30/6 báo cáo sơ bộ, trước 30/9 báo cáo chính thức",
    "2024-01-10",
    "on-date",
    "2024-09-27",
    null,
    ["year-inferred", "multiple-deadlines"],
  ],
  [
    "chậm nhất ngày 15/4/2025 và ngày 15/10/2025",
    "2025-05-01",
    "on-date",
    "2025-10-15",
    null,
    ["multiple-deadlines"],
  ],
  // Source: issue 15 §8 (“trước ngày X” across days off), dates of 2025–2026 official days off.
  ["trước ngày 15/9/2025", "2025-08-01", "on-date", "2025-09-12", null, []],
  ["trước ngày 02/9/2025", "2025-08-01", "on-date", "2025-08-29", null, []],
  ["trước ngày 03/9/2025", "2025-08-01", "on-date", "2025-08-29", null, []],
  ["trước ngày 01/5/2025", "2025-04-01", "on-date", "2025-04-29", null, []],
  ["trước ngày 27/01/2025", "2025-01-02", "on-date", "2025-01-24", null, []],
  ["trước ngày 01/01/2026", "2025-11-01", "on-date", "2025-12-31", null, []],
  ["trước ngày 17/02/2026", "2026-01-05", "on-date", "2026-02-13", null, []],
  // Source: issue 15 §9 (dates without a year), phrases quoted from notices.
  ["trước ngày 30/6", "2025-03-10", "on-date", "2025-06-27", null, ["year-inferred"]],
  ["trước ngày 30/6", "2025-07-01", "on-date", "2026-06-29", null, ["year-inferred"]],
  ["chậm nhất ngày 15/8", "2025-09-01", "on-date", "2026-08-17", null, ["year-inferred"]],
  ["chậm nhất ngày 15/8", "2025-08-01", "on-date", "2025-08-15", null, ["year-inferred"]],
  [
    "chậm nhất ngày 29/2",
    "2025-03-01",
    "on-date",
    "2028-02-29",
    null,
    ["year-inferred", "provisional-calendar"],
  ],
  ["chậm nhất ngày 31/02/2027", "2026-12-01", "on-date", null, null, ["invalid-date"]],
  ["trước ngày 31/4", "2025-01-01", "on-date", null, null, ["invalid-date"]],
  ["trước ngày 30/6", "2019-01-15", "on-date", "2019-06-28", null, ["year-inferred"]],
  ["trước ngày 30/6", "2020-02-10", "on-date", "2020-06-29", null, ["year-inferred"]],
  ["trước ngày 30/6", "2021-03-05", "on-date", "2021-06-29", null, ["year-inferred"]],
  ["trước ngày 30/6", "2022-04-01", "on-date", "2022-06-29", null, ["year-inferred"]],
  ["trước ngày 30/6", "2023-05-02", "on-date", "2023-06-29", null, ["year-inferred"]],
  ["trước ngày 30/6", "2024-06-03", "on-date", "2024-06-28", null, ["year-inferred"]],
  ["trước ngày 30/6", "2026-01-05", "on-date", "2026-06-29", null, ["year-inferred"]],
  ["trước ngày 30/6", "2027-02-01", "on-date", "2027-06-29", null, ["year-inferred", "provisional-calendar"]],
  [
    "trước ngày 30/6",
    "2028-06-30",
    "on-date",
    "2028-06-29",
    null,
    ["year-inferred", "deadline-before-issue", "provisional-calendar"],
  ],
  ["trước ngày 30/6", "2029-07-01", "on-date", "2030-06-28", null, ["year-inferred", "provisional-calendar"]],
  ["trước ngày 30/6", "2030-03-01", "on-date", "2030-06-28", null, ["year-inferred", "provisional-calendar"]],
  ["chậm nhất ngày 15/8", "2019-09-01", "on-date", "2020-08-17", null, ["year-inferred"]],
  ["chậm nhất ngày 15/8", "2021-01-04", "on-date", "2021-08-16", null, ["year-inferred"]],
  ["chậm nhất ngày 15/8", "2023-08-16", "on-date", "2024-08-15", null, ["year-inferred"]],
  ["chậm nhất ngày 15/8", "2024-08-15", "on-date", "2024-08-15", null, ["year-inferred"]],
  [
    "chậm nhất ngày 15/8",
    "2030-05-05",
    "on-date",
    "2030-08-15",
    null,
    ["year-inferred", "provisional-calendar"],
  ],
  ["chậm nhất ngày 25/12", "2025-12-26", "on-date", "2026-12-25", null, ["year-inferred"]],
  ["chậm nhất ngày 25/12", "2025-01-02", "on-date", "2025-12-25", null, ["year-inferred"]],
  // Source: issue 15 §10 (due dates before or long after the notice).
  ["trong tháng 3/2024", "2024-06-01", "end-of-period", "2024-04-01", null, ["deadline-before-issue"]],
  ["trong quý I/2024", "2024-06-01", "end-of-period", "2024-04-01", null, ["deadline-before-issue"]],
  ["trong năm 2023", "2024-06-01", "end-of-period", "2024-01-02", null, ["deadline-before-issue"]],
  [
    "chậm nhất ngày 30/6/2032",
    "2025-06-01",
    "on-date",
    "2032-06-30",
    null,
    ["deadline-far-future", "provisional-calendar"],
  ],
  // Source: issue 15 §11 (years without an official schedule).
  ["trong năm 2027", "2026-06-01", "end-of-period", "2027-12-31", null, ["provisional-calendar"]],
  ["chậm nhất ngày 15/3/2028", "2026-06-01", "on-date", "2028-03-15", null, ["provisional-calendar"]],
];

describe("the deadline phrase table", () => {
  it("holds at least 150 phrases", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ROWS)(
    "“%s” in a notice of %s: %s, due %s %s, warnings %j",
    (phrase, issuedOn, kind, dueOn, time, warnings) => {
      expect(read(phrase, issuedOn)).toEqual({ kind, dueOn, time, codes: [...warnings] });
    },
  );
});
