/**
 * The key of the secrets kept encrypted at rest, as `dondoc serve` meets it: a key that does not open
 * the stored secrets stops the start (rather than failing every delivery), PostgreSQL without
 * `DONDOC_SECRET_KEY` is refused before connecting, and the settings are validated when parsed. (The
 * generated key file of an embedded install: `src/auth/secret-key.test.ts`; the CLI's one-line
 * refusal: `apps/cli/src/exits.test.ts`.)
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as SecretBox from "../src/auth/secret-box.js";
import * as SecretKey from "../src/auth/secret-key.js";
import { Env } from "../src/env.js";
import { checkKey, prepare } from "../src/server.js";
import type { TestDb } from "./harness.js";
import { openDb, testSecrets } from "./harness.js";

describe("the secret key at start", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openDb("pglite");
    await t.db.kysely
      .insertInto("webhook_subscriptions")
      .values({
        id: "whk_key_test",
        url: "https://93.184.215.14/hooks",
        secret: testSecrets.seal("whsec_czNjcmV0", "whk_key_test"),
        event_types: "[]",
      })
      .execute();
  });
  afterAll(() => t.dispose());

  it("starts with the key that sealed the stored secrets, and refuses another", async () => {
    await expect(checkKey(t.db, testSecrets)).resolves.toBeUndefined();
    await expect(checkKey(t.db, SecretBox.make(randomBytes(32)))).rejects.toBeInstanceOf(
      SecretBox.SecretUnreadable,
    );
  });

  it("refuses to start on PostgreSQL without DONDOC_SECRET_KEY, before connecting", async () => {
    const env = Env.parse({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/none", LOG_LEVEL: "silent" });
    await expect(prepare(env)).rejects.toBeInstanceOf(SecretKey.SecretKeyMissing);
  });

  it("validates the key and the allowed private hosts when it reads the environment", () => {
    expect(Env.safeParse({ DONDOC_SECRET_KEY: "too-short" }).success).toBe(false);
    expect(Env.safeParse({ DONDOC_SECRET_KEY: Buffer.alloc(32, 3).toString("hex") }).success).toBe(true);
    expect(
      Env.safeParse({ WEBHOOK_ALLOW_PRIVATE_HOSTS: "ioffice.local, 10.1.0.0/16" }).data
        ?.WEBHOOK_ALLOW_PRIVATE_HOSTS,
    ).toEqual(["ioffice.local", "10.1.0.0/16"]);
    expect(Env.safeParse({ WEBHOOK_ALLOW_PRIVATE_HOSTS: "http://x/" }).success).toBe(false);
  });
});
