/**
 * Runs the built `dondoc` (bin/dondoc.js → dist/) as a subprocess: output, languages, exit codes.
 * `pnpm test` builds first (turbo `dependsOn: ["^build"]` builds the libraries; the test script
 * builds the CLI itself).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { ParsedNotice } from "@dondoc/domain";
import { describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "bin", "dondoc.js");
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const dir = mkdtempSync(join(tmpdir(), "dondoc-cli-"));
const notice = join(dir, "notice.txt");
writeFileSync(
  notice,
  "Số: 15/TB-UBND\nVũng Tàu, ngày 05 tháng 01 năm 2024\nPhó Chủ tịch kết luận như sau:\n1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, hoàn thành chậm nhất ngày 06/01/2024.\n2. Đề nghị Văn phòng Thành ủy hỗ trợ thực hiện đúng tiến độ.\n",
);

describe("dondoc parse", () => {
  it("prints only the ParsedNotice JSON with --json", () => {
    const r = run(["parse", notice, "--json"]);
    expect(r.code).toBe(0);
    const parsed = ParsedNotice.ParsedNotice.parse(JSON.parse(r.out));
    expect(parsed.notice).toMatchObject({ number: "15", symbol: "TB-UBND", issuedOn: "2024-01-05" });
    expect(parsed.directives.map((d) => d.tasks[0]?.lead.name)).toEqual([
      "Sở Tài chính",
      "Văn phòng Thành ủy",
    ]);
  });

  it("prints a Vietnamese table with dd/MM/yyyy due dates", () => {
    const r = run(["parse", notice]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Chủ trì");
    expect(r.out).toContain("Sở Tài chính");
    expect(r.out).toContain("08/01/2024");
    expect(r.out).toContain("đề nghị");
    expect(r.out).toBe(r.out.normalize("NFC"));
  });

  it("speaks English with --lang en", () => {
    const r = run(["parse", notice, "--lang", "en"]);
    expect(r.out).toContain("Lead");
    expect(r.out).toContain("requested");
  });

  it("reads standard input from -", () => {
    const r = run(["parse", "-", "--json"], "1. Giao Sở Y tế hoàn thành trong tháng 01/2023.");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).directives[0].tasks[0].deadline.dueOn).toBe("2023-01-31");
  });

  it("exits 1 naming the file it cannot read", () => {
    const r = run(["parse", join(dir, "missing.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("missing.txt");
    expect(r.out).toBe("");
  });
});

describe("dondoc deadline", () => {
  it("resolves a phrase and explains it", () => {
    const r = run(["deadline", "trong tháng 01/2023", "--from", "2023-01-18"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("31/01/2023");
  });

  it("prints the rule, due date and derivation as JSON", () => {
    const r = run(["deadline", "chậm nhất ngày 06/01/2024", "--from", "2024-01-05", "--json"]);
    expect(JSON.parse(r.out)).toMatchObject({ kind: "on-date", dueOn: "2024-01-08", rolledForward: true });
  });

  it("keeps a day off with --no-roll", () => {
    const r = run(["deadline", "chậm nhất ngày 06/01/2024", "--from", "2024-01-05", "--no-roll", "--json"]);
    expect(JSON.parse(r.out)).toMatchObject({ dueOn: "2024-01-06", rolledForward: false });
  });

  it("exits 1 on a bad date or a phrase without a deadline", () => {
    expect(run(["deadline", "trong tháng 01/2023", "--from", "18/01/2023"]).code).toBe(1);
    const r = run(["deadline", "xin chào", "--from", "2023-01-18"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("xin chào");
  });

  it("infers a missing year from the notice's date and says so", () => {
    const r = run(["deadline", "trước ngày 15/3", "--from", "2024-01-05", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ kind: "on-date", dueOn: "2024-03-14" });
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain("year-inferred");
  });

  it("prints the hour of a deadline with a time of day", () => {
    const r = run(["deadline", "trước 17 giờ ngày 20/3/2025", "--from", "2025-03-01", "--json"]);
    expect(JSON.parse(r.out)).toMatchObject({ dueOn: "2025-03-20", time: "17:00" });
  });
});

describe("dondoc calendar", () => {
  it("lists the days off and make-up days of a year", () => {
    const r = run(["calendar", "2024"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("2024");
    expect(r.out).toMatch(/\d{2}\/02\/2024/u);
  });

  it("exits 1 on a bad year", () => {
    expect(run(["calendar", "abc"]).code).toBe(1);
  });
});

describe("usage", () => {
  it.each([["--help"], ["parse", "--help"], ["deadline", "--help"], ["calendar", "--help"]])(
    "prints help for %s and exits 0",
    (...args) => {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Usage");
    },
  );

  it("exits 2 on an unknown command, option or a missing argument", () => {
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run(["parse", notice, "--bogus"]).code).toBe(2);
    expect(run(["deadline", "trong tháng 01/2023"]).code).toBe(2);
  });
});
