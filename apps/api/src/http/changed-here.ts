/**
 * After a request that may have written, tells this process's task caches at once. The database's
 * notification of the same change comes back a moment later on the listening connection, and a
 * client reading right after its own write (the admin app refetches the inbox) must see it.
 * Refused requests wrote nothing (their transaction rolled back), and signing in or reading
 * notifications touches no task, notice or rule: those leave the caches alone.
 */
import type { MiddlewareHandler } from "hono";

import type { AppEnv } from "../context.js";

const writes = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const untouched = ["/v1/auth/", "/v1/notifications"];

export const changedHere: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!writes.has(c.req.method) || c.res.status >= 400) return;
  if (untouched.some((prefix) => c.req.path.startsWith(prefix))) return;
  c.get("deps").db.changes.touch("tasks");
};
