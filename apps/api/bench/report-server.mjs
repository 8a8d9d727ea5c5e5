/**
 * The server process of `bench/report-export.ts`, run from the build (`dist/`, as `dondoc serve`
 * runs it: no TypeScript loader in its memory): serves the database named by the environment
 * (`DATA_DIR` for PGlite, or `DATABASE_URL`) on an ephemeral port, stops on SIGTERM, and prints
 * `{"url": …}` as one line once it listens.
 */
import { fromProcess } from "../dist/env.js";
import { listen, prepare, stopOnSignals } from "../dist/server.js";

const env = fromProcess({ ...process.env, PORT: "0", LOG_LEVEL: "silent" });
const running = await listen(await prepare(env));
stopOnSignals(running);
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
