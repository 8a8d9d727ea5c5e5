/**
 * `/healthz` (the process is up) and `/readyz` (the database answers), for load balancers and
 * orchestrators. Both are public and outside `/v1`.
 */
import type { Hono } from "hono";
import { sql } from "kysely";

import type { AppEnv } from "../../context.js";

export const register = (app: Hono<AppEnv>) => {
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await sql`select 1`.execute(c.get("deps").db.kysely);
      return c.json({ status: "ready", engine: c.get("deps").db.engine });
    } catch {
      return c.json({ status: "unavailable" }, 503);
    }
  });
};
