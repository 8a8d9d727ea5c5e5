/**
 * The agency directory as stored: rows ↔ the domain's `Agency` / `AgencyGroup`, the indexed
 * `AgencyDirectory` built from them (for matching names and expanding collective assignees), and
 * the seed directory loaded on a fresh installation.
 */

import type { Agency } from "@dondoc/domain";
import { AgencyDirectory, SeedDirectory } from "@dondoc/domain";
import type { Kysely, Selectable } from "kysely";

import type { AgencyTable, Database } from "../db/schema.js";
import { fold } from "./text.js";

type AgencyRow = Selectable<AgencyTable>;

export const toAgency = (row: AgencyRow, groups: readonly string[]): Agency.Agency => ({
  id: row.id,
  name: row.name,
  shortNames: row.short_names,
  aliases: row.aliases,
  parentId: row.parent_id,
  kind: row.kind as Agency.Agency["kind"],
  groups: [...groups],
  validFrom: row.valid_from,
  validTo: row.valid_to,
  successorId: row.successor_id,
});

export const searchKey = (a: Pick<Agency.Agency, "name" | "shortNames" | "aliases" | "id">): string =>
  fold([a.id, a.name, ...a.shortNames, ...a.aliases].join(" | "));

/** Loads the whole directory (a few hundred rows for a province). */
export const load = async (db: Kysely<Database>): Promise<AgencyDirectory.AgencyDirectory> => {
  const rows = await db.selectFrom("agencies").selectAll().orderBy("id").execute();
  const members = await db.selectFrom("agency_group_members").selectAll().execute();
  const groupsOf = new Map<string, string[]>();
  for (const m of members) groupsOf.set(m.agency_id, [...(groupsOf.get(m.agency_id) ?? []), m.group_id]);
  const groups = await db.selectFrom("agency_groups").selectAll().orderBy("id").execute();
  return AgencyDirectory.make(
    rows.map((r) => toAgency(r, groupsOf.get(r.id) ?? [])),
    groups.map((g) => ({
      id: g.id,
      name: g.name,
      phrases: g.phrases,
      ownerId: g.owner_id,
      includes: g.includes,
    })),
  );
};

/** Inserts agencies and groups (parents before children), used for the seed directory. */
export const insertAll = async (
  db: Kysely<Database>,
  agencies: ReadonlyArray<Agency.Agency>,
  groups: ReadonlyArray<Agency.AgencyGroup>,
): Promise<void> => {
  // One statement per table (a first start writes the whole seed directory: one round trip each).
  if (groups.length > 0)
    await db
      .insertInto("agency_groups")
      .values(
        groups.map((g) => ({
          id: g.id,
          name: g.name,
          phrases: JSON.stringify(g.phrases),
          owner_id: g.ownerId,
          includes: JSON.stringify(g.includes),
        })),
      )
      .execute();
  // Parents and successors are references: insert without them, then set them.
  if (agencies.length > 0)
    await db
      .insertInto("agencies")
      .values(
        agencies.map((a) => ({
          id: a.id,
          name: a.name,
          short_names: JSON.stringify(a.shortNames),
          aliases: JSON.stringify(a.aliases),
          kind: a.kind,
          valid_from: a.validFrom,
          valid_to: a.validTo,
          search_text: searchKey(a),
        })),
      )
      .execute();
  for (const a of agencies) {
    if (a.parentId !== null || a.successorId !== null) {
      await db
        .updateTable("agencies")
        .set({ parent_id: a.parentId, successor_id: a.successorId })
        .where("id", "=", a.id)
        .execute();
    }
  }
  const members = agencies.flatMap((a) => a.groups.map((g) => ({ group_id: g, agency_id: a.id })));
  if (members.length > 0) await db.insertInto("agency_group_members").values(members).execute();
};

export const seed = (db: Kysely<Database>): Promise<void> =>
  insertAll(db, SeedDirectory.agencies, SeedDirectory.groups);
