import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as CompletionReport from "./completion-report.js";
import * as DecisionPolicy from "./decision-policy.js";
import * as PolicyPack from "./policy-pack.js";
import * as Task from "./task.js";
import * as Timeliness from "./timeliness.js";
import * as WorkingCalendar from "./working-calendar.js";

const calendar = WorkingCalendar.vietnam();
const province = DecisionPolicy.of(PolicyPack.provinceExample, calendar);
const national = DecisionPolicy.of(PolicyPack.national, calendar);

const ok = (r: Result.Result<Task.Task, Task.TaskError>): Task.Task => {
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const refusal = (r: Result.Result<Task.Task, Task.TaskError>): string => {
  if (Result.isSuccess(r)) throw new Error("expected a refusal");
  return r.failure._tag === "TaskRuleError" ? r.failure.code : r.failure._tag;
};

/** An open task due 31/01/2023, published on 18/01/2023. */
const open = (): Task.Task =>
  ok(
    Task.publish(
      Result.getOrThrow(
        Task.make({
          id: "T-1",
          lead: { agencyId: "so-tttt", name: "Sở Thông tin và Truyền thông" },
          mode: "assigned",
          action: "Hoàn thiện báo cáo",
          deadline: {
            kind: "on-date",
            phrase: "trước ngày 31/01/2023",
            date: "2023-01-31",
            reading: "before",
          },
          originalDueOn: "2023-01-31",
          createdAt: "2023-01-18T08:00:00+07:00",
        }),
      ),
      { on: "2023-01-18", by: "vp" },
    ),
  );

const officer = { by: "can-bo.so-tttt" };
const clerk = { by: "thu-ky.vp" };
const submitted = (): Task.Task =>
  ok(
    CompletionReport.submit(
      open(),
      {
        on: "2023-01-30",
        at: "2023-02-02T10:00:00+07:00",
        note: "Đã trình UBND tỉnh (Tờ trình 12/TTr-STTTT)",
        attachmentIds: ["att_1"],
        ...officer,
      },
      province,
    ),
  );

describe("DecisionPolicy.needsAcceptance", () => {
  it("asks the office to accept only an agency's report, and only when the pack says so", () => {
    expect(DecisionPolicy.needsAcceptance(province, "agency")).toBe(true);
    expect(DecisionPolicy.needsAcceptance(province, "office")).toBe(false);
    expect(DecisionPolicy.needsAcceptance(national, "agency")).toBe(false);
    expect(DecisionPolicy.needsAcceptance(undefined, "agency")).toBe(false);
  });
});

describe("CompletionReport.submit", () => {
  it("turns an agency's done into a report waiting for acceptance, with its day and evidence", () => {
    const t = submitted();
    expect(t.lifecycle).toBe("submitted");
    expect(t.completedOn).toBeNull();
    expect(CompletionReport.pending(t)).toMatchObject({
      completedOn: "2023-01-30",
      note: "Đã trình UBND tỉnh (Tờ trình 12/TTr-STTTT)",
      attachmentIds: ["att_1"],
      by: "can-bo.so-tttt",
      status: "pending",
    });
    expect(t.history.at(-1)).toMatchObject({ action: "submit-completion", from: "open", to: "submitted" });
  });

  it("keeps the date rules of Task.complete", () => {
    const at = "2023-02-02T10:00:00+07:00";
    expect(refusal(CompletionReport.submit(open(), { on: "2023-01-10", at, ...officer }, province))).toBe(
      "before-creation",
    );
    expect(refusal(CompletionReport.submit(open(), { on: "2023-02-03", at, ...officer }, province))).toBe(
      "in-the-future",
    );
    // 31/01 + more than 20 working days: a reason is needed.
    const late = "2023-04-03T10:00:00+07:00";
    expect(
      refusal(CompletionReport.submit(open(), { on: "2023-04-03", at: late, ...officer }, province)),
    ).toBe("overdue-reason-missing");
    expect(
      refusal(
        CompletionReport.submit(open(), { on: "2023-01-30", at, attachmentIds: [""], ...officer }, province),
      ),
    ).toBe("attachments-invalid");
  });

  it("is refused on a task already waiting, or not open", () => {
    const at = "2023-02-02T10:00:00+07:00";
    expect(
      refusal(CompletionReport.submit(submitted(), { on: "2023-01-30", at, ...officer }, province)),
    ).toBe("TaskTransitionError");
  });
});

describe("CompletionReport.accept", () => {
  it("completes the task on the day the agency stated, not the day of acceptance", () => {
    const t = ok(CompletionReport.accept(submitted(), { on: "2023-02-06", ...clerk }));
    expect(t.lifecycle).toBe("done");
    expect(t.completedOn).toBe("2023-01-30");
    expect(t.completionReport?.status).toBe("accepted");
    expect(t.completionReport?.decision?.by).toBe("thu-ky.vp");
    const judged = Timeliness.of(Task.timesOf(t), "2023-02-06", calendar, PolicyPack.provinceExample);
    expect(Result.getOrThrow(judged)).toBe("done-on-time");
  });

  it("refuses a second decision, and a decision on a task with no report", () => {
    const done = ok(CompletionReport.accept(submitted(), { on: "2023-02-06", ...clerk }));
    expect(refusal(CompletionReport.accept(done, { on: "2023-02-06", ...clerk }))).toBe(
      "TaskTransitionError",
    );
    expect(refusal(CompletionReport.giveBack(done, { on: "2023-02-06", note: "x", ...clerk }))).toBe(
      "TaskTransitionError",
    );
    expect(refusal(CompletionReport.accept(open(), { on: "2023-02-06", ...clerk }))).toBe(
      "TaskTransitionError",
    );
  });

  it("refuses a decision dated before the report", () => {
    expect(refusal(CompletionReport.accept(submitted(), { on: "2023-02-01", ...clerk }))).toBe(
      "before-report",
    );
  });
});

describe("CompletionReport.giveBack", () => {
  it("needs a reason", () => {
    expect(refusal(CompletionReport.giveBack(submitted(), { on: "2023-02-06", note: "  ", ...clerk }))).toBe(
      "reason-missing",
    );
    expect(refusal(CompletionReport.giveBack(submitted(), { on: "2023-02-06", ...clerk }))).toBe(
      "reason-missing",
    );
  });

  it("opens the task again, keeps the reason for the agency, and lets it report again", () => {
    const reason = "Thiếu văn bản ban hành kèm theo";
    const back = ok(CompletionReport.giveBack(submitted(), { on: "2023-02-06", note: reason, ...clerk }));
    expect(back.lifecycle).toBe("open");
    expect(back.completedOn).toBeNull();
    expect(CompletionReport.pending(back)).toBeNull();
    expect(CompletionReport.lastReturn(back)?.reason).toBe(reason);
    expect(back.history.at(-1)).toMatchObject({ action: "return-completion", note: reason, to: "open" });
    const again = ok(
      CompletionReport.submit(
        back,
        { on: "2023-02-07", at: "2023-02-07T09:00:00+07:00", attachmentIds: ["att_2"], ...officer },
        province,
      ),
    );
    expect(again.lifecycle).toBe("submitted");
    expect(CompletionReport.lastReturn(again)?.reason).toBe(reason);
    const done = ok(CompletionReport.accept(again, { on: "2023-02-08", ...clerk }));
    expect(done.completedOn).toBe("2023-02-07");
  });
});

describe("a submitted task's timeliness", () => {
  it("is judged as an open task's until accepted: overdue past its due date", () => {
    const t = submitted();
    const on = (day: string) =>
      Result.getOrThrow(Timeliness.of(Task.timesOf(t), day, calendar, PolicyPack.provinceExample));
    expect(on("2023-01-30")).toBe("due-soon");
    expect(on("2023-02-06")).toBe("overdue");
  });
});
