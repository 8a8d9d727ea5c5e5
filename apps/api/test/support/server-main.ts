/**
 * A server process for the crash test: opens the database named by the environment, makes sure an
 * API key with a known token exists, listens on an ephemeral port (stopping cleanly on SIGTERM) and prints its URL as one line.
 */
import { sha256 } from "../../src/auth/secret.js";
import * as EnvModule from "../../src/env.js";
import { listen, prepare, stopOnSignals } from "../../src/server.js";

const env = EnvModule.fromProcess({ ...process.env, PORT: "0", LOG_LEVEL: "silent" });
const deps = await prepare(env);
const [, prefix = "", secret = ""] =
  /^ddk_([a-z0-9]{8})_(.+)$/.exec(process.env.CRASH_TEST_TOKEN ?? "") ?? [];
await deps.db.kysely
  .insertInto("api_keys")
  .values({
    id: "key_crash_test",
    name: "crash test",
    prefix,
    secret_hash: sha256(secret),
    scopes: JSON.stringify(["resolutions.read", "resolutions.write"]),
  })
  .onConflict((oc) => oc.column("id").doNothing())
  .execute();
const running = await listen(deps);
stopOnSignals(running);
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
