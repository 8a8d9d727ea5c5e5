import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

import { InputError } from "../input-error.js";
import { main } from "../program.js";
import { run } from "./report-run.js";

const dir = mkdtempSync(join(tmpdir(), "dondoc-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exportFile = join(dir, "export.json");
writeFileSync(
  exportFile,
  JSON.stringify({
    agencies: [
      { id: "stc", name: "Sở Tài chính" },
      { id: "sxd", name: "Sở Xây dựng" },
    ],
    notices: [{ id: "n12", code: "12/TB-UBND", issuedOn: "2024-05-06" }],
    tasks: [
      {
        id: "t1",
        noticeId: "n12",
        action: "Tham mưu phân bổ vốn",
        lead: { id: "stc", name: "Sở Tài chính" },
        assignedOn: "2024-05-06",
        originalDueOn: "2024-05-10",
        currentDueOn: "2024-05-20",
        extended: true,
        lifecycle: "done",
        completedOn: "2024-05-17",
      },
      {
        id: "t2",
        noticeId: "n12",
        action: "Rà soát chi thường xuyên",
        lead: { id: "stc", name: "Sở Tài chính" },
        assignedOn: "2024-05-06",
        currentDueOn: "2024-05-15",
        lifecycle: "open",
      },
    ],
    document: {
      issuer: "Ủy ban nhân dân tỉnh Quảng Trị",
      place: "Quảng Trị",
      signer: { authority: ["KT. CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH", name: "Hoàng Nam" },
    },
  }),
);

const base = {
  input: exportFile,
  period: "2024-05",
  scope: "all",
  at: "2024-06-05",
  cutOff: "calendar",
  chart: true,
};

describe("dondoc report", () => {
  it("writes a DOCX, reading the document details from the export", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const out = join(dir, "bc.docx");
    const line = await run({ ...base, out }, "vi");
    expect(line).toBe(
      `Đã ghi báo cáo tháng 05 năm 2024 vào ${out}: 2 nhiệm vụ, 1 chưa hoàn thành quá hạn; tỷ lệ hoàn thành 50,00%, tỷ lệ hoàn thành đúng hạn 50,00%.`,
    );
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("infers XLSX from the file name and writes CSV with a BOM", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    await run({ ...base, out: join(dir, "bc.xlsx") }, "vi");
    expect(readFileSync(join(dir, "bc.xlsx")).subarray(0, 2).toString()).toBe("PK");
    await run({ ...base, out: join(dir, "bc.csv"), csvSection: "overdue" }, "en");
    const csv = readFileSync(join(dir, "bc.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain("Rà soát chi thường xuyên");
  });

  it("prints JSON to standard output", async () => {
    const chunks: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => {
      chunks.push(typeof c === "string" ? c : new TextDecoder().decode(c));
      return true;
    });
    await run({ ...base, format: "json" }, "vi");
    expect(JSON.parse(chunks.join("")).periodic.totals.total).toBe(2);
  });

  it("lists the agencies that lead a task in the report, and every agency of the export with --all-agencies", async () => {
    const rowsOf = async (allAgencies: boolean) => {
      const chunks: string[] = [];
      const spy = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => {
        chunks.push(typeof c === "string" ? c : new TextDecoder().decode(c));
        return true;
      });
      await run({ ...base, format: "json", allAgencies }, "vi");
      spy.mockRestore();
      return JSON.parse(chunks.join("")).periodic.rows.map((r: { agency: { id: string } }) => r.agency.id);
    };
    expect(await rowsOf(false)).toEqual(["stc"]);
    expect(await rowsOf(true)).toEqual(["stc", "sxd"]);
  });

  it("is registered as `dondoc report` and exits 0, or 1 on bad input", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const out = join(dir, "main.json");
    const args = [
      "node",
      "dondoc",
      "report",
      "--input",
      exportFile,
      "--at",
      "2024-06-05",
      "--cut-off",
      "calendar",
    ];
    expect(await main([...args, "--period", "2024-05", "--out", out])).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).format).toBe("dondoc-report");
    expect(await main([...args, "--period", "2024-5"])).toBe(1);
    expect(String(stderr.mock.calls.at(-1)?.[0])).toContain("Kỳ báo cáo “2024-5” không hợp lệ");
  });

  it.each([
    [{ period: "2024-13" }, "Kỳ báo cáo “2024-13” không hợp lệ"],
    [{ scope: "agency:xyz" }, "Không tìm thấy cơ quan có mã “xyz”"],
    [{ format: "pdf", out: join(dir, "x.pdf") }, "Định dạng “pdf” không hỗ trợ"],
    [{ format: "docx" }, "cần --out"],
    [{ input: join(dir, "missing.json") }, "Không tìm thấy tệp"],
  ])("refuses bad input %j with a Vietnamese message", async (patch, message) => {
    const error = await run({ ...base, ...patch }, "vi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(message);
  });
});
