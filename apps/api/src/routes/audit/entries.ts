/** A page of audit rows as the API shows them: names resolved for the page at once, edits diffed. */
import type { Kysely } from "kysely";

import type { Database } from "../../db/schema.js";
import * as Changes from "./changes.js";
import * as Names from "./names.js";
import { auditView } from "./schema.js";

type Row = Parameters<typeof auditView>[0];

export const views = async (db: Kysely<Database>, rows: readonly Row[]) => {
  const actors = await Names.actors(db, rows);
  const subjects = await Names.subjects(db, rows);
  return rows.map((r) =>
    auditView(r, {
      actor: actors.get(r.actor),
      subject: subjects.get(`${r.entity}:${r.entity_id}`),
      changes: Changes.of(r.before, r.after),
    }),
  );
};
