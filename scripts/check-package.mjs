// Packs the package in the current directory exactly as it would be published (pnpm applies
// publishConfig and rewrites `workspace:` / `catalog:` ranges), then checks the tarball:
// publint and @arethetypeswrong/cli (ESM only), every sourcemap points at a source that ships,
// the LICENSE ships, and no workspace-only range is left in the manifest.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

const out = mkdtempSync(join(tmpdir(), "dondoc-pack-"));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

/** Every file under `dir`, as paths relative to it. */
const walk = (dir, base = dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );

/** Problems of the unpacked package in `root`: missing sources, LICENSE, workspace ranges. */
const problemsOf = (root) => {
  const problems = [];
  const files = walk(root);
  if (!files.includes("LICENSE")) problems.push("LICENSE is not in the tarball");
  for (const map of files.filter((f) => f.endsWith(".map"))) {
    const { sources = [], sourceRoot = "" } = JSON.parse(readFileSync(join(root, map), "utf8"));
    for (const source of sources) {
      const target = resolve(root, dirname(map), sourceRoot, source);
      if (!existsSync(target))
        problems.push(`${map} points at ${relative(root, target)}, which does not ship`);
    }
  }
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|catalog):/u.test(range)) problems.push(`${field}.${name} is still "${range}"`);
      if (field === "peerDependencies" && /^\d/u.test(range)) {
        problems.push(`peerDependencies.${name} is pinned to "${range}": give a range`);
      }
      if (name.startsWith("@dondoc/") && /^\d/u.test(range)) {
        problems.push(`${field}.${name} is pinned to "${range}": publish a range (workspace:^)`);
      }
    }
  }
  for (const field of ["license", "repository", "engines"]) {
    if (manifest[field] === undefined) problems.push(`package.json has no "${field}"`);
  }
  return problems;
};

try {
  run("pnpm", ["pack", "--pack-destination", out]);
  const tarball = join(out, readdirSync(out).find((f) => f.endsWith(".tgz")) ?? "");
  run("pnpm", ["exec", "publint", "run", tarball, "--strict"]);
  run("pnpm", ["exec", "attw", tarball, "--profile", "esm-only"]);
  const unpacked = join(out, "unpacked");
  mkdirSync(unpacked);
  run("tar", ["-xzf", tarball, "-C", unpacked]);
  const problems = problemsOf(join(unpacked, "package"));
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`check-package: ${p}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write("check-package: sourcemaps, LICENSE and dependency ranges OK\n");
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
