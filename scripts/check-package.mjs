// Packs the package in the current directory exactly as it would be published (pnpm applies
// publishConfig) and checks the tarball with publint and @arethetypeswrong/cli (ESM only).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = mkdtempSync(join(tmpdir(), "dondoc-pack-"));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
try {
  run("pnpm", ["pack", "--pack-destination", out]);
  const tarball = join(out, readdirSync(out).find((f) => f.endsWith(".tgz")) ?? "");
  run("pnpm", ["exec", "publint", "run", tarball, "--strict"]);
  run("pnpm", ["exec", "attw", tarball, "--profile", "esm-only"]);
} finally {
  rmSync(out, { recursive: true, force: true });
}
