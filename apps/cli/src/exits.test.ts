/**
 * The CLI's exits as an operator meets them, through the built program (bin/dondoc.js → dist/):
 * `--version`, `--lang` other than vi/en, a missing, empty, binary file or a directory, a port in
 * use — each one line on standard error, never a stack trace, and JSON with a stable code under
 * `--json`. Also checks that `--help` loads no command's dependencies.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { codes } from "./input-error.js";

const bin = join(import.meta.dirname, "..", "bin", "dondoc.js");
const run = (args: string[], input = "") => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", input, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const dir = mkdtempSync(join(tmpdir(), "dondoc-exits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const empty = file("empty.txt", "");
const blank = file("blank.txt", "\uFEFF \n\t\n");
const binary = file(
  "image.png",
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
);
const missing = join(dir, "missing.txt");
const folder = join(dir, "folder");
mkdirSync(folder);

/** One line on stderr, no stack trace. */
const expectOneLine = (err: string) => {
  expect(err.trimEnd().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /u);
};

describe("dondoc --version", () => {
  it.each([["--version"], ["-v"]])("prints the version of the CLI for %s and exits 0", (flag) => {
    const r = run([flag]);
    const manifest = JSON.parse(readFileSync(join(dirname(bin), "..", "package.json"), "utf8"));
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(manifest.version);
  });
});

describe("--lang", () => {
  it.each([["--lang", "fr"], ["--lang=de"], ["--lang", "VI"]])(
    "refuses %s with exit 2 in one line",
    (...lang) => {
      const r = run(["calendar", "2024", ...lang]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expectOneLine(r.err);
      expect(r.err).toContain("dùng vi hoặc en");
    },
  );

  it("says invalid-language in JSON with --json", () => {
    const r = run(["calendar", "2024", "--json", "--lang", "fr"]);
    expect(JSON.parse(r.err)).toEqual({ error: { code: "invalid-language", message: expect.any(String) } });
  });
});

describe("input files", () => {
  it.each([
    ["a missing file", missing, "file-not-found", "Không tìm thấy tệp", "File not found"],
    ["an empty file", empty, "file-empty", "rỗng", "is empty"],
    ["a file of white space", blank, "file-empty", "rỗng", "is empty"],
    ["a binary file", binary, "file-binary", "không phải tệp văn bản", "neither text nor"],
    ["a directory", folder, "file-unreadable", "là một thư mục", "is a directory"],
  ])("refuses %s: exit 1, one line in Vietnamese or English, a stable code", (_, path, code, vi, en) => {
    const r = run(["parse", path]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expectOneLine(r.err);
    expect(r.err).toMatch(/^dondoc: /u);
    expect(r.err).toContain(vi);
    expect(run(["parse", path, "--lang", "en"]).err).toContain(en);
    const json = run(["parse", path, "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.err)).toEqual({ error: { code, message: expect.stringContaining(vi) } });
  });

  it("refuses an empty standard input, naming it", () => {
    const r = run(["parse", "-", "--json"], " \n");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err)).toEqual({
      error: { code: "file-empty", message: "Tệp “đầu vào chuẩn” rỗng: không có gì để đọc." },
    });
  });

  it("writes a report with nothing on stderr when it is not a terminal (no progress bar)", () => {
    const input = file(
      "export.json",
      JSON.stringify({
        agencies: [{ id: "stc", name: "Sở Tài chính" }],
        notices: [{ id: "n1", code: "1/TB-UBND", issuedOn: "2024-05-06" }],
        tasks: [
          {
            id: "t1",
            noticeId: "n1",
            action: "Rà soát",
            lead: { id: "stc", name: "Sở Tài chính" },
            assignedOn: "2024-05-06",
            currentDueOn: "2024-05-15",
            lifecycle: "open",
          },
        ],
      }),
    );
    const out = join(dir, "report.json");
    const r = run(["report", "--input", input, "--period", "2024-05", "--at", "2024-06-05", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).periodic.totals.total).toBe(1);
  });

  it.each([
    ["a missing", missing, "file-not-found"],
    ["an empty", empty, "file-empty"],
    ["a binary", binary, "file-binary"],
    ["a malformed", file("bad.json", "{ not json"), "invalid-file"],
  ])("refuses %s report input with exit 1 and one line", (_, path, code) => {
    const r = run(["report", "--input", path, "--period", "2024-05"]);
    expect(r.code).toBe(1);
    expectOneLine(r.err);
    expect(r.err).not.toContain("undefined");
    const json = run(["report", "--input", path, "--period", "2024-05", "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.err)).toEqual({ error: { code, message: expect.any(String) } });
  });
});

describe("usage errors", () => {
  it("are JSON on stderr with --json, without the help text", () => {
    const r = run(["parse", missing, "--json", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(JSON.parse(r.err)).toEqual({ error: { code: "usage", message: "unknown option '--bogus'" } });
  });

  it("use only codes from the closed list", () => {
    for (const args of [
      ["parse", missing, "--json"],
      ["deadline", "xin chào", "--from", "2024-01-05", "--json"],
    ]) {
      expect(codes).toContain(JSON.parse(run(args).err).error.code);
    }
  });
});

describe("dondoc serve", () => {
  let blocker: Server | undefined;
  afterAll(() => blocker?.close());

  it("says in one line that the port is in use, before opening a database", async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker?.listen(0, "127.0.0.1", () => {
        const address = blocker?.address();
        resolve(typeof address === "object" && address !== null ? address.port : 0);
      }),
    );
    const data = join(dir, "data");
    const r = spawnSync(process.execPath, [bin, "serve", "--port", String(port), "--data", data], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain(`Cổng ${port} trên 127.0.0.1 đang được dùng`);
    const json = spawnSync(process.execPath, [bin, "serve", "--port", String(port), "--json"], {
      encoding: "utf8",
    });
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stderr).error.code).toBe("port-in-use");
  });

  it("names the server and its reason in one line when PostgreSQL cannot be reached", () => {
    const url = "postgres://postgres@127.0.0.1:1/dondoc";
    // A key, so the start gets as far as connecting.
    const env = { ...process.env, DONDOC_SECRET_KEY: Buffer.alloc(32, 7).toString("base64") };
    const r = spawnSync(process.execPath, [bin, "serve", "--port", "0", "--database-url", url], {
      encoding: "utf8",
      timeout: 60_000,
      env,
    });
    expect(r.status).toBe(1);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain("Không kết nối được PostgreSQL tại 127.0.0.1:1/dondoc, người dùng postgres");
    expect(r.stderr).toContain("ECONNREFUSED");
    const json = spawnSync(process.execPath, [bin, "serve", "--port", "0", "--database-url", url, "--json"], {
      encoding: "utf8",
      timeout: 60_000,
      env,
    });
    expect(JSON.parse(json.stderr).error.code).toBe("database-unreachable");
  });

  it("says in one line that PostgreSQL needs DONDOC_SECRET_KEY, before connecting", () => {
    const { DONDOC_SECRET_KEY: _, ...env } = process.env;
    const args = [
      "serve",
      "--port",
      "0",
      "--data",
      join(dir, "pg-data"),
      "--database-url",
      "postgres://u@127.0.0.1:1/x",
    ];
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000, env });
    expect(r.status).toBe(1);
    expectOneLine(r.stderr);
    expect(r.stderr).toContain("DONDOC_SECRET_KEY");
    const json = spawnSync(process.execPath, [bin, ...args, "--json"], {
      encoding: "utf8",
      timeout: 60_000,
      env,
    });
    expect(JSON.parse(json.stderr).error.code).toBe("secret-key");
  });
});

describe("dondoc --help", () => {
  /** Packages imported as values (not `import type`, not `import()`) by `file` and what it imports. */
  const eagerPackages = (file: string, seen = new Set<string>()): string[] => {
    if (seen.has(file)) return [];
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gmu)].map(
      (m) => m[1] ?? "",
    );
    return specifiers.flatMap((s) =>
      s.startsWith(".") ? eagerPackages(join(dirname(file), s.replace(/\.js$/u, ".ts")), seen) : [s],
    );
  };

  it("loads neither the libraries nor effect: commands import them when they run", () => {
    const loaded = eagerPackages(join(import.meta.dirname, "program.ts"));
    expect(loaded).toContain("commander");
    expect(loaded.filter((s) => s.startsWith("@dondoc/") || s.startsWith("effect"))).toEqual([]);
  });

  it("prints the commands and exits 0", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /parse[\s\S]*deadline[\s\S]*calendar[\s\S]*report[\s\S]*serve[\s\S]*admin[\s\S]*audit/u,
    );
  });
});
