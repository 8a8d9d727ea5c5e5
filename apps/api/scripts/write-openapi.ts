/**
 * Writes the OpenAPI 3.1 document of the API (as served at /v1/openapi.json) to
 * packages/client/openapi.json, from which @dondoc/client generates its types. Uses an in-memory
 * PGlite database: the document does not depend on data.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

import { create } from "../src/app.js";
import * as SecretBox from "../src/auth/secret-box.js";
import { open } from "../src/db/connect.js";
import { Env } from "../src/env.js";
import * as Logger from "../src/http/logger.js";

const db = await open({ kind: "pglite", dataDir: null });
const app = create({
  db,
  env: Env.parse({ LOG_LEVEL: "silent" }),
  now: () => new Date(),
  log: Logger.create("silent"),
  uploadsDir: "/nonexistent",
  secrets: SecretBox.make(randomBytes(32)),
});
const res = await app.request("/v1/openapi.json");
const doc = await res.json();
const target = resolve(import.meta.dirname, "../../../packages/client/openapi.json");
writeFileSync(target, `${JSON.stringify(doc, null, 2)}\n`);
await db.close();
console.log(`wrote ${target}`);
