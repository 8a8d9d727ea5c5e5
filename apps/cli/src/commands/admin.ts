/**
 * `dondoc admin reset-password USER [--data DIR | --database-url URL]` — for an operator locked
 * out (a lost first password, a forgotten administrator password): gives the account a new
 * one-time password, printed once, that must be changed at the next sign-in; ends its sessions and
 * writes the audit row `user.password_reset` by `system:cli`. Works on the database directly, so it
 * needs the data folder (and refuses while a server runs on it) or `DATABASE_URL`.
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
  const admin = program.command("admin").description(m.adminDescription);
  LocalDatabase.options(
    admin
      .command("reset-password")
      .description(m.resetPasswordDescription)
      .argument("<user>", m.resetPasswordUser)
      .option("--json", m.json),
  ).action(async (user: string, opts: Options) => {
    const lang = Messages.langOf(process.argv);
    const env = await LocalDatabase.envOf(opts);
    const { Admin } = await import("@dondoc/api");
    const reset = await LocalDatabase.using(async () => {
      try {
        return await Admin.resetPassword(env, user);
      } catch (error) {
        if (error instanceof Error && "code" in error && error.code === "not-found")
          throw new InputError({ code: "user-not-found", message: Messages.of(lang).userNotFound(user) });
        throw error;
      }
    });
    process.stdout.write(
      opts.json === true
        ? `${JSON.stringify({ username: reset.username, oneTimePassword: reset.oneTimePassword, mustChangePassword: true })}\n`
        : `${Messages.of(lang).passwordReset(reset.username, reset.oneTimePassword)}\n`,
    );
  });
};
