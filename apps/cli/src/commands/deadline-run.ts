/**
 * What `dondoc deadline` does once its arguments are parsed: recognise the phrase, resolve its due
 * date on the Vietnamese working-day calendar and print it with its derivation. Loaded only when
 * the command runs.
 */
import { DeadlineRule, IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import { DeadlinePhrase } from "@dondoc/parser";
import * as Result from "effect/Result";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";

/** Runs `dondoc deadline` on `phrase` and prints the due date (or the JSON). */
export const run = (
  phrase: string,
  opts: { readonly from: string; readonly roll: boolean; readonly json?: boolean },
  lang: Messages.Lang,
): void => {
  const m = Messages.of(lang);
  const from = opts.from.trim();
  if (!IsoDate.IsoDate.safeParse(from).success) throw new InputError({ message: m.badDate(opts.from) });
  const found = DeadlinePhrase.recognize(phrase.normalize("NFC"), { issuedOn: from, cell: true });
  if (found._tag === "Unreadable") throw new InputError({ message: found.warning.message });
  if (found.rule.kind === "none") throw new InputError({ message: m.unreadablePhrase(phrase) });
  const policy = { ...PolicyPack.national, rollForward: opts.roll };
  const r = DeadlineRule.resolve(found.rule, {
    anchor: from,
    calendar: WorkingCalendar.vietnam(),
    policy,
  });
  if (Result.isFailure(r)) throw new InputError({ message: r.failure.message });
  const resolved = r.success;
  if (opts.json) {
    const out = { kind: found.rule.kind, rule: found.rule, ...resolved, warnings: found.warnings };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines = [
    `${m.kind}: ${found.rule.kind}`,
    `${m.dueOn}: ${resolved.dueOn === null ? m.noDueDate : IsoDate.formatVi(resolved.dueOn)}`,
    `${m.derivation}: ${lang === "en" ? resolved.derivation.en : resolved.derivation.vi}`,
    ...found.warnings.map((w) => `! ${w.code}: ${w.message}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
};
