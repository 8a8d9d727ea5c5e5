/**
 * Input errors of the CLI: what is wrong and where. `main` prints the message to standard error
 * and exits with code 1; usage errors (unknown option, missing argument) exit with 2.
 */
import { Data } from "effect";

export class InputError extends Data.TaggedError("InputError")<{ readonly message: string }> {}

/** Exit codes: 0 ok, 1 input error, 2 usage. */
export const Exit = { ok: 0, input: 1, usage: 2 } as const;
