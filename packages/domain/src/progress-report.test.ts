import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as ProgressReport from "./progress-report.js";
import * as Task from "./task.js";

const draft = (): Task.Task =>
  Result.getOrThrow(
    Task.make({
      id: "T-3",
      lead: { agencyId: "brvt.so-tttt", name: "Sở Thông tin và Truyền thông" },
      mode: "assigned",
      action: "Tổng hợp báo cáo Nghị quyết 02-NQ/TU",
      deadline: { kind: "none", phrase: null },
      createdAt: "2023-01-18T08:00:00+07:00",
    }),
  );
const open = (): Task.Task => Result.getOrThrow(Task.publish(draft(), { on: "2023-01-18", by: "vp" }));
const code = (r: Result.Result<Task.Task, Task.TaskError>): string =>
  Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";

describe("ProgressReport", () => {
  it("appends reports with attachments and gives the latest by day", () => {
    let t = open();
    for (const [on, percent] of [
      ["2023-01-25", 60],
      ["2023-01-20", 30],
    ] as const) {
      const r = ProgressReport.add(t, {
        on,
        by: "stttt",
        text: `Đã hoàn thành ${percent}% dự thảo`,
        percent,
        reference: "Báo cáo 15/BC-STTTT",
        attachments: [{ name: "du-thao.docx", url: "files/1", mediaType: null }],
      });
      t = Result.getOrThrow(r);
    }
    expect(t.progress.map((p) => p.id)).toEqual(["T-3/progress-1", "T-3/progress-2"]);
    expect(ProgressReport.latest(t)?.percent).toBe(60);
    expect(t.progress[0]?.agencyId).toBe("brvt.so-tttt");
    expect(t.version).toBe(3);
  });

  it.each([
    ["an empty text", { text: "  " }, "text-missing"],
    ["a percentage above 100", { percent: 120 }, "percent-out-of-range"],
    ["a day before the task existed", { on: "2023-01-01" }, "before-creation"],
  ])("refuses %s", (_what, change, expected) => {
    expect(code(ProgressReport.add(open(), { on: "2023-01-20", by: "s", text: "ok", ...change }))).toBe(
      expected,
    );
  });

  it("takes no report on a draft", () => {
    expect(code(ProgressReport.add(draft(), { on: "2023-01-20", by: "s", text: "ok" }))).toBe(
      "TaskTransitionError",
    );
    expect(ProgressReport.latest(draft())).toBeNull();
  });
});
