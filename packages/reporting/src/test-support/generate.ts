/**
 * A deterministic synthetic export for benches and property tests: `n` tasks over 60 agencies and
 * n / 8 notices, assigned from January to the report month of 2024, with every category,
 * extensions and resolutions. A seeded PRNG keeps runs comparable.
 */
import { IsoDate } from "@dondoc/domain";

import type { ReportDataInput } from "../report-data.js";

const mulberry32 = (seed: number) => {
  let state = seed;
  return () => {
    state += 0x6d2b79f5;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const generate = (n: number, seed = 42): ReportDataInput => {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const agencies = Array.from({ length: 60 }, (_, i) => ({
    id: `a${i}`,
    name: `Sở ${i + 1} — Cơ quan chuyên môn số ${i + 1}`,
  }));
  const start = IsoDate.toDayNumber("2024-01-02");
  const end = IsoDate.toDayNumber("2024-05-31");
  const noticeCount = Math.max(1, Math.ceil(n / 8));
  const notices = Array.from({ length: noticeCount }, (_, i) => ({
    id: `n${i}`,
    code: `${i + 1}/TB-UBND`,
    title: `Kết luận cuộc họp số ${i + 1}`,
    issuedOn: IsoDate.fromDayNumber(start + Math.floor(((end - start) * i) / noticeCount)),
  }));
  const resolutions = [
    { id: "r1", code: "01-NQ/TU", title: "Nghị quyết về chuyển đổi số" },
    { id: "r2", code: "05-NQ/TU", title: "Nghị quyết về cải cách hành chính" },
  ];
  const tasks = Array.from({ length: n }, (_, i) => {
    const notice = notices[Math.floor(i / 8)] ?? notices[0];
    const lead = pick(agencies);
    const assigned = IsoDate.toDayNumber(notice?.issuedOn ?? "2024-01-02");
    const due = assigned + 7 + Math.floor(rand() * 90);
    const extended = rand() < 0.1;
    const currentDue = extended ? due + 30 : due;
    const r = rand();
    const done = r < 0.55;
    const completed = done ? assigned + 1 + Math.floor(rand() * (currentDue - assigned + 30)) : null;
    return {
      id: `t${i}`,
      noticeId: notice?.id ?? "n0",
      directivePath: String((i % 8) + 1),
      action: `Thực hiện nhiệm vụ số ${i + 1} theo kết luận của Chủ tịch UBND tỉnh`,
      lead,
      assignedOn: IsoDate.fromDayNumber(assigned),
      originalDueOn: rand() < 0.05 ? null : IsoDate.fromDayNumber(due),
      currentDueOn: IsoDate.fromDayNumber(currentDue),
      extended,
      lifecycle: done ? ("done" as const) : r < 0.97 ? ("open" as const) : ("paused" as const),
      completedOn: completed === null ? null : IsoDate.fromDayNumber(completed),
      resolutionIds: rand() < 0.2 ? [pick(resolutions).id] : [],
    };
  });
  return { agencies, notices, resolutions, tasks };
};
