/**
 * The answer of `dondoc deadline`: a phrase read by the parser, its rule resolved by the domain,
 * and every warning of both — the phrase's (year inferred, impossible date, two deadlines) and the
 * rule's (before the notice, provisional calendar, event without a date) — in one value, so the
 * JSON and the text output say the same thing. A recurring duty answers with its next due date.
 */
import { DeadlineRule, type PolicyPack, type WorkingCalendar } from "@dondoc/domain";
import { DeadlinePhrase } from "@dondoc/parser";
import * as Result from "effect/Result";

/** One warning, from the phrase (`parser`) or from the rule's resolution (`resolver`). */
export interface AnswerWarning {
  readonly code: string;
  readonly message: string;
  readonly from: "parser" | "resolver";
}

/** One deadline of the phrase, resolved. */
export interface Resolved {
  readonly phrase: string;
  readonly kind: DeadlineRule.DeadlineKind;
  readonly rule: DeadlineRule.DeadlineRule | null;
  /** The due date; for a recurring duty, its next occurrence's on or after `--from`. */
  readonly dueOn: string | null;
  /** `HH:mm` (Asia/Ho_Chi_Minh) when the phrase gives an hour, else `null` (end of the day). */
  readonly time: string | null;
  readonly unrolledOn: string | null;
  readonly rolledForward: boolean;
  readonly rolledBack: boolean;
  readonly nextOccurrence: DeadlineRule.ResolvedDeadline["nextOccurrence"] | null;
  readonly derivation: DeadlineRule.Derivation | null;
  readonly warnings: ReadonlyArray<AnswerWarning>;
}

/** The answer: the deadline kept for the task, and the other deadlines the phrase also states. */
export interface Answer extends Resolved {
  readonly also: ReadonlyArray<Resolved>;
}

/** Why there is no answer at all. */
export type NoAnswer =
  | { readonly _tag: "NoDeadline" }
  | { readonly _tag: "Failed"; readonly message: string };

const resolveOne = (
  c: DeadlinePhrase.Candidate,
  from: string,
  calendar: WorkingCalendar.WorkingCalendar,
  policy: PolicyPack.PolicyPack,
): Result.Result<Resolved, string> => {
  // The parser passes the rule's own warnings on with a span; they are still the resolver's.
  const parsed: AnswerWarning[] = c.warnings.map((w) => ({
    code: w.code,
    message: w.message,
    from: DeadlineRule.DeadlineWarningCode.safeParse(w.code).success ? "resolver" : "parser",
  }));
  if (c.rule === null) {
    return Result.succeed({
      phrase: c.phrase,
      kind: c.kind,
      rule: null,
      dueOn: null,
      time: null,
      unrolledOn: null,
      rolledForward: false,
      rolledBack: false,
      nextOccurrence: null,
      derivation: null,
      warnings: parsed,
    });
  }
  const r = DeadlineRule.resolve(c.rule, { anchor: from, calendar, policy });
  if (Result.isFailure(r)) return Result.fail(r.failure.message);
  const ok = r.success;
  const codes = new Set(parsed.map((w) => w.code));
  const resolver: AnswerWarning[] = (ok.warnings ?? [])
    .filter((w) => !codes.has(w.code))
    .map((w) => ({ code: w.code, message: w.message, from: "resolver" }));
  return Result.succeed({
    phrase: c.phrase,
    kind: c.kind,
    rule: c.rule,
    dueOn: ok.dueOn ?? ok.nextOccurrence?.dueOn ?? null,
    time: ok.time ?? null,
    unrolledOn: ok.unrolledOn,
    rolledForward: ok.rolledForward,
    rolledBack: ok.rolledBack ?? false,
    nextOccurrence: ok.nextOccurrence ?? null,
    derivation: ok.derivation,
    warnings: [...parsed, ...resolver],
  });
};

/**
 * Reads `phrase` as a deadline cell of a notice issued on `from` and resolves it. Fails with
 * `NoDeadline` when no deadline phrase is found, `Failed` when the rule cannot be resolved.
 */
export const answer = (
  phrase: string,
  from: string,
  calendar: WorkingCalendar.WorkingCalendar,
  policy: PolicyPack.PolicyPack,
): Result.Result<Answer, NoAnswer> => {
  const ctx = { issuedOn: from, cell: true };
  const found = DeadlinePhrase.candidates(phrase.normalize("NFC"), ctx);
  const chosen = DeadlinePhrase.pick(found);
  if (chosen === null || chosen.kind === "none") return Result.fail({ _tag: "NoDeadline" });
  const main = resolveOne(chosen, from, calendar, policy);
  if (Result.isFailure(main)) return Result.fail({ _tag: "Failed", message: main.failure });
  const also: Resolved[] = [];
  for (const c of found) {
    if (c.priority !== chosen.priority || c.span.start === chosen.span.start || c.kind !== "on-date")
      continue;
    const r = resolveOne(c, from, calendar, policy);
    if (Result.isSuccess(r)) also.push(r.success);
  }
  return Result.succeed({ ...main.success, also });
};
