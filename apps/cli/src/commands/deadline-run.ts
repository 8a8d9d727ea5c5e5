/**
 * What `dondoc deadline` does once its arguments are parsed: recognise the phrase, resolve its due
 * date (and its hour, when the phrase gives one) on the Vietnamese working-day calendar and print
 * it with its derivation, the other deadlines the phrase states and every warning. Loaded only when
 * the command runs.
 */
import { IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import * as Result from "effect/Result";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import { answer } from "./deadline-answer.js";

/** Runs `dondoc deadline` on `phrase` and prints the due date (or the JSON). */
export const run = (
  phrase: string,
  opts: { readonly from: string; readonly roll: boolean; readonly json?: boolean },
  lang: Messages.Lang,
): void => {
  const m = Messages.of(lang);
  const from = opts.from.trim();
  if (!IsoDate.IsoDate.safeParse(from).success) throw new InputError({ message: m.badDate(opts.from) });
  const policy = { ...PolicyPack.national, rollForward: opts.roll };
  const r = answer(phrase, from, WorkingCalendar.vietnam(), policy);
  if (Result.isFailure(r)) {
    const e = r.failure;
    throw new InputError({ message: e._tag === "NoDeadline" ? m.unreadablePhrase(phrase) : e.message });
  }
  const a = r.success;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(a, null, 2)}\n`);
    return;
  }
  const due = (d: { dueOn: string | null; time: string | null }): string =>
    d.dueOn === null ? m.noDueDate : `${d.time === null ? "" : `${d.time} `}${IsoDate.formatVi(d.dueOn)}`;
  const lines = [
    `${m.kind}: ${a.kind}`,
    `${m.dueOn}: ${due(a)}`,
    ...(a.derivation === null
      ? []
      : [`${m.derivation}: ${lang === "en" ? a.derivation.en : a.derivation.vi}`]),
    ...a.also.map((o) => `+ ${o.phrase}: ${due(o)}`),
    ...a.warnings.map((w) => `! ${w.code}: ${w.message}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
};
