import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

import * as Extension from "./extension.js";
import * as ExtensionFlags from "./extension-flags.js";
import * as IsoDate from "./iso-date.js";
import * as Task from "./task.js";

/** Due Monday 08/01/2024. */
const open = (): Task.Task =>
  Result.getOrThrow(
    Task.publish(
      Result.getOrThrow(
        Task.make({
          id: "VT-2.1",
          lead: { agencyId: "vt.vp-hdnd-ubnd", name: "Văn phòng HĐND và UBND Thành phố" },
          mode: "assigned",
          action: "Hoàn thiện Tờ trình thuê dịch vụ công nghệ thông tin",
          deadline: {
            kind: "on-date",
            phrase: "chậm nhất ngày 08/01/2024",
            date: "2024-01-08",
            reading: "by",
          },
          originalDueOn: "2024-01-08",
          createdAt: "2024-01-02T10:00:00+07:00",
        }),
      ),
      { on: "2024-01-02", by: "vp" },
    ),
  );

const weekdaysBetween = (from: string, to: string): number => {
  const sign = to >= from ? 1 : -1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let n = 0;
  for (let d = IsoDate.toDayNumber(a) + 1; d <= IsoDate.toDayNumber(b); d++) {
    const w = IsoDate.weekdayOf(d);
    if (w !== 0 && w !== 6) n++;
  }
  return sign * n;
};
const policy = (
  max: number | null,
  lead: number,
  overdue: number | null = null,
): Extension.ExtensionPolicy => ({
  extension: { maxExtensions: max, minWorkingDaysBeforeDeadline: lead },
  overdueReasonAfterWorkingDays: overdue,
  workingDaysBetween: weekdaysBetween,
});

const requested = (task: Task.Task, on: string, proposed: string) => {
  const after = Result.getOrThrow(
    Extension.request(task, {
      reason: "Chờ ý kiến của Sở Tài chính",
      proposedDueOn: proposed,
      requestedOn: on,
      by: "vp",
    }),
  );
  const ext = after.extensions.at(-1);
  if (ext === undefined) throw new Error("no request");
  return { task: after, ext };
};

describe("ExtensionFlags", () => {
  it("flags a request made after the deadline in force (yêu cầu sau hạn), within the policy", () => {
    const { task, ext } = requested(open(), "2024-01-10", "2024-01-31");
    expect(ext.isLate).toBe(true);
    expect(ExtensionFlags.of(ext, task, policy(null, 0), "2024-01-10")).toEqual({
      late: true,
      shortNotice: null,
      capReached: null,
      beyondPolicy: false,
      reasonRequiredAfter: null,
    });
    const early = requested(open(), "2024-01-03", "2024-01-31");
    expect(ExtensionFlags.of(early.ext, early.task, policy(null, 0), "2024-01-03").late).toBe(false);
  });

  it("flags a request closer to the deadline than the pack's lead time as beyond the policy", () => {
    // Friday 05/01 → Monday 08/01: one working day left; the pack asks for five.
    const { task, ext } = requested(open(), "2024-01-05", "2024-01-31");
    const flags = ExtensionFlags.of(ext, task, policy(null, 5), "2024-01-05");
    expect(flags).toMatchObject({ late: false, shortNotice: { required: 5, left: 1 }, beyondPolicy: true });
    expect(ExtensionFlags.of(ext, task, policy(null, 1), "2024-01-05").beyondPolicy).toBe(false);
  });

  it("flags a pending request the pack's cap leaves no room for", () => {
    const first = requested(open(), "2024-01-03", "2024-01-15");
    const approved = Result.getOrThrow(
      Extension.approve(first.task, first.ext.id, { decidedOn: "2024-01-04", by: "ld" }),
    );
    const second = requested(approved, "2024-01-05", "2024-01-31");
    expect(ExtensionFlags.of(second.ext, second.task, policy(1, 0), "2024-01-05")).toMatchObject({
      capReached: { max: 1, granted: 1 },
      beyondPolicy: true,
    });
    expect(ExtensionFlags.of(second.ext, second.task, policy(2, 0), "2024-01-05").capReached).toBeNull();
    // The granted one is decided: no cap to flag on it.
    const decided = second.task.extensions[0];
    if (decided === undefined) throw new Error("no first request");
    expect(ExtensionFlags.of(decided, second.task, policy(1, 0), "2024-01-05").capReached).toBeNull();
  });

  it("says when approving today needs a written reason (long overdue)", () => {
    const { task, ext } = requested(open(), "2024-01-10", "2024-03-29");
    // 08/01 → 01/03/2024: 39 weekdays overdue, beyond 20.
    expect(ExtensionFlags.of(ext, task, policy(null, 0, 20), "2024-03-01").reasonRequiredAfter).toBe(39);
    expect(ExtensionFlags.of(ext, task, policy(null, 0, 20), "2024-01-10").reasonRequiredAfter).toBeNull();
  });
});
