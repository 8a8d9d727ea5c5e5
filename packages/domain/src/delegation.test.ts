import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as Delegation from "./delegation.js";
import * as SeedDirectory from "./seed-directory.js";
import * as Task from "./task.js";

const dir = SeedDirectory.directory();
const open = (): Task.Task =>
  Result.getOrThrow(
    Task.publish(
      Result.getOrThrow(
        Task.make({
          id: "VT-3",
          lead: { agencyId: "vt.ubnd", name: "UBND thành phố Vũng Tàu" },
          mode: "assigned",
          action: "Xây dựng kênh tương tác giữa chính quyền với người dân",
          deadline: { kind: "ongoing", phrase: "thường xuyên" },
          createdAt: "2024-01-05T10:00:00+07:00",
        }),
      ),
      { on: "2024-01-05", by: "vp" },
    ),
  );
const ok = (r: Result.Result<Task.Task, Task.TaskError>): Task.Task => {
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const code = (r: Result.Result<Task.Task, Task.TaskError>): string =>
  Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";
const phong = { kind: "agency", agencyId: "vt.phong-vhtt", name: "Phòng Văn hóa và Thông tin" } as const;
const officer = { kind: "officer", userId: "u-42", name: "Nguyễn Văn A", agencyId: "vt.phong-vhtt" } as const;
const ref = { on: "2024-01-08", by: "pct", reference: "Công văn 45/UBND-VP ngày 08/01/2024" };

describe("Delegation", () => {
  it("hands a task down office → officer while the lead stays accountable", () => {
    const t = ok(
      Delegation.delegate(
        ok(Delegation.delegate(open(), { ...ref, to: phong }, dir)),
        { ...ref, to: officer },
        dir,
      ),
    );
    expect(t.lead.agencyId).toBe("vt.ubnd");
    expect(t.delegatedTo.map((d) => d.to.name)).toEqual(["Phòng Văn hóa và Thông tin", "Nguyễn Văn A"]);
    expect(t.delegatedTo[0]?.reference).toBe("Công văn 45/UBND-VP ngày 08/01/2024");
    expect(Delegation.handlerOf(t)).toEqual(officer);
  });

  it("refuses to delegate upwards or sideways in the directory", () => {
    const t = ok(Delegation.delegate(open(), { ...ref, to: phong }, dir));
    const sideways = { kind: "agency", agencyId: "vt.phong-kt", name: "Phòng Kinh tế" } as const;
    const r = Delegation.delegate(t, { ...ref, to: sideways }, dir);
    expect(code(r)).toBe("not-below");
    if (Result.isFailure(r)) expect(r.failure.message).toContain("không trực thuộc");
    expect(code(Delegation.delegate(t, { ...ref, to: phong }, dir))).toBe("already-in-chain");
  });

  it("stops at an officer until the step is recalled", () => {
    const t = ok(Delegation.delegate(open(), { ...ref, to: officer }));
    expect(code(Delegation.delegate(t, { ...ref, to: phong }))).toBe("officer-is-last");
    const back = ok(Delegation.recall(t, ref));
    expect(back.delegatedTo).toEqual([]);
    expect(code(Delegation.recall(back, ref))).toBe("no-delegation");
  });

  it("does not delegate a finished task", () => {
    const done = ok(Task.complete(open(), { on: "2024-01-09", by: "x" }));
    expect(code(Delegation.delegate(done, { ...ref, to: phong }))).toBe("TaskTransitionError");
  });
});

describe("Watchers", () => {
  it("adds a watcher once and removes it; repeats change nothing", () => {
    const w = { kind: "user", id: "pct-thuan", name: "Vũ Hồng Thuận" } as const;
    const t = ok(Delegation.watch(open(), { ...ref, watcher: w }));
    expect(t.watchers).toEqual([{ ...w, since: "2024-01-08" }]);
    expect(ok(Delegation.watch(t, { ...ref, watcher: w }))).toBe(t);
    const u = ok(Delegation.unwatch(t, { ...ref, watcher: w }));
    expect(u.watchers).toEqual([]);
    expect(ok(Delegation.unwatch(u, { ...ref, watcher: w }))).toBe(u);
    expect(u.version).toBe(t.version + 1);
  });
});
