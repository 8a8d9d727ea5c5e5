// The usage example of README.md, verbatim except for the import path. `usage-example.test.ts` checks
// that the two agree and runs this file; `tsc` type-checks it. Not part of the build.
import * as Result from "effect/Result";
import {
  AgencyDirectory,
  CollectiveAssignee,
  Extension,
  PolicyPack,
  SeedDirectory,
  Task,
  Timeliness,
  WorkingCalendar,
} from "./index.js";

const calendar = WorkingCalendar.vietnam();
const directory = SeedDirectory.directory();

// Match the agency a notice names, on the notice date — and after the merger of 01/03/2025.
const lead = AgencyDirectory.match(directory, "Sở TT&TT", "2023-01-18");
console.log(lead.kind === "agency" ? lead.agency.id : lead.kind); // → brvt.so-tttt
const later = AgencyDirectory.match(directory, "Sở Thông tin và Truyền thông", "2025-06-01");
console.log(later.kind === "agency" ? later.agency.name : later.kind); // → Sở Khoa học và Công nghệ

// Create the task of conclusion 2.a and publish it.
const draft = Task.make({
  id: "12-TB-UBND/2.a",
  noticeId: "12/TB-UBND",
  directivePath: "2.a",
  lead: { agencyId: "brvt.so-tttt", name: "Sở Thông tin và Truyền thông" },
  mode: "assigned",
  action: "Hoàn thiện báo cáo đánh giá việc triển khai Nghị quyết 112/NQ-HĐND",
  deadline: {
    kind: "end-of-period",
    phrase: "trong tháng 01/2023",
    period: { unit: "month", year: 2023, month: 1 },
  },
  originalDueOn: "2023-01-31",
  createdAt: "2023-01-18T08:00:00+07:00",
});
let task = Result.getOrThrow(
  Result.flatMap(draft, (t) => Task.publish(t, { on: "2023-01-18", by: "chuyenvien.vp" })),
);
console.log(task.lifecycle, task.version); // → open 1

// The province's own rules: requests at least 2 working days before the deadline (the national
// pack says 5 — Tết 20–26/01/2023 leaves too few). The department asks for more time; the
// issuer grants a shorter extension than asked.
const local = Result.getOrThrow(
  PolicyPack.derive(PolicyPack.national, {
    id: "ba-ria-vung-tau",
    effectiveFrom: "2023-01-01",
    extension: { minWorkingDaysBeforeDeadline: 2, maxExtensions: 2 },
  }),
);
const policy = Extension.policyOf(local, calendar);
task = Result.getOrThrow(
  Extension.request(
    task,
    {
      reason: "Chờ số liệu của các chủ đầu tư",
      proposedDueOn: "2023-02-28",
      requestedOn: "2023-01-19",
      by: "stttt",
    },
    policy,
  ),
);
const asked = Extension.pendingOf(task)?.id ?? "";
task = Result.getOrThrow(
  Extension.approve(task, asked, {
    dueOn: "2023-02-15",
    decidedOn: "2023-01-20",
    by: "pct.thong",
    reference: "Công văn 456/UBND-VP ngày 20/01/2023",
  }),
);
console.log(Extension.currentDueOn(task)); // → 2023-02-15

// Timeliness is derived, never stored: judged against the approved deadline.
console.log(Result.getOrThrow(Timeliness.of(Task.timesOf(task), "2023-02-01", calendar, local))); // → not-due
console.log(Result.getOrThrow(Timeliness.of(Task.timesOf(task), "2023-02-16", calendar, local))); // → overdue

// Transitions return typed errors with a Vietnamese message; they never throw.
const cancelled = Result.getOrThrow(
  Task.cancel(task, {
    on: "2023-02-02",
    by: "pct.thong",
    note: "Nội dung đã được lồng ghép vào nhiệm vụ khác",
  }),
);
const refused = Task.complete(cancelled, { on: "2023-02-03", by: "stttt" });
console.log(Result.isFailure(refused) ? refused.failure.message : "done");
// → Không thể đánh dấu hoàn thành nhiệm vụ đã bị hủy (nhiệm vụ 12-TB-UBND/2.a).

// “Các sở, ban, ngành, địa phương” fans out into one task per member agency on the notice date.
const collective = Result.getOrThrow(
  Task.make({
    id: "12-TB-UBND/1",
    lead: { agencyId: null, name: "Các sở, ban, ngành, địa phương" },
    collectivePhrase: "Các sở, ban, ngành, địa phương",
    mode: "assigned",
    action: "Rà soát, hoàn thành các nhiệm vụ đã giao tại Thông báo 923/TB-UBND",
    deadline: {
      kind: "end-of-period",
      phrase: "trong tháng 01/2023",
      period: { unit: "month", year: 2023, month: 1 },
    },
    originalDueOn: "2023-01-31",
    createdAt: "2023-01-18T08:00:00+07:00",
  }),
);
const shares = CollectiveAssignee.expand(collective, directory, "2023-01-18");
console.log(shares.length, shares[0]?.lead.name); // → 27 Văn phòng Ủy ban nhân dân tỉnh
