/**
 * `dondoc audit verify [--data DIR | --database-url URL] [--json]` — checks the audit log's hash
 * chain and prints how many links hold (exit 0; `--json` adds `head`, the last link's hash, to keep
 * elsewhere), or names the audit row at the first broken link
 * and why (`audit-chain-broken`, exit 1).
 */
import type { Command } from "commander";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import * as LocalDatabase from "./local-database.js";

interface Options extends LocalDatabase.Options {
  readonly json?: boolean;
}

export const register = (program: Command): void => {
  const m = Messages.of(Messages.langOf(process.argv));
  const audit = program.command("audit").description(m.auditDescription);
  LocalDatabase.options(
    audit.command("verify").description(m.auditVerifyDescription).option("--json", m.json),
  ).action(async (opts: Options) => {
    const lang = Messages.langOf(process.argv);
    const env = await LocalDatabase.envOf(opts);
    const { Admin } = await import("@dondoc/api");
    const verdict = await LocalDatabase.using(() => Admin.verifyAudit(env));
    if (!verdict.ok) {
      throw new InputError({
        code: "audit-chain-broken",
        message: Messages.of(lang).auditBroken(verdict.auditId, verdict.reason, verdict.links),
      });
    }
    process.stdout.write(
      opts.json === true
        ? `${JSON.stringify({ ok: true, links: verdict.links, head: verdict.head })}\n`
        : `${Messages.of(lang).auditOk(verdict.links)}\n`,
    );
  });
};
