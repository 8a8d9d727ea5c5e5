/**
 * A first start in its own process, for the crash test: opens the database named by the
 * environment and runs the bootstrap (no seed notices). `FIRST_START_CRASH=before-print` kills the
 * process with SIGKILL after the administrator row is written but before its password is shown;
 * `after-print` after it is shown but before the commit. Otherwise prints and exits.
 */
import { writeSync } from "node:fs";

import * as EnvModule from "../../src/env.js";
import { prepare } from "../../src/server.js";
import * as Bootstrap from "../../src/services/bootstrap.js";

const crash = process.env.FIRST_START_CRASH ?? "";
const env = EnvModule.fromProcess({ ...process.env, LOG_LEVEL: "silent" });
const deps = await prepare(env);
await Bootstrap.run(deps, {
  seedNotices: false,
  announce: (admin) => {
    if (crash === "before-print") process.kill(process.pid, "SIGKILL");
    writeSync(1, `${JSON.stringify(admin)}\n`);
    if (crash === "after-print") process.kill(process.pid, "SIGKILL");
  },
});
await deps.db.close();
