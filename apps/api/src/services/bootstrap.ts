/**
 * First start of an installation: loads the seed agency directory, creates the first administrator
 * with a one-time password (returned once, for the console), and imports the two seed notices
 * shipped in this package (`seeds/`) and publishes them as demo data. Safe to
 * run on every start and from several processes at once: an advisory lock serialises it and each
 * step runs only on an empty table.
 *
 * The first start is atomic: the administrator and its password are written in one transaction,
 * and the password is announced (`options.announce`, written synchronously to the console) before
 * that transaction commits. A crash before the commit leaves no administrator, so the next start
 * creates one and prints a new password; a crash after it cannot lose a password nobody saw. An
 * operator who lost it anyway uses `dondoc admin reset-password admin`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sql } from "kysely";

import { hashPassword, oneTimePassword } from "../auth/secret.js";
import type { Deps } from "../context.js";
import { ApiError } from "../http/problem.js";
import type { Actor } from "./audit.js";
import * as Audit from "./audit.js";
import * as Directory from "./directory.js";
import * as Ids from "./ids.js";
import * as Issuer from "./issuer.js";
import * as Notices from "./notices.js";
import * as Parse from "./parse.js";
import * as Rules from "./rules.js";

export interface FirstStart {
  /** Set when the administrator was created now: print it once. */
  readonly admin: { readonly username: string; readonly oneTimePassword: string } | null;
  readonly seededAgencies: number;
  /** Seed notices imported now, with whether they could be published. */
  readonly notices: ReadonlyArray<{
    readonly file: string;
    readonly id: string;
    readonly published: boolean;
  }>;
}

const system: Actor = { actor: "system:bootstrap", requestId: null };

/**
 * The issuing bodies of the seed notices. Their text starts at “Số:”, without the letterhead that
 * names the issuer, and the parser does not guess one; other files fall back to the letterhead.
 */
const seedIssuers: Readonly<Record<string, string>> = {
  "notice-12-TB-UBND-2023-brvt.txt": "brvt.ubnd",
  "notice-TB-UBND-2024-vungtau.txt": "vt.ubnd",
};

/** The seed notices shipped in this package (`apps/api/seeds`), or `null` when they are missing. */
export const seedsFolder = (): string | null => {
  const shipped = resolve(import.meta.dirname, "../../seeds");
  return existsSync(shipped) ? shipped : null;
};

export interface Options {
  /** Imports and publishes the seed notices on a fresh installation (default true). */
  readonly seedNotices?: boolean;
  /**
   * Shows the first administrator's one-time password, before the transaction that creates it
   * commits. It must be synchronous and throw when the password could not be shown: the
   * administrator is then not created.
   */
  readonly announce?: (admin: NonNullable<FirstStart["admin"]>) => void;
}

export const run = async (deps: Deps, options: Options = {}): Promise<FirstStart> => {
  const { seedNotices = true, announce = () => {} } = options;
  const db = deps.db.kysely;
  const base = await db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(4242001)`.execute(tx);
    let seededAgencies = 0;
    const agencies = await tx.selectFrom("agencies").select("id").limit(1).execute();
    if (agencies.length === 0) {
      await Directory.seed(tx);
      seededAgencies = (await tx.selectFrom("agencies").select("id").execute()).length;
      await Audit.record(tx, system, {
        action: "directory.seeded",
        entity: "directory",
        entityId: "seed",
        after: { agencies: seededAgencies },
      });
    }
    const users = await tx.selectFrom("users").select("id").limit(1).execute();
    let admin: FirstStart["admin"] = null;
    if (users.length === 0) {
      const password = oneTimePassword();
      const id = Ids.make("usr");
      await tx
        .insertInto("users")
        .values({
          id,
          username: "admin",
          display_name: "Quản trị hệ thống",
          password_hash: await hashPassword(password),
          role: "admin",
          agency_id: null,
          must_change_password: true,
        })
        .execute();
      await Audit.record(tx, system, {
        action: "user.created",
        entity: "user",
        entityId: id,
        after: { username: "admin", role: "admin" },
      });
      admin = { username: "admin", oneTimePassword: password };
      // Before the commit: a password that was never shown must never be the only way in.
      announce(admin);
    }
    const notices = await tx.selectFrom("notices").select("id").limit(1).execute();
    return { seededAgencies, admin, fresh: notices.length === 0 && admin !== null };
  });

  const imported: { file: string; id: string; published: boolean }[] = [];
  const folder = seedNotices && base.fresh ? seedsFolder() : null;
  if (folder !== null) {
    const rules = await Rules.load(db, deps.now());
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const parsed = await Parse.text(db, rules, readFileSync(join(folder, file), "utf8"));
      const result = await db.transaction().execute(async (tx) => {
        const known = seedIssuers[file] ?? "";
        const inDirectory = await tx
          .selectFrom("agencies")
          .select("id")
          .where("id", "=", known)
          .executeTakeFirst();
        const issuerAgencyId =
          inDirectory?.id ?? (await Issuer.fromLetterhead(tx, parsed.notice.issuer, parsed.notice.issuedOn));
        const id = await Notices.createDraft(tx, system, parsed, {
          resolutionId: null,
          createdBy: null,
          issuerAgencyId,
        });
        try {
          // Publishing checks every lead before writing anything, so a refusal leaves the draft intact.
          await Notices.publish(tx, system, await Notices.get(tx, id), deps.now());
          return { id, published: true };
        } catch (error) {
          // A lead or a deadline the clerk must settle: the notice waits in review as a draft.
          if (
            error instanceof ApiError &&
            (error.code === "unresolved-agency" || error.code === "rule-violated")
          )
            return { id, published: false };
          throw error;
        }
      });
      imported.push({ file, ...result });
    }
  }
  return { admin: base.admin, seededAgencies: base.seededAgencies, notices: imported };
};
