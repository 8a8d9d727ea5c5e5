/**
 * The last step of every resolution: a last day is known, and the policy decides where the due
 * date lands. Civil Code 2015 art. 148(5) moves a period ending on a day off to the next working
 * day; “trước ngày X” must stay before X, so there the engine goes back to the last working day
 * before X instead of forward onto or past it. Internal to the resolver and the recurrence.
 */
import * as Result from "effect/Result";

import {
  type CalendarEngine,
  DAY_OFF,
  HOLIDAY,
  isWorking,
  workingDayAfter,
  workingDayBefore,
} from "./calendar-engine.js";
import { isoOf, MAX_DAY, MIN_DAY, viOf, WEEKDAY_EN, WEEKDAY_VI, weekdayOfDay } from "./day-number.js";
import { type DeadlineError, DeadlineOutOfRange } from "./deadline-error.js";
import type { ResolvedDeadline } from "./deadline-rule.js";
import type { DayNumber } from "./iso-date.js";
import type { PolicyPack } from "./policy-pack.js";

/** What landing needs from the resolution context. */
export interface LandContext {
  readonly calendar: CalendarEngine;
  readonly policy: PolicyPack;
}

const ART_148_5_VI = "BLDS 2015, Điều 148 khoản 5";
const ART_148_5_EN = "Civil Code 2015, art. 148(5)";

export const inRange = (n: DayNumber): boolean => n >= MIN_DAY && n <= MAX_DAY;

/** Why a day is not worked, for the derivation. */
export const offReason = (cal: CalendarEngine, n: DayNumber): { vi: string; en: string } => {
  const t = cal.tableOf(n);
  const i = n - t.start;
  const k = t.kind[i];
  const name = t.names.get(i);
  if (k === HOLIDAY) return { vi: `ngày nghỉ lễ, tết (${name})`, en: `a public holiday (${name})` };
  if (k === DAY_OFF) return { vi: `ngày nghỉ (${name})`, en: `a day off (${name})` };
  const w = weekdayOfDay(n);
  return { vi: `${WEEKDAY_VI[w]} (ngày nghỉ)`, en: `a ${WEEKDAY_EN[w]} (day off)` };
};

/**
 * The last day of the period is known; apply the roll-forward of art. 148(5) when the policy
 * wants it, and finish the derivation.
 */
export const land = (
  ctx: LandContext,
  kind: string,
  last: DayNumber,
  vi: string,
  en: string,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  if (!inRange(last)) return Result.fail(new DeadlineOutOfRange({ kind }));
  const cal = ctx.calendar;
  const lastVi = viOf(last);
  if (isWorking(cal, last)) {
    const iso = isoOf(last);
    return Result.succeed({
      dueOn: iso,
      unrolledOn: iso,
      rolledForward: false,
      warnings: [],
      derivation: { vi: `${vi} → ${lastVi}`, en: `${en} → ${lastVi}` },
    });
  }
  const why = offReason(cal, last);
  const unrolled = isoOf(last);
  if (!ctx.policy.rollForward) {
    return Result.succeed({
      dueOn: unrolled,
      unrolledOn: unrolled,
      rolledForward: false,
      warnings: [],
      derivation: {
        vi: `${vi} → ${lastVi} (${why.vi}; quy chế không chuyển sang ngày làm việc tiếp theo)`,
        en: `${en} → ${lastVi} (${why.en}; the policy does not move it to the next working day)`,
      },
    });
  }
  const next = workingDayAfter(cal, last, 1);
  if (!inRange(next)) return Result.fail(new DeadlineOutOfRange({ kind }));
  const nextVi = viOf(next);
  return Result.succeed({
    dueOn: isoOf(next),
    unrolledOn: unrolled,
    rolledForward: true,
    warnings: [],
    derivation: {
      vi: `${vi} → ${lastVi} là ${why.vi} → chuyển sang ngày làm việc tiếp theo ${nextVi} (${ART_148_5_VI})`,
      en: `${en} → ${lastVi} is ${why.en} → moved to the next working day ${nextVi} (${ART_148_5_EN})`,
    },
  });
};

/**
 * Like {@link land}, for a last day that must stay strictly before `limit` (“trước ngày X”, where
 * `last` is X − 1) or not after it (`last` = X under the `by` reading): a day off there is not
 * moved forward, which would land on or past X, but back to the last working day before it. With
 * roll-forward turned off, the day stays as it is (calendar days).
 */
export const landBefore = (
  ctx: LandContext,
  kind: string,
  last: DayNumber,
  vi: string,
  en: string,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  if (!inRange(last)) return Result.fail(new DeadlineOutOfRange({ kind }));
  const cal = ctx.calendar;
  if (isWorking(cal, last) || !ctx.policy.rollForward) return land(ctx, kind, last, vi, en);
  const back = workingDayBefore(cal, last, 1);
  if (!inRange(back)) return Result.fail(new DeadlineOutOfRange({ kind }));
  const why = offReason(cal, last);
  const lastVi = viOf(last);
  const backVi = viOf(back);
  return Result.succeed({
    dueOn: isoOf(back),
    unrolledOn: isoOf(last),
    rolledForward: false,
    rolledBack: true,
    warnings: [],
    derivation: {
      vi: `${vi} → ${lastVi} là ${why.vi} → lùi về ngày làm việc liền trước ${backVi} (chuyển sang ngày làm việc tiếp theo sẽ rơi vào hoặc sau ngày hạn ghi trong văn bản, trái với “trước ngày”)`,
      en: `${en} → ${lastVi} is ${why.en} → moved back to the previous working day ${backVi} (moving forward would land on or after the written day, contrary to “before”)`,
    },
  });
};
