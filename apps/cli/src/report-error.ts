/**
 * How the CLI says what went wrong: one line on standard error, `dondoc: <message>`, or with
 * `--json` one line of JSON, `{"error":{"code":"file-not-found","message":"…"}}`, whose `code` is
 * one of the stable codes of `input-error.ts`. Never a stack trace.
 */
import { type ErrorCode, Exit, InputError } from "./input-error.js";
import * as Messages from "./messages.js";

/** How to print: JSON or text, in which language. */
export interface Style {
  readonly json: boolean;
  readonly lang: Messages.Lang;
}

/** The style the command line asks for (`--json` anywhere, `--lang en`). */
export const styleOf = (argv: ReadonlyArray<string>): Style => ({
  json: argv.includes("--json"),
  lang: Messages.langOf(argv),
});

/** Prints `code` and `message` on standard error in `style`. */
export const print = (code: ErrorCode, message: string, style: Style): void => {
  const line = style.json ? JSON.stringify({ error: { code, message } }) : `dondoc: ${message}`;
  process.stderr.write(`${line.replace(/\r?\n/gu, " ")}\n`);
};

/** Prints any error the way the CLI does and returns the exit code it calls for. */
export const report = (error: unknown, style: Style): number => {
  if (error instanceof InputError) {
    const code = error.code ?? "invalid-argument";
    print(code, error.message, style);
    return code === "usage" || code === "invalid-language" ? Exit.usage : Exit.input;
  }
  const why = error instanceof Error ? error.message : String(error);
  print("internal", Messages.of(style.lang).internal(why), style);
  return Exit.input;
};
