/**
 * The database a local command works on: the PGlite folder of `--data` (default `./data`) or the
 * PostgreSQL server of `--database-url` / `DATABASE_URL`, read through the API's `Env`. Errors of
 * opening it become one-line CLI errors: a folder held by a running server (`data-dir-in-use`).
 */
import type { Env } from "@dondoc/api";
import type { Command } from "commander";

import { InputError } from "../input-error.js";

export interface Options {
  readonly data?: string;
  readonly databaseUrl?: string;
}

/** Adds `--data` and `--database-url` to `command`. */
export const options = (command: Command): Command =>
  command
    .option("--data <dir>", "thư mục dữ liệu PGlite (default ./data)")
    .option("--database-url <url>", "PostgreSQL thay cho PGlite (postgres://…)");

/** The API's configuration for `opts`; a bad variable is an input error. */
export const envOf = async (opts: Options): Promise<Env.Env> => {
  const { Env } = await import("@dondoc/api");
  try {
    return Env.fromProcess({
      ...process.env,
      LOG_LEVEL: "silent",
      ...(opts.data === undefined ? {} : { DATA_DIR: opts.data }),
      ...(opts.databaseUrl === undefined ? {} : { DATABASE_URL: opts.databaseUrl }),
    });
  } catch (error) {
    throw new InputError({ message: error instanceof Error ? error.message : String(error) });
  }
};

/** Runs `work`, turning a held PGlite folder into `data-dir-in-use`. */
export const using = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && "_tag" in error && error._tag === "DataDirInUse")
      throw new InputError({ code: "data-dir-in-use", message: error.message });
    throw error;
  }
};
