/**
 * The `dondoc` program: commander wiring, exit codes (0 ok, 1 input error, 2 usage) and `--help`
 * on every command. `main` never throws; it returns the exit code.
 */
import { Command, CommanderError } from "commander";

import * as Commands from "./commands/index.js";
import { Exit, InputError } from "./input-error.js";
import * as Messages from "./messages.js";

/** Builds the program (commands registered from `commands/index.ts`). */
export const program = (): Command => {
  const m = Messages.of(Messages.langOf(process.argv));
  const p = new Command("dondoc")
    .description(m.description)
    .option("--lang <lang>", m.lang, "vi")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError();
  for (const register of Commands.all) register(p);
  for (const c of p.commands) {
    c.exitOverride().option("--lang <lang>", m.lang, "vi").showHelpAfterError();
  }
  return p;
};

/** Runs the program on `argv` (`process.argv` form) and returns the exit code. */
export const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  try {
    await program().parseAsync([...argv]);
    return Exit.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.help" ||
        e.code === "commander.version"
      ) {
        return Exit.ok;
      }
      return e.exitCode === 0 ? Exit.ok : Exit.usage;
    }
    if (e instanceof InputError) {
      process.stderr.write(`dondoc: ${e.message}\n`);
      return Exit.input;
    }
    process.stderr.write(`dondoc: ${e instanceof Error ? e.message : String(e)}\n`);
    return Exit.input;
  }
};
