/**
 * `pnpm --filter @dondoc/cli bench` — `dondoc report` on a synthetic export of 50,000 tasks (the
 * seeded generator of @dondoc/reporting's tests: 60 agencies, 6,250 notices, 34,166 tasks in May
 * 2024), once per format, through the built CLI as an operator runs it. Prints wall time, CPU time
 * and peak RSS per format against the goals (< 5 s, < 400 MB); figures go to BENCHMARKS.md.
 * Also times `dondoc --help`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { generate } from "../../../packages/reporting/src/test-support/generate.js";
import { meta } from "../../../packages/reporting/src/test-support/meta.js";

const TASKS = Number(process.env.TASKS ?? 50_000);
const bin = join(import.meta.dirname, "..", "bin", "dondoc.js");
const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-"));
const input = join(dir, "export.json");
writeFileSync(input, JSON.stringify({ ...generate(TASKS), document: meta }));

// The child reports its own CPU time and peak RSS when it exits.
const probe = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nbench "+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1e6,rss:u.maxRSS*1024})+"\\n")})`;

const run = (args: string[]) => {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--import", probe, bin, ...args], { encoding: "utf8" });
  const wall = (performance.now() - started) / 1000;
  const line = r.stderr.split("\n").find((l) => l.startsWith("bench "));
  const { cpu, rss } = JSON.parse(line?.slice("bench ".length) ?? '{"cpu":0,"rss":0}') as {
    cpu: number;
    rss: number;
  };
  if (r.status !== 0) throw new Error(`dondoc ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu, rss };
};

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
console.log(
  `dondoc report, ${TASKS.toLocaleString("en")} tasks (${mb(statSync(input).size)} of JSON), load ${(await import("node:os")).loadavg()[0]?.toFixed(1)}`,
);
// On a shared machine the wall time follows the load; the CPU time is what the run itself costs.
console.log("format | wall | CPU | peak RSS | output | wall < 5 s | CPU < 5 s and RSS < 400 MB");
try {
  for (const format of ["json", "csv", "docx", "xlsx"]) {
    const out = join(dir, `report.${format}`);
    const r = run([
      "report",
      "--input",
      input,
      "--period",
      "2024-05",
      "--at",
      "2024-06-05",
      "--cut-off",
      "calendar",
      "--out",
      out,
    ]);
    const yes = (ok: boolean) => (ok ? "yes" : "no");
    const size = mb(statSync(out).size);
    console.log(
      `${format} | ${r.wall.toFixed(2)} s | ${r.cpu.toFixed(2)} s | ${mb(r.rss)} | ${size} | ${yes(r.wall < 5)} | ${yes(r.cpu < 5 && r.rss < 400 * 1e6)}`,
    );
  }
  const help = Array.from({ length: 9 }, () => run(["--help"]).wall).sort((a, b) => a - b)[4] ?? 0;
  console.log(`dondoc --help: ${help.toFixed(3)} s (median of 9)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
