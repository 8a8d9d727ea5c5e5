import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Caller, Reply } from "../client.js";
import { signIn } from "../client.js";
import type { TestServer } from "../harness.js";
import { engines, startServer } from "../harness.js";
import * as Sheets from "./sheets.js";

const good = [
  [
    "15/TB-UBND",
    "05/02/2024",
    "Xây dựng đề án chính quyền số",
    "Sở Thông tin và Truyền thông",
    "Sở Tài chính; Sở Nội vụ",
    "29/03/2024",
    "Đang thực hiện",
    "A-1",
  ],
  [
    "15/TB-UBND",
    "05/02/2024",
    "Bố trí vốn đầu tư công năm 2024",
    "Sở Tài chính",
    "",
    "15/04/2024",
    "",
    "A-2",
  ],
  ["16/TB-UBND", "2024-02-20", "Rà soát thủ tục hành chính", "brvt.so-tp", "", "", "Chưa hoàn thành", "A-3"],
];
const bad = [
  ["15/TB-UBND", "05/02/2024", "Nhiệm vụ có hạn sai", "Sở Tài chính", "", "31/02/2024", "", "B-1"],
  ["15/TB-UBND", "05/02/2024", "Nhiệm vụ của cơ quan lạ", "Sở Không Tồn Tại", "", "01/04/2024", "", "B-2"],
  ["15/TB-UBND", "05/02/2024", "", "Sở Tài chính", "", "01/04/2024", "", "B-3"],
  ["15/TB-UBND", "05/02/2024", "Trùng mã với dòng 2", "Sở Tài chính", "", "01/04/2024", "", "A-1"],
  ["15/TB-UBND", "05/02/2024", "Tình trạng lạ", "Sở Tài chính", "", "01/04/2024", "Chờ phép màu", "B-5"],
];

describe.each(engines)("spreadsheet import on %s", (engine) => {
  let server: TestServer;
  let secretariat: Caller;

  const upload = async (
    bytes: string | Uint8Array,
    name: string,
    fields: Record<string, string> = {},
    as: Caller = secretariat,
  ) => {
    const form = new FormData();
    form.set("file", new File([bytes], name));
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return as.request("POST", "/v1/imports", { body: form });
  };

  const settle = async (id: string, as: Caller = secretariat): Promise<Reply> => {
    for (let i = 0; i < 600; i++) {
      const res = await as.request("GET", `/v1/imports/${id}`);
      if (!["parsing", "applying"].includes(res.body.status)) return res;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("import did not settle");
  };

  const previewOf = async (
    bytes: string | Uint8Array,
    name: string,
    fields: Record<string, string> = {},
    as: Caller = secretariat,
  ) => {
    const created = await upload(bytes, name, fields, as);
    expect(created.status).toBe(202);
    return settle(created.body.id, as);
  };

  const applyJob = async (job: Reply) => {
    const res = await secretariat.request("POST", `/v1/imports/${job.body.id}/apply`, {
      ifMatch: job.headers.get("etag") ?? "",
    });
    expect(res.status).toBe(202);
    return settle(job.body.id);
  };

  const taskCount = async () => {
    const r = await server.deps.db.kysely
      .selectFrom("tasks")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };

  beforeAll(async () => {
    server = await startServer(engine);
    secretariat = await signIn(server.url, server.deps.db.kysely, "secretariat");
  });
  afterAll(() => server.dispose());

  it("previews a CSV sheet: what would be created, and each unreadable row with its number and reason", async () => {
    const before = await taskCount();
    const job = await previewOf(Sheets.csv([...good, ...bad]), "theo-doi.csv");
    expect(job.body.status).toBe("previewed");
    expect(job.body.processed).toBe(8);
    const report = job.body.report;
    expect(report).toMatchObject({ total: 8, create: 3, update: 0, unchanged: 0, errorCount: 5 });
    expect(report.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [5, "Thời hạn"],
      [6, "Đơn vị chủ trì"],
      [7, "Nội dung"],
      [8, "Mã"],
      [9, "Tình trạng"],
    ]);
    expect(report.errors[0].reason).toContain("31/02/2024");
    expect(report.errors[3].reason).toContain("dòng 2");
    expect(await taskCount()).toBe(before);
  });

  it("imports the readable rows in one go, under their documents", async () => {
    const job = await previewOf(Sheets.csv([...good, ...bad]), "theo-doi.csv");
    const done = await applyJob(job);
    expect(done.body.status).toBe("applied");
    expect(done.body.report.applied).toEqual({ created: 3, updated: 0, noticesCreated: 2 });
    const found = await secretariat.request("GET", `/v1/tasks?q=${encodeURIComponent("chinh quyen so")}`);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({
      leadAgencyId: "brvt.so-tttt",
      dueOn: "2024-03-29",
      lifecycle: "open",
    });
    expect(found.body.items[0].coordinators.map((c: { name: string }) => c.name)).toEqual([
      "Sở Tài chính",
      "Sở Nội vụ",
    ]);
    const again = await secretariat.request("POST", `/v1/imports/${job.body.id}/apply`, { ifMatch: '"2"' });
    expect(again.status).toBe(409);
  });

  it("changes nothing when the same sheet is imported again", async () => {
    const before = await taskCount();
    const job = await previewOf(Sheets.csv(good), "theo-doi.csv");
    expect(job.body.report).toMatchObject({ create: 0, update: 0, unchanged: 3, errorCount: 0 });
    const done = await applyJob(job);
    expect(done.body.report.applied).toEqual({ created: 0, updated: 0, noticesCreated: 0 });
    expect(await taskCount()).toBe(before);
  });

  it("keeps another issuer's tasks out of an office's import, and has an administrator name the issuer", async () => {
    const city = await signIn(server.url, server.deps.db.kysely, "secretariat", "vt.ubnd");
    const job = await previewOf(Sheets.csv(good), "theo-doi.csv", {}, city);
    expect(job.body.issuerAgencyId).toBe("vt.ubnd");
    expect(job.body.report).toMatchObject({ create: 0, update: 0, unchanged: 0, errorCount: 3 });
    expect(job.body.report.errors[0].reason).toContain("cơ quan ban hành khác");
    const province = (await secretariat.request("GET", "/v1/imports")).body.items;
    expect((await city.request("GET", `/v1/imports/${province[0].id}`)).status).toBe(404);
    expect((await city.request("GET", "/v1/imports")).body.items.map((j: { id: string }) => j.id)).toEqual([
      job.body.id,
    ]);
    const admin = await signIn(server.url, server.deps.db.kysely, "admin");
    const unnamed = await upload(Sheets.csv(good), "theo-doi.csv", { source: "quan-tri" }, admin);
    expect([unnamed.status, unnamed.body.errors?.[0]?.path]).toEqual([400, "form.issuerAgencyId"]);
    const named = await previewOf(
      Sheets.csv(good),
      "theo-doi.csv",
      { source: "quan-tri", issuerAgencyId: "vt.ubnd" },
      admin,
    );
    expect(named.body.report).toMatchObject({ create: 3, errorCount: 0 });
  });

  it("shows and applies the changes of an edited sheet, by external id", async () => {
    const edited = good.map((r) => [...r]);
    (edited[0] as string[])[5] = "15/04/2024";
    (edited[1] as string[])[6] = "Đã hoàn thành";
    (edited[1] as string[])[8] = "28/02/2024";
    const job = await previewOf(Sheets.csv(edited), "theo-doi-sua.csv");
    expect(job.body.report).toMatchObject({ create: 0, update: 2, unchanged: 1 });
    expect(job.body.report.changes[0].changes).toEqual([
      { field: "dueOn", from: "2024-03-29", to: "2024-04-15" },
    ]);
    await applyJob(job);
    const tasks = await server.deps.db.kysely
      .selectFrom("task_external_ids as x")
      .innerJoin("tasks", "tasks.id", "x.task_id")
      .select(["x.external_id", "tasks.due_on", "tasks.lifecycle", "tasks.completed_on"])
      .where("x.external_id", "in", ["A-1", "A-2"])
      .orderBy("x.external_id")
      .execute();
    expect(tasks).toEqual([
      { external_id: "A-1", due_on: "2024-04-15", lifecycle: "open", completed_on: null },
      { external_id: "A-2", due_on: "2024-04-15", lifecycle: "done", completed_on: "2024-02-28" },
    ]);
    const done = await server.deps.db.kysely
      .selectFrom("outbox_events")
      .select("type")
      .where("type", "=", "task.done")
      .execute();
    expect(done).toHaveLength(1);
  });

  it("refuses a done row without its completion date, or completed before its document or after today", async () => {
    const rows = [
      [
        "17/TB-UBND",
        "05/02/2024",
        "Xong mà không ghi ngày",
        "Sở Tài chính",
        "",
        "29/03/2024",
        "Đã hoàn thành",
        "C-1",
        "",
      ],
      [
        "17/TB-UBND",
        "05/02/2024",
        "Xong trước khi giao",
        "Sở Tài chính",
        "",
        "29/03/2024",
        "Đã hoàn thành",
        "C-2",
        "01/01/2024",
      ],
      [
        "17/TB-UBND",
        "05/02/2024",
        "Xong trong tương lai",
        "Sở Tài chính",
        "",
        "29/03/2024",
        "Đã hoàn thành",
        "C-3",
        "15/03/2024",
      ],
      [
        "17/TB-UBND",
        "05/02/2024",
        "Xong đúng hạn",
        "Sở Tài chính",
        "",
        "29/03/2024",
        "Đã hoàn thành",
        "C-4",
        "20/02/2024",
      ],
    ];
    const job = await previewOf(Sheets.csv(rows), "hoan-thanh.csv");
    expect(job.body.report).toMatchObject({ create: 1, errorCount: 3 });
    const errors = job.body.report.errors as { row: number; column: string; reason: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Ngày hoàn thành"],
      [3, "Ngày hoàn thành"],
      [4, "Ngày hoàn thành"],
    ]);
    expect(errors[0]?.reason).toContain("cần ngày hoàn thành");
  });

  it("reads an Excel workbook with its own headers through a column mapping", async () => {
    const bytes = await Sheets.xlsx([
      {
        id: "X-1",
        ref: "20/TB-UBND",
        content: "Lập quy hoạch hạ tầng số",
        lead: "Sở Xây dựng",
        due: new Date("2024-06-28T00:00:00Z"),
      },
      { id: "X-2", ref: "20/TB-UBND", content: "Tổng kết năm", lead: "Sở Tài chính", due: "30/12/2024" },
    ]);
    const mapping = JSON.stringify({
      externalId: "Mã theo dõi",
      documentRef: "Văn bản",
      content: "Trích yếu nhiệm vụ",
      lead: "Cơ quan chủ trì",
      dueOn: "Hạn hoàn thành",
    });
    const job = await previewOf(bytes, "theo-doi.xlsx", { mapping, source: "excel-2024" });
    expect(job.body.report).toMatchObject({ create: 2, errorCount: 0 });
    const done = await applyJob(job);
    expect(done.body.report.applied.created).toBe(2);
    const due = await server.deps.db.kysely
      .selectFrom("task_external_ids as x")
      .innerJoin("tasks", "tasks.id", "x.task_id")
      .select(["x.external_id", "tasks.due_on"])
      .where("x.source", "=", "excel-2024")
      .orderBy("x.external_id")
      .execute();
    expect(due.map((d) => d.due_on)).toEqual(["2024-06-28", "2024-12-30"]);
  });

  it("reports a mapping to a missing column and refuses to apply it", async () => {
    const job = await previewOf(Sheets.csv(good), "theo-doi.csv", {
      mapping: JSON.stringify({ dueOn: "Hạn chót" }),
    });
    expect(job.body.report.mappingProblems[0]).toMatchObject({ field: "dueOn" });
    const res = await secretariat.request("POST", `/v1/imports/${job.body.id}/apply`, {
      ifMatch: job.headers.get("etag") ?? "",
    });
    expect(res.status).toBe(409);
  });

  it("answers 4xx for a missing file, a broken mapping, and fails an unreadable workbook with a reason", async () => {
    const form = new FormData();
    form.set("source", "x");
    expect((await secretariat.request("POST", "/v1/imports", { body: form })).status).toBe(400);
    const broken = await upload(Sheets.csv(good), "a.csv", { mapping: "{not json" });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].path).toBe("form.mapping");
    const unknownField = await upload(Sheets.csv(good), "a.csv", { mapping: JSON.stringify({ nope: "x" }) });
    expect(unknownField.status).toBe(400);
    const junk = await previewOf(new Uint8Array([0x50, 0x4b, 1, 2, 3, 4]), "hong.xlsx");
    expect(junk.body.status).toBe("failed");
    expect(junk.body.error).toContain("Excel");
    const stranger = await signIn(server.url, server.deps.db.kysely, "agency_officer", "brvt.so-tc");
    expect((await stranger.request("GET", "/v1/imports")).status).toBe(403);
  });

  it("reports a job whose process died as failed instead of in progress forever", async () => {
    const created = await upload(Sheets.csv(good), "mat-ket-noi.csv");
    await settle(created.body.id);
    await server.deps.db.kysely
      .updateTable("import_jobs")
      .set({ status: "applying", updated_at: new Date(Date.now() - 3_600_000) })
      .where("id", "=", created.body.id)
      .execute();
    const res = await secretariat.request("GET", `/v1/imports/${created.body.id}`);
    expect(res.body.status).toBe("failed");
    expect(res.body.error).toContain("gián đoạn");
  });

  it("writes nothing at all when one row fails while applying", async () => {
    const before = await taskCount();
    const rows = Sheets.generated(1200).map((r) => [...r]);
    (rows[1100] as string[])[2] = "BOOM";
    const job = await previewOf(Sheets.csv(rows), "lon.csv", { source: "atomic" });
    expect(job.body).toMatchObject({ total: 1200, processed: 1200 });
    expect(job.body.report.create).toBe(1200);
    await sql`alter table tasks add constraint import_test_boom check (action <> 'BOOM')`.execute(
      server.deps.db.kysely,
    );
    try {
      const failed = await applyJob(job);
      expect(failed.body.status).toBe("failed");
      expect(failed.body.error).toContain("không có thay đổi nào được ghi");
    } finally {
      await sql`alter table tasks drop constraint import_test_boom`.execute(server.deps.db.kysely);
    }
    expect(await taskCount()).toBe(before);
    const ids = await server.deps.db.kysely
      .selectFrom("task_external_ids")
      .select("external_id")
      .where("source", "=", "atomic")
      .execute();
    expect(ids).toHaveLength(0);
  });
});
