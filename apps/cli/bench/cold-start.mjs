/**
 * `node apps/cli/bench/cold-start.mjs [runs]` (after `pnpm build`): how long the built CLI takes
 * to answer, as an operator meets it —
 * - `dondoc serve --data <new empty folder>` until `GET /healthz` answers 200 (polled every 25 ms),
 *   with the server's CPU time (user + system, from /proc) at that moment;
 * - `dondoc --help` to exit, and bare `node -e 0` beside it, each with its CPU time.
 * Prints each run and the median. Goals (issue 18): serve < 4 s, --help < 0.3 s on a quiet machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const runs = Number(process.argv[2] ?? 5);
const bin = join(import.meta.dirname, "..", "bin", "dondoc.js");
const tick = 100; // clock ticks per second of /proc/<pid>/stat

const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / tick;
};

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const serveOnce = async () => {
  const data = mkdtempSync(join(tmpdir(), "dondoc-cold-"));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "serve", "--data", data, "--port", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  try {
    for (;;) {
      if (exited) throw new Error(`dondoc serve exited: ${stderr}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) {
          const wall = (performance.now() - started) / 1000;
          return { wall, cpu: cpuOf(child.pid), password: /Mật khẩu dùng một lần:\s+(\S+)/.test(stderr) };
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    if (!exited) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await gone;
    }
    rmSync(data, { recursive: true, force: true });
  }
};

const probe = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\ncpu "+((u.userCPUTime+u.systemCPUTime)/1e6)+"\\n")})`;
const timed = (args) => {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--import", probe, ...args], { encoding: "utf8" });
  const wall = (performance.now() - started) / 1000;
  const cpu = Number(/\ncpu (\S+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { wall, cpu };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x) => x.toFixed(2);

console.log(`load average at start: ${loadavg().map(f).join(" ")}`);
const serves = [];
for (let i = 0; i < runs; i++) {
  const r = await serveOnce();
  serves.push(r);
  console.log(
    `serve, fresh folder: ${f(r.wall)} s to /healthz (CPU ${f(r.cpu)} s)${r.password ? "" : " — no password printed!"}`,
  );
}
const helps = [];
const bares = [];
for (let i = 0; i < runs * 3; i++) {
  helps.push(timed([bin, "--help"]));
  bares.push(timed(["-e", "0"]));
}
console.log(
  `serve median: ${f(median(serves.map((r) => r.wall)))} s (CPU ${f(median(serves.map((r) => r.cpu)))} s)`,
);
console.log(
  `--help median of ${helps.length}: ${f(median(helps.map((r) => r.wall)))} s (CPU ${f(median(helps.map((r) => r.cpu)))} s); bare node: ${f(median(bares.map((r) => r.wall)))} s (CPU ${f(median(bares.map((r) => r.cpu)))} s)`,
);
console.log(`load average at end: ${loadavg().map(f).join(" ")}`);
