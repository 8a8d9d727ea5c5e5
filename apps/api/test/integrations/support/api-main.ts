/**
 * One API process for the scale-out test: the database named by the environment, the server on an
 * ephemeral port with the integration worker attached (as `dondoc serve` does), its clock fixed at
 * `WORKER_NOW`. Prints its URL as one JSON line; stops cleanly on SIGTERM.
 */

import * as EnvModule from "../../../src/env.js";
import * as Integrations from "../../../src/integrations/run.js";
import { listen, prepare, stopOnSignals } from "../../../src/server.js";

const env = EnvModule.fromProcess({
  ...process.env,
  PORT: "0",
  LOG_LEVEL: "silent",
  WORKER_INTERVAL_MS: "50",
});
const now = new Date(process.env.WORKER_NOW ?? Date.now());
const deps = await prepare(env, () => now);
const running = Integrations.attach(await listen(deps));
stopOnSignals(running);
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
