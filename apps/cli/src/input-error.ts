/**
 * Errors of the CLI: what is wrong, where, and a stable `code` for scripts. `main` prints the
 * message on one line of standard error (or `{"error":{"code","message"}}` with `--json`) and exits
 * with code 1; usage errors (unknown option, missing argument, a language other than vi/en) exit
 * with 2. No stack trace is ever printed.
 */

/**
 * The closed list of error codes, stable across releases: scripts match on them, never on the
 * message.
 */
export const codes = [
  "usage", // unknown command or option, missing argument (exit 2)
  "invalid-language", // --lang other than vi or en (exit 2)
  "file-not-found",
  "file-unreadable", // a directory, no permission, or another I/O error
  "file-empty",
  "file-binary", // neither text nor DOCX nor PDF
  "file-unwritable", // --out cannot be written
  "invalid-file", // a damaged DOCX/PDF, a scan without text, JSON that does not parse or fit
  "invalid-argument", // a bad date, year, period, scope, format or a phrase with no deadline
  "port-in-use",
  "data-dir-in-use", // another process serves from the same PGlite folder
  "database-unreachable", // DATABASE_URL names a server that refused or is not there
  "secret-key", // DONDOC_SECRET_KEY missing (with a PostgreSQL URL), malformed, or not the stored secrets' key
  "user-not-found", // admin reset-password: no such account
  "audit-chain-broken", // audit verify: the hash chain does not hold
  "internal", // a bug: please report it
] as const;

/** A stable error code (see {@link codes}). */
export type ErrorCode = (typeof codes)[number];

/**
 * What the user gave cannot be used. A plain tagged `Error` rather than effect's `Data.TaggedError`:
 * `dondoc --help` loads this module, and effect's data module would add 15 files to its start-up.
 */
export class InputError extends Error {
  readonly _tag = "InputError";
  /** Defaults to `invalid-argument`. */
  readonly code: ErrorCode | undefined;
  constructor(args: { readonly message: string; readonly code?: ErrorCode }) {
    super(args.message);
    this.name = "InputError";
    this.code = args.code;
  }
}

/** Exit codes: 0 ok, 1 input error, 2 usage. */
export const Exit = { ok: 0, input: 1, usage: 2 } as const;
