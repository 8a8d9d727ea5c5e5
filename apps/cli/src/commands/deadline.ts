/**
 * `dondoc deadline "PHRASE" --from YYYY-MM-DD [--no-roll] [--json]` — the due date of a deadline
 * phrase and how it was computed.
 */
import { DeadlineRule, IsoDate, PolicyPack, WorkingCalendar } from "@dondoc/domain";
import { DeadlinePhrase } from "@dondoc/parser";
import type { Command } from "commander";
import { Result } from "effect";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";

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
      const lang = Messages.langOf(process.argv);
      const lines = [
        `${m.kind}: ${found.rule.kind}`,
        `${m.dueOn}: ${resolved.dueOn === null ? m.noDueDate : IsoDate.formatVi(resolved.dueOn)}`,
        `${m.derivation}: ${lang === "en" ? resolved.derivation.en : resolved.derivation.vi}`,
        ...found.warnings.map((w) => `! ${w.code}: ${w.message}`),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
};
