/**
 * The key of the secrets kept encrypted at rest, as `dondoc serve` finds it: generated into an
 * embedded install's data folder on first start (owner-only) and reused; a different key refused at
 * start rather than failing every delivery; PostgreSQL without `DONDOC_SECRET_KEY` refused.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { SecretUnreadable } from "../src/auth/secret-box.js";
import * as SecretKey from "../src/auth/secret-key.js";
import { Env } from "../src/env.js";
import { prepare } from "../src/server.js";

describe("the secret key at start", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "dondoc-key-start-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = (extra: Record<string, string> = {}) =>
    Env.parse({ DATA_DIR: dataDir, LOG_LEVEL: "silent", ...extra });

  it("generates the key of an embedded install into its data folder, owner-only, and reuses it", async () => {
    const first = await prepare(env());
    const file = join(dataDir, SecretKey.FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await first.db.kysely
      .insertInto("webhook_subscriptions")
      .values({
        id: "whk_key_test",
        url: "https://93.184.215.14/hooks",
        secret: first.secrets.seal("whsec_czNjcmV0", "whk_key_test"),
        event_types: "[]",
      })
      .execute();
    await first.db.close();
    const again = await prepare(env());
    const row = await again.db.kysely
      .selectFrom("webhook_subscriptions")
      .select("secret")
      .where("id", "=", "whk_key_test")
      .executeTakeFirstOrThrow();
    expect(again.secrets.open(row.secret, "whk_key_test")).toBe("whsec_czNjcmV0");
    await again.db.close();
  });

  it("refuses to start with a key that does not open the stored secrets", async () => {
    await expect(
      prepare(env({ DONDOC_SECRET_KEY: Buffer.alloc(32, 1).toString("base64") })),
    ).rejects.toBeInstanceOf(SecretUnreadable);
    // The refused start let go of the folder: the right key still starts.
    const ok = await prepare(env());
    await ok.db.close();
  });

  it("refuses to start on PostgreSQL without DONDOC_SECRET_KEY, and a malformed key at parse time", async () => {
    await expect(
      prepare(env({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/none" })),
    ).rejects.toBeInstanceOf(SecretKey.SecretKeyMissing);
    expect(Env.safeParse({ DONDOC_SECRET_KEY: "too-short" }).success).toBe(false);
    expect(
      Env.safeParse({ WEBHOOK_ALLOW_PRIVATE_HOSTS: "ioffice.local, 10.1.0.0/16" }).data
        ?.WEBHOOK_ALLOW_PRIVATE_HOSTS,
    ).toEqual(["ioffice.local", "10.1.0.0/16"]);
    expect(Env.safeParse({ WEBHOOK_ALLOW_PRIVATE_HOSTS: "http://x/" }).success).toBe(false);
  });
});
