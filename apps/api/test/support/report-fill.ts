/**
 * Writes a `ReportData` export (as `@dondoc/reporting`'s test generator makes it) into the
 * database as published notices with their directives and tasks, so reports can be made over
 * HTTP on generated data (tests, the report bench). Ids are kept, prefixed with `prefix`.
 */
import type { ReportData } from "@dondoc/reporting";
import type { Kysely } from "kysely";

import type { Database } from "../../src/db/schema.js";

const BATCH = 1_000;

const inBatches = async <T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> => {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
};

export const fill = async (
  db: Kysely<Database>,
  data: ReportData.ReportDataInput,
  prefix = "",
): Promise<void> => {
  const id = (x: string) => `${prefix}${x}`;
  await inBatches(data.agencies ?? [], (b) =>
    db
      .insertInto("agencies")
      .values(b.map((a) => ({ id: id(a.id), name: a.name, kind: "department", search_text: "" })))
      .execute(),
  );
  await inBatches(data.resolutions ?? [], (b) =>
    db
      .insertInto("resolutions")
      .values(
        b.map((r) => ({
          id: id(r.id),
          code: r.code,
          title: r.title ?? "",
          issuer: r.issuer ?? "",
          issued_on: r.issuedOn ?? null,
        })),
      )
      .execute(),
  );
  await inBatches(data.notices ?? [], (b) =>
    db
      .insertInto("notices")
      .values(
        b.map((n) => {
          const [number = "", symbol = ""] = n.code.split("/", 2);
          return {
            id: id(n.id),
            number,
            symbol,
            subject: n.title ?? "",
            issued_on: n.issuedOn,
            source_text: "",
            lifecycle: "published",
            published_at: new Date(`${n.issuedOn}T09:00:00+07:00`),
          };
        }),
      )
      .execute(),
  );
  const tasks = data.tasks ?? [];
  const directives = new Map<
    string,
    { id: string; notice_id: string; path: string; position: number; text: string; informational: boolean }
  >();
  for (const t of tasks) {
    const path = t.directivePath ?? "";
    const key = `${t.noticeId}#${path}`;
    if (!directives.has(key))
      directives.set(key, {
        id: id(`d_${t.noticeId}_${path}`),
        notice_id: id(t.noticeId),
        path,
        position: directives.size,
        text: t.action,
        informational: false,
      });
  }
  await inBatches([...directives.values()], (b) => db.insertInto("directives").values(b).execute());
  await inBatches(tasks, (b) =>
    db
      .insertInto("tasks")
      .values(
        b.map((t) => ({
          id: id(t.id),
          notice_id: id(t.noticeId),
          directive_id: directives.get(`${t.noticeId}#${t.directivePath ?? ""}`)?.id ?? null,
          lead_agency_id: id(t.lead.id),
          lead_name: t.lead.name,
          action: t.action,
          original_due_on: t.originalDueOn ?? null,
          due_on: t.currentDueOn ?? null,
          lifecycle: t.lifecycle,
          completed_on: t.completedOn ?? null,
          resolution_id: t.resolutionIds?.[0] === undefined ? null : id(t.resolutionIds[0]),
        })),
      )
      .execute(),
  );
};
