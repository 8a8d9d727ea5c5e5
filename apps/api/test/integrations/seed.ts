/** Direct database seeding for the scheduler and scale-out tests: a notice, open tasks, users. */
import type { Kysely } from "kysely";

import type { Database, Role } from "../../src/db/schema.js";
import * as Ids from "../../src/services/ids.js";

export const notice = async (db: Kysely<Database>): Promise<string> => {
  const id = Ids.make("ntc");
  await db
    .insertInto("notices")
    .values({
      id,
      number: "7",
      symbol: "TB-UBND",
      issued_on: "2024-02-01",
      source_text: "",
      lifecycle: "published",
    })
    .execute();
  return id;
};

export const task = async (
  db: Kysely<Database>,
  noticeId: string,
  dueOn: string | null,
  leadAgencyId = "brvt.so-tc",
): Promise<string> => {
  const id = Ids.make("tsk");
  await db
    .insertInto("tasks")
    .values({
      id,
      notice_id: noticeId,
      lead_agency_id: leadAgencyId,
      lead_name: leadAgencyId,
      action: `Nhiệm vụ hạn ${dueOn ?? "không"}`,
      due_on: dueOn,
      original_due_on: dueOn,
      lifecycle: "open",
    })
    .execute();
  return id;
};

export const user = async (
  db: Kysely<Database>,
  role: Role,
  agencyId: string | null = null,
): Promise<string> => {
  const id = Ids.make("usr");
  await db
    .insertInto("users")
    .values({
      id,
      username: `${role}-${id.slice(-8)}`,
      display_name: role,
      password_hash: "x",
      role,
      agency_id: agencyId,
    })
    .execute();
  return id;
};
