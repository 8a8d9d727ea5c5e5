/**
 * `dondoc serve`: open the database (migrations applied), run the first-start bootstrap (which
 * prints the first administrator's one-time password before committing it), listen, print where
 * to go, and stop cleanly on SIGTERM.
 */
import { existsSync, writeSync } from "node:fs";
import { resolve } from "node:path";

import type { Env } from "./env.js";
import * as Integrations from "./integrations/run.js";
import type { Running } from "./server.js";
import { listen, prepare, stopOnSignals } from "./server.js";
import * as Bootstrap from "./services/bootstrap.js";

/** Where the built admin SPA is, when the repository has one. */
export const defaultAdminDist = (): string | undefined => {
  const candidate = resolve(import.meta.dirname, "../../admin/dist");
  return existsSync(resolve(candidate, "index.html")) ? candidate : undefined;
};

export const start = async (
  env: Env,
  // Synchronous: the one-time password is on the console before the administrator is committed.
  print: (line: string) => void = (l) => writeSync(2, `${l}\n`),
): Promise<Running> => {
  const deps = await prepare({ ...env, ADMIN_DIST: env.ADMIN_DIST ?? defaultAdminDist() });
  const first = await Bootstrap.run(deps, {
    announce: (admin) => {
      print(`  Tài khoản quản trị đầu tiên: ${admin.username}`);
      print(`  Mật khẩu dùng một lần:       ${admin.oneTimePassword}`);
      print(
        "  (chỉ hiện một lần; hệ thống sẽ yêu cầu đổi khi đăng nhập; mất thì dùng `dondoc admin reset-password admin` / shown once, change it at first sign-in; if lost, run `dondoc admin reset-password admin`)",
      );
      print("");
    },
  });
  const running = Integrations.attach(await listen(deps));
  stopOnSignals(running);
  print(
    `dondoc đang chạy tại ${running.url} (cơ sở dữ liệu: ${deps.db.engine === "pglite" ? `PGlite ${resolve(env.DATA_DIR)}` : "PostgreSQL"})`,
  );
  print(
    `  API: ${running.url}/v1 · tài liệu: ${running.url}/docs${deps.env.ADMIN_DIST === undefined ? "" : ` · quản trị: ${running.url}/`}`,
  );
  for (const n of first.notices) {
    print(
      `  Đã nhập thông báo mẫu ${n.file}${n.published ? " (đã ban hành)" : " (bản nháp: cần chọn cơ quan chủ trì hoặc cơ quan ban hành)"}`,
    );
  }
  return running;
};
