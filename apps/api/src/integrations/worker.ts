/**
 * The background loop of one API process: dispatch outbox events, deliver due webhooks, and (when a
 * scheduler is attached) run the daily reminders. Every step coordinates through the database, so
 * any number of processes may run it; nothing that matters is kept in memory.
 */
import type { Db } from "../db/connect.js";
import type { Logger } from "../http/logger.js";
import type { DeliverOptions } from "./deliver.js";
import { deliver } from "./deliver.js";
import { dispatch } from "./dispatch.js";

export interface WorkerOptions extends DeliverOptions {
  readonly db: Db;
  readonly log: Logger;
  /** Pause between polls when there is nothing to do. */
  readonly intervalMs?: number;
  /** Extra work each poll (the reminder scheduler). */
  readonly tick?: () => Promise<unknown>;
}

export interface Worker {
  /** Runs one round now (dispatch and deliver until idle); resolves when it is done. */
  readonly drain: () => Promise<void>;
  /** Stops polling and waits for the round in progress. */
  readonly stop: () => Promise<void>;
}

/** Dispatches and delivers until nothing is left that is due now. */
export const round = async (options: Omit<WorkerOptions, "log" | "intervalMs">): Promise<void> => {
  const db = options.db.kysely;
  if (options.tick !== undefined) await options.tick();
  for (;;) {
    const dispatched = await dispatch(db);
    const delivered = await deliver(db, options);
    if (dispatched === 0 && delivered === 0) return;
  }
};

/** Starts polling every `intervalMs` (default 1 s). */
export const start = (options: WorkerOptions): Worker => {
  const interval = options.intervalMs ?? 1_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const run = (): Promise<void> => {
    current = current.then(() =>
      round(options).catch((error: unknown) => {
        options.log.log("error", "integration worker round failed", {
          error: error instanceof Error ? error.message : String(error),
        });
      }),
    );
    return current;
  };
  const loop = () => {
    if (stopped) return;
    void run().then(() => {
      if (!stopped) timer = setTimeout(loop, interval);
    });
  };
  timer = setTimeout(loop, 0);
  return {
    drain: run,
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await current;
    },
  };
};
