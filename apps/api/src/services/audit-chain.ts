/**
 * AuditChain — checks the hash chain over the audit log (`audit_chain`, migration 0600). Each link
 * holds the SHA-256 of the previous link's hash followed by its audit row's canonical content;
 * the database writes the links at commit. `verify` walks the chain in order, recomputing every
 * hash here (SHA-256 in Node, the canonical text from PostgreSQL built-ins, never from a function
 * stored in the database), and reports the first broken link: a changed or deleted audit row, a
 * changed or missing link, or an audit row outside the chain.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { sql } from "kysely";

import { canonicalOf } from "../db/migrations/0600-login-throttle-audit-chain.js";
import type { Database } from "../db/schema.js";

/** Why a link is broken. */
export type Break =
  | "row-changed" // the audit row's content no longer matches its link's hash
  | "row-missing" // the link names an audit row that is gone
  | "link-changed" // a link's previous hash is not the hash of the link before it
  | "link-missing" // a gap in the sequence of links
  | "row-unchained"; // an audit row that no link covers

export type Verdict =
  | {
      readonly ok: true;
      readonly links: number;
      /** The hash of the last link (`""` for an empty log): keep a copy elsewhere to detect a rewrite. */
      readonly head: string;
    }
  | {
      readonly ok: false;
      /** The audit row id at the first broken link. */
      readonly auditId: string;
      readonly reason: Break;
      /** Links verified before it. */
      readonly links: number;
    };

interface LinkRow {
  readonly seq: string;
  readonly audit_id: string;
  readonly prev_hash: string;
  readonly hash: string;
  readonly present: boolean;
  readonly canonical: string;
}

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Walks the whole chain, `batch` links at a time. */
export const verify = async (db: Kysely<Database>, batch = 1000): Promise<Verdict> => {
  let seq = 0n;
  let prev = "";
  let links = 0;
  for (;;) {
    const { rows } = await sql<LinkRow>`
      select c.seq::text as seq, c.audit_id::text as audit_id, c.prev_hash, c.hash,
             a.id is not null as present, ${sql.raw(canonicalOf("a"))} as canonical
        from audit_chain c left join audit_log a on a.id = c.audit_id
       where c.seq > ${seq.toString()}::bigint
       order by c.seq
       limit ${batch}`.execute(db);
    for (const link of rows) {
      const broken = (reason: Break): Verdict => ({ ok: false, auditId: link.audit_id, reason, links });
      if (BigInt(link.seq) !== seq + 1n) return broken("link-missing");
      if (link.prev_hash !== prev) return broken("link-changed");
      if (!link.present) return broken("row-missing");
      if (sha256(link.prev_hash + link.canonical) !== link.hash) return broken("row-changed");
      seq = BigInt(link.seq);
      prev = link.hash;
      links++;
    }
    if (rows.length < batch) break;
  }
  const { rows } = await sql<{ id: string }>`
    select a.id::text as id from audit_log a
     where not exists (select 1 from audit_chain c where c.audit_id = a.id)
     order by a.id limit 1`.execute(db);
  const unchained = rows[0];
  return unchained === undefined
    ? { ok: true, links, head: prev }
    : { ok: false, auditId: unchained.id, reason: "row-unchained", links };
};
