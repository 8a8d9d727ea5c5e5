/**
 * What every handler can reach: the database, the configuration, the clock, the logger, and per
 * request the caller and the request id. The clock is injected so tests can fix “today”.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";

import type { Principal } from "./auth/principal.js";
import type { SecretBox } from "./auth/secret-box.js";
import type { Db } from "./db/connect.js";
import type { Env } from "./env.js";
import type { Logger } from "./http/logger.js";

export interface Deps {
  readonly db: Db;
  readonly env: Env;
  readonly now: () => Date;
  readonly log: Logger;
  /** Folder where attachments are written. */
  readonly uploadsDir: string;
  /** Seals and opens the secrets kept encrypted at rest (webhook signing secrets). */
  readonly secrets: SecretBox;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    principal: Principal | null;
    requestId: string;
  };
}

export type App = OpenAPIHono<AppEnv>;
