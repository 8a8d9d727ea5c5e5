/**
 * `dondoc serve [--host H] [--port N] [--data DIR] [--database-url URL]` — runs the dondoc API and
 * the admin app on one port (default 127.0.0.1:8787) on embedded PGlite in `./data`, or on
 * PostgreSQL with `--database-url` / `DATABASE_URL`. The first start loads the seed directory and
 * demo notices and prints the administrator's one-time password. Stops cleanly on SIGTERM.
 */
import type { Env } from "@dondoc/api";
import type { Command } from "commander";

import { InputError } from "../input-error.js";

interface Options {
  readonly host?: string;
  readonly port?: string;
  readonly data?: string;
  readonly databaseUrl?: string;
}

export const register = (program: Command): void => {
  program
    .command("serve")
    .description("Chạy máy chủ API và trang quản trị (run the API server and the admin app)")
    .option("--host <host>", "địa chỉ lắng nghe (default 127.0.0.1)")
    .option("--port <port>", "cổng (default 8787)")
    .option("--data <dir>", "thư mục dữ liệu PGlite và tệp đính kèm (default ./data)")
    .option("--database-url <url>", "PostgreSQL thay cho PGlite (postgres://…)")
    .action(async (opts: Options) => {
      // Loaded only when serving: the API (Hono, PGlite, kysely) costs about a second at start-up,
      // which every other command would pay.
      const { Env, Serve } = await import("@dondoc/api");
      let env: Env.Env;
      try {
        env = Env.fromProcess({
          ...process.env,
          ...(opts.host === undefined ? {} : { HOST: opts.host }),
          ...(opts.port === undefined ? {} : { PORT: opts.port }),
          ...(opts.data === undefined ? {} : { DATA_DIR: opts.data }),
          ...(opts.databaseUrl === undefined ? {} : { DATABASE_URL: opts.databaseUrl }),
        });
      } catch (error) {
        throw new InputError({ message: error instanceof Error ? error.message : String(error) });
      }
      await Serve.start(env);
    });
};
