/**
 * `dondoc deadline "PHRASE" --from YYYY-MM-DD [--no-roll] [--json]` — the due date of a deadline
 * phrase (and its hour, when the phrase gives one), how it was computed, and every warning.
 */
import { IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import type { Command } from "commander";
import { Result } from "effect";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import { answer } from "./deadline-answer.js";

export const register = (program: Command): void => {
  const m0 = Messages.of(Messages.langOf(process.argv));
  program
    .command("deadline")
    .description(m0.deadlineDescription)
    .argument("<phrase>", m0.deadlinePhrase)
    .requiredOption("--from <date>", m0.from)
    .option("--no-roll", m0.noRoll)
    .option("--json", m0.json)
    .action((phrase: string, opts: { from: string; roll: boolean; json?: boolean }) => {
      const m = Messages.of(Messages.langOf(process.argv));
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
      const lang = Messages.langOf(process.argv);
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
    });
};
