/**
 * After a request that may have written, tells this process's task caches at once. The database's
 * notification of the same change comes back a moment later on the listening connection, and a
 * client reading right after its own write (the admin app refetches the inbox) must see it.
 */
import type { MiddlewareHandler } from "hono";

import type { AppEnv } from "../context.js";

const writes = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const changedHere: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    await next();
  } finally {
    if (writes.has(c.req.method)) c.get("deps").db.changes.touch("tasks");
  }
};
