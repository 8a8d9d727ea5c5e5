/**
 * The last step of every resolution: a last day is known, and the policy decides where the due
 * date lands. Civil Code 2015 art. 148(5) moves a period ending on a day off to the next working
 * day; “trước ngày X” must stay before X, so there the engine goes back to the last working day
 * before X instead of forward onto or past it. Where a day lands is computed once per calendar and
 * kept in per-day tables, so resolving is a lookup and two concatenations. Internal to the
 * resolver and the recurrence.
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
import { warningsOf } from "./deadline-warning.js";
import { type DayNumber, dayNumberOf } from "./iso-date.js";
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
 * Where a last day lands, computed once per calendar, policy choice and day and then shared: the
 * due date, the flags and the derivation's tail. Every resolution of a day ends in one of a few
 * thousand days, so the hot path is a table lookup and one concatenation per language.
 */
interface Landing {
  readonly dueOn: string;
  readonly unrolledOn: string;
  readonly rolledForward: boolean;
  readonly rolledBack: boolean;
  readonly tailVi: string;
  readonly tailEn: string;
  /** The due day, and whether its year's days off are official, for the resolver's warnings. */
  readonly due: DayNumber;
  readonly confirmed: boolean;
}

/** Day numbers of the cached range (1900–2199), like the date strings of `day-number.ts`. */
const CACHE_FIRST: DayNumber = dayNumberOf(1900, 1, 1);
const CACHE_SIZE = dayNumberOf(2200, 1, 1) - CACHE_FIRST;

/** One calendar's landings: forward (art. 148(5)), kept (no roll-forward), back (“trước ngày”). */
interface Landings {
  readonly forward: (Landing | null | undefined)[];
  readonly kept: (Landing | null | undefined)[];
  readonly back: (Landing | null | undefined)[];
}
const byCalendar = new WeakMap<CalendarEngine, Landings>();
let lastCalendar: CalendarEngine | undefined;
let lastLandings: Landings | undefined;

const landingsOf = (cal: CalendarEngine): Landings => {
  if (cal === lastCalendar && lastLandings !== undefined) return lastLandings;
  let l = byCalendar.get(cal);
  if (l === undefined) {
    l = { forward: new Array(CACHE_SIZE), kept: new Array(CACHE_SIZE), back: new Array(CACHE_SIZE) };
    byCalendar.set(cal, l);
  }
  lastCalendar = cal;
  lastLandings = l;
  return l;
};

const landing = (
  cal: CalendarEngine,
  last: DayNumber,
  due: DayNumber,
  rolledForward: boolean,
  rolledBack: boolean,
  tailVi: string,
  tailEn: string,
): Landing => ({
  dueOn: isoOf(due),
  unrolledOn: isoOf(last),
  rolledForward,
  rolledBack,
  tailVi,
  tailEn,
  due,
  confirmed: cal.tableOf(due).confirmed,
});

/** Landing of `last` going forward (`roll`) or staying; `null` when the due day is out of range. */
const computeLanding = (cal: CalendarEngine, roll: boolean, last: DayNumber): Landing | null => {
  const lastVi = viOf(last);
  if (isWorking(cal, last)) return landing(cal, last, last, false, false, ` → ${lastVi}`, ` → ${lastVi}`);
  const why = offReason(cal, last);
  if (!roll) {
    return landing(
      cal,
      last,
      last,
      false,
      false,
      ` → ${lastVi} (${why.vi}; quy chế không chuyển sang ngày làm việc tiếp theo)`,
      ` → ${lastVi} (${why.en}; the policy does not move it to the next working day)`,
    );
  }
  const next = workingDayAfter(cal, last, 1);
  if (!inRange(next)) return null;
  const nextVi = viOf(next);
  return landing(
    cal,
    last,
    next,
    true,
    false,
    ` → ${lastVi} là ${why.vi} → chuyển sang ngày làm việc tiếp theo ${nextVi} (${ART_148_5_VI})`,
    ` → ${lastVi} is ${why.en} → moved to the next working day ${nextVi} (${ART_148_5_EN})`,
  );
};

/** Landing of a day off `last` that must not move past the written day: back to a working day. */
const computeLandingBack = (cal: CalendarEngine, last: DayNumber): Landing | null => {
  const back = workingDayBefore(cal, last, 1);
  if (!inRange(back)) return null;
  const why = offReason(cal, last);
  const lastVi = viOf(last);
  const backVi = viOf(back);
  return landing(
    cal,
    last,
    back,
    false,
    true,
    ` → ${lastVi} là ${why.vi} → lùi về ngày làm việc liền trước ${backVi} (chuyển sang ngày làm việc tiếp theo sẽ rơi vào hoặc sau ngày hạn ghi trong văn bản, trái với “trước ngày”)`,
    ` → ${lastVi} is ${why.en} → moved back to the previous working day ${backVi} (moving forward would land on or after the written day, contrary to “before”)`,
  );
};

/** The cached landing of `last` (`back`: the “trước ngày” table), computed on first use. */
const cachedLanding = (
  cal: CalendarEngine,
  table: (Landing | null | undefined)[],
  last: DayNumber,
  roll: boolean,
  back: boolean,
): Landing | null => {
  const i = last - CACHE_FIRST;
  const inCache = i >= 0 && i < CACHE_SIZE;
  const hit = inCache ? table[i] : undefined;
  if (hit !== undefined) return hit;
  const l = back ? computeLandingBack(cal, last) : computeLanding(cal, roll, last);
  if (inCache) table[i] = l;
  return l;
};

/** The result of a landing: same fields, in the same order, as the resolver always gave. */
const resultOf = (
  l: Landing,
  vi: string,
  en: string,
  anchor: DayNumber | undefined,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  // No anchor: an occurrence of a recurring duty, whose warnings the resolver adds to the duty.
  const warnings = anchor === undefined ? [] : warningsOf(l.due, l.confirmed, anchor);
  const derivation = { vi: vi + l.tailVi, en: en + l.tailEn };
  return Result.succeed(
    l.rolledBack
      ? {
          dueOn: l.dueOn,
          unrolledOn: l.unrolledOn,
          rolledForward: false,
          rolledBack: true,
          warnings,
          derivation,
        }
      : { dueOn: l.dueOn, unrolledOn: l.unrolledOn, rolledForward: l.rolledForward, warnings, derivation },
  );
};

/**
 * The last day of the period is known; apply the roll-forward of art. 148(5) when the policy
 * wants it, and finish the derivation. With `anchor` (the notice's day, `NaN` when unknown) the
 * result carries the resolver's warnings; without it, none (the recurrence's occurrences).
 */
export const land = (
  ctx: LandContext,
  kind: string,
  last: DayNumber,
  vi: string,
  en: string,
  anchor?: DayNumber,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  if (!inRange(last)) return Result.fail(new DeadlineOutOfRange({ kind }));
  const cal = ctx.calendar;
  const roll = ctx.policy.rollForward;
  const landings = landingsOf(cal);
  const l = cachedLanding(cal, roll ? landings.forward : landings.kept, last, roll, false);
  if (l === null) return Result.fail(new DeadlineOutOfRange({ kind }));
  return resultOf(l, vi, en, anchor);
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
  anchor?: DayNumber,
): Result.Result<ResolvedDeadline, DeadlineError> => {
  if (!inRange(last)) return Result.fail(new DeadlineOutOfRange({ kind }));
  const cal = ctx.calendar;
  if (isWorking(cal, last) || !ctx.policy.rollForward) return land(ctx, kind, last, vi, en, anchor);
  const l = cachedLanding(cal, landingsOf(cal).back, last, true, true);
  if (l === null) return Result.fail(new DeadlineOutOfRange({ kind }));
  return resultOf(l, vi, en, anchor);
};
