import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as Task from "./task.js";
import * as TaskComment from "./task-comment.js";

const draft = (): Task.Task =>
  Result.getOrThrow(
    Task.make({
      id: "VT-1",
      lead: { agencyId: "vt.phong-vhtt", name: "Phòng Văn hóa và Thông tin" },
      mode: "assigned",
      action: "Hoàn thiện báo cáo năm 2023",
      deadline: { kind: "none", phrase: null },
      originalDueOn: null,
      createdAt: "2024-01-05T10:00:00+07:00",
    }),
  );
const open = (): Task.Task => Result.getOrThrow(Task.publish(draft(), { on: "2024-01-05", by: "vp" }));
const at = "2024-01-09T08:00:00+07:00";
const code = (r: Result.Result<unknown, Task.TaskError>): string =>
  Result.isFailure(r) ? (r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag) : "ok";

describe("TaskComment.mentionsIn", () => {
  it("finds @usernames once each, in order, lower-case, without a sentence's final dot", () => {
    expect(TaskComment.mentionsIn("@lan.vp xem giúp; @Minh_so và @lan.vp. Cảm ơn @an-01.")).toEqual([
      "lan.vp",
      "minh_so",
      "an-01",
    ]);
  });
  it("ignores e-mail addresses and a lone @", () => {
    expect(TaskComment.mentionsIn("Gửi lan@so.gov.vn, @ rồi")).toEqual([]);
  });
});

describe("TaskComment.write", () => {
  it("keeps the trimmed NFC text and its mentions", () => {
    const r = TaskComment.write(open(), {
      id: "cmt_1",
      by: "user:vp",
      at,
      body: "  Đề nghị @lan.vp báo cáo \n",
    });
    expect(Result.getOrThrow(r)).toEqual({
      id: "cmt_1",
      taskId: "VT-1",
      by: "user:vp",
      at,
      body: "Đề nghị @lan.vp báo cáo",
      mentions: ["lan.vp"],
    });
  });
  it("refuses a draft task, an empty or too long text, too many mentions", () => {
    expect(code(TaskComment.write(draft(), { id: "c", by: "vp", at, body: "x" }))).toBe(
      "TaskTransitionError",
    );
    expect(code(TaskComment.write(open(), { id: "c", by: "vp", at, body: "  \n " }))).toBe("body-missing");
    expect(
      code(TaskComment.write(open(), { id: "c", by: "vp", at, body: "x".repeat(TaskComment.BODY_MAX + 1) })),
    ).toBe("body-too-long");
    const many = Array.from({ length: TaskComment.MENTIONS_MAX + 1 }, (_, i) => `@user${i}`).join(" ");
    expect(code(TaskComment.write(open(), { id: "c", by: "vp", at, body: many }))).toBe("too-many-mentions");
    expect(code(TaskComment.write(open(), { id: "c", by: "vp", at: "hôm qua", body: "x" }))).toBe(
      "invalid-instant",
    );
  });
  it("a done task keeps its thread open", () => {
    const done = Result.getOrThrow(Task.complete(open(), { on: "2024-01-08", by: "so" }));
    expect(code(TaskComment.write(done, { id: "c", by: "vp", at, body: "Cảm ơn" }))).toBe("ok");
  });
});
