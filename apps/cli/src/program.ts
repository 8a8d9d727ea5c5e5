/**
 * The `dondoc` program: commander wiring, `--version`, `--lang vi|en`, exit codes (0 ok, 1 input
 * error, 2 usage) and `--help` on every command. Errors are one line on standard error (JSON with
 * `--json`, see `report-error.ts`). Commands load their dependencies only when they run, so
 * `dondoc --help` starts in about the time of Node itself. `main` never throws; it returns the
 * exit code.
 */
import { readFileSync } from "node:fs";

import { Command, CommanderError } from "commander";

import * as Commands from "./commands/index.js";
import { Exit, InputError } from "./input-error.js";
import * as Messages from "./messages.js";
import * as ReportError from "./report-error.js";

/** The version of the CLI (its package.json). */
export const version = (): string => {
  const manifest: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return typeof manifest === "object" && manifest !== null && "version" in manifest
    ? String(manifest.version)
    : "0.0.0";
};

/** Builds the program (commands registered from `commands/index.ts`) for `argv`'s style. */
export const program = (style: ReportError.Style = ReportError.styleOf(process.argv)): Command => {
  const m = Messages.of(style.lang);
  // With --json, commander's own error text is replaced by the JSON line `main` prints.
  const output = { writeErr: (s: string) => (style.json ? undefined : process.stderr.write(s)) };
  const p = new Command("dondoc")
    .description(m.description)
    .version(version(), "-v, --version", m.version)
    .option("--lang <lang>", m.lang, "vi")
    .exitOverride()
    .configureOutput(output)
    .showHelpAfterError(!style.json);
  for (const register of Commands.all) register(p);
  // Every command and subcommand (`admin reset-password`) speaks the same way.
  const all = (c: Command): Command[] => c.commands.flatMap((sub) => [sub, ...all(sub)]);
  for (const c of all(p)) {
    c.exitOverride()
      .configureOutput(output)
      .option("--lang <lang>", m.lang, "vi")
      .showHelpAfterError(!style.json);
  }
  return p;
};

/** Runs the program on `argv` (`process.argv` form) and returns the exit code. */
export const main = async (argv: ReadonlyArray<string>): Promise<number> => {
  const style = ReportError.styleOf(argv);
  const lang = Messages.langArgOf(argv.slice(2));
  if (lang !== undefined && !Messages.isLang(lang)) {
    const error = new InputError({ code: "invalid-language", message: Messages.of("vi").badLang(lang) });
    return ReportError.report(error, style);
  }
  try {
    await program(style).parseAsync([...argv]);
    return Exit.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return Exit.ok; // --help, --version
      if (style.json) ReportError.print("usage", e.message.replace(/^error: /u, ""), style);
      return Exit.usage;
    }
    return ReportError.report(e, style);
  }
};
