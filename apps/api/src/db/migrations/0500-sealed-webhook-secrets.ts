/**
 * Webhook signing secrets encrypted at rest: every secret still in clear is sealed with the
 * installation's key (`SecretBox`, bound to its subscription id), and a check constraint keeps clear
 * secrets out from now on. The migration needs the key only when there is a clear secret to seal.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Migration } from "kysely/migration";

import type { SecretBox } from "../../auth/secret-box.js";
import * as SecretBoxes from "../../auth/secret-box.js";

interface Row {
  readonly id: string;
  readonly secret: string;
}

/** The migration, sealing with `secrets` (absent: there must be no clear secret). */
export const make = (secrets: SecretBox | undefined): Migration => ({
  up: async (db: Kysely<unknown>) => {
    const rows = (await sql<Row>`select id, secret from webhook_subscriptions for update`.execute(db)).rows;
    const clear = rows.filter((r) => !SecretBoxes.isSealed(r.secret));
    if (clear.length > 0 && secrets === undefined) {
      throw new Error(
        `Cần khoá bí mật để mã hoá ${clear.length} khoá ký webhook / A secret key is needed to encrypt ${clear.length} webhook signing secrets`,
      );
    }
    for (const r of clear) {
      const sealed = secrets?.seal(r.secret, r.id) ?? "";
      await sql`update webhook_subscriptions set secret = ${sealed} where id = ${r.id}`.execute(db);
    }
    await sql`alter table webhook_subscriptions
      add constraint webhook_subscriptions_secret_sealed check (secret like 'enc:v1:%')`.execute(db);
  },
  down: async () => {
    throw new Error("Migration 0500 cannot be reverted.");
  },
});
