/** Agency rows ↔ views; lookups with 404. */
import type { Kysely, Selectable } from "kysely";

import type { AgencyTable, Database } from "../db/schema.js";
import { notFound } from "../http/problem.js";
import type { AgencyView } from "../routes/agencies/schema.js";

export const view = (row: Selectable<AgencyTable>, groups: readonly string[]): AgencyView => ({
  id: row.id,
  name: row.name,
  shortNames: row.short_names,
  aliases: row.aliases,
  parentId: row.parent_id,
  kind: row.kind,
  groups: [...groups],
  validFrom: row.valid_from,
  validTo: row.valid_to,
  successorId: row.successor_id,
  version: row.version,
});

export const groupsOf = async (db: Kysely<Database>, agencyId: string): Promise<string[]> =>
  (
    await db
      .selectFrom("agency_group_members")
      .select("group_id")
      .where("agency_id", "=", agencyId)
      .orderBy("group_id")
      .execute()
  ).map((r) => r.group_id);

export const get = async (
  db: Kysely<Database>,
  id: string,
  lock = false,
): Promise<Selectable<AgencyTable>> => {
  let q = db.selectFrom("agencies").selectAll().where("id", "=", id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (row === undefined) throw notFound("cơ quan", id);
  return row;
};
