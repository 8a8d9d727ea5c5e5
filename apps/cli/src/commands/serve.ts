/**
 * `dondoc serve [--host H] [--port N] [--data DIR] [--database-url URL]` — runs the dondoc API and
 * the admin app on one port (default 127.0.0.1:8787) on embedded PGlite in `./data`, or on
 * PostgreSQL with `--database-url` / `DATABASE_URL`. The first start loads the seed directory and
 * demo notices and prints the administrator's one-time password. Stops cleanly on SIGTERM.
 * A port that is already taken is said in one line, before the database is opened.
 */
import { createServer } from "node:net";

import type { Env } from "@dondoc/api";
import type { Command } from "commander";

import { InputError } from "../input-error.js";
import * as Messages from "../messages.js";
import * as ReportError from "../report-error.js";

interface Options {
  readonly host?: string;
  readonly port?: string;
  readonly data?: string;
  readonly databaseUrl?: string;
}

const isAddressInUse = (e: unknown): boolean =>
  e instanceof Error && "code" in e && (e.code === "EADDRINUSE" || e.code === "EACCES");

/** Fails with `port-in-use` when `host:port` cannot be listened on (checked by listening briefly). */
export const ensurePortFree = (host: string, port: number, lang: Messages.Lang): Promise<void> =>
  new Promise((resolve, reject) => {
    if (port === 0) return resolve();
    const probe = createServer();
    probe.once("error", (e) => {
      if (isAddressInUse(e)) {
        reject(new InputError({ code: "port-in-use", message: Messages.of(lang).portInUse(host, port) }));
      } else resolve(); // Anything else (a bad host, say) is reported by the server itself.
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });

export const register = (program: Command): void => {
  program
    .command("serve")
    .description("Chạy máy chủ API và trang quản trị (run the API server and the admin app)")
    .option("--host <host>", "địa chỉ lắng nghe (default 127.0.0.1)")
    .option("--port <port>", "cổng (default 8787)")
    .option("--data <dir>", "thư mục dữ liệu PGlite và tệp đính kèm (default ./data)")
    .option("--database-url <url>", "PostgreSQL thay cho PGlite (postgres://…)")
    .option("--json", Messages.of(Messages.langOf(process.argv)).jsonErrors)
    .action(async (opts: Options) => {
      const lang = Messages.langOf(process.argv);
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
      const inUse = () =>
        new InputError({ code: "port-in-use", message: Messages.of(lang).portInUse(env.HOST, env.PORT) });
      await ensurePortFree(env.HOST, env.PORT, lang);
      // Another process may take the port while the database opens: the server then emits an
      // \`error\` event nobody awaits, which would end the process with a stack trace.
      process.on("uncaughtException", (error) => {
        if (!isAddressInUse(error)) throw error;
        process.exit(ReportError.report(inUse(), ReportError.styleOf(process.argv)));
      });
      try {
        await Serve.start(env);
      } catch (error) {
        // Another `dondoc serve` holds the PGlite folder: one line, not an internal error.
        if (error instanceof Error && "_tag" in error && error._tag === "DataDirInUse")
          throw new InputError({ code: "data-dir-in-use", message: error.message });
        // The PostgreSQL server refused the connection: its reason in one line.
        if (error instanceof Error && "_tag" in error && error._tag === "DatabaseUnreachable")
          throw new InputError({ code: "database-unreachable", message: error.message });
        // No usable key for the secrets kept encrypted: say which, in one line.
        if (
          error instanceof Error &&
          "_tag" in error &&
          (error._tag === "SecretKeyMissing" ||
            error._tag === "SecretKeyInvalid" ||
            error._tag === "SecretUnreadable")
        )
          throw new InputError({ code: "secret-key", message: error.message });
        throw error;
      }
    });
};
