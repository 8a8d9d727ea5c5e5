/**
 * Attaches the integration worker (outbox dispatch, webhook delivery, daily reminders) to a running
 * server when `INTEGRATIONS_WORKER` is on; stopping the server then stops the worker first, so no
 * round is cut off by the database closing.
 */
import type { Running } from "../server.js";
import * as Scheduler from "./scheduler.js";
import * as Worker from "./worker.js";

export const attach = (running: Running): Running => {
  const { deps } = running;
  if (!deps.env.INTEGRATIONS_WORKER) return running;
  const worker = Worker.start({
    db: deps.db,
    log: deps.log,
    intervalMs: deps.env.WORKER_INTERVAL_MS,
    secrets: deps.secrets,
    allowPrivateHosts: deps.env.WEBHOOK_ALLOW_PRIVATE_HOSTS,
    tick: () => Scheduler.runDue(deps.db.kysely, deps.now()),
  });
  return {
    ...running,
    stop: async () => {
      await worker.stop();
      await running.stop();
    },
  };
};
