// `pnpm release` — checks every package's `engines` against its dependencies' (check-engines.mjs),
// builds the published packages (packages/*), checks each packed tarball
// (publint, attw, sourcemaps, LICENSE, dependency ranges: scripts/check-package.mjs) and publishes
// the versions that are not on the registry yet with `changeset publish`.
//
// `pnpm release:dry-run` does the same checks and ends with `pnpm publish --dry-run`, which packs
// and lists every tarball without uploading anything (CI runs it; it needs no registry token).
//
// Versions come from `changeset version` (run by a maintainer and committed before releasing):
// a real release refuses to start while changesets are pending.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const isDryRun = process.argv.includes("--dry-run");
const root = join(import.meta.dirname, "..");
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: "inherit", cwd: root });
  } catch (e) {
    process.stderr.write(`release: \`${cmd} ${args.join(" ")}\` failed; nothing was published.\n`);
    process.exit(typeof e.status === "number" && e.status > 0 ? e.status : 1);
  }
};

const pending = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
if (pending.length > 0 && !isDryRun) {
  process.stderr.write(
    `release: ${pending.length} changeset(s) pending — run \`pnpm changeset version\`, review and commit the bumped versions and CHANGELOGs first.\n`,
  );
  process.exit(1);
}

// Every package promises no more Node versions than its dependencies accept.
run("node", ["scripts/check-engines.mjs"]);

// Build + pack + check every published package (turbo's `publint` task depends on `build`).
run("pnpm", ["exec", "turbo", "run", "publint", "--filter=./packages/*", "--output-logs=errors-only"]);

if (isDryRun) {
  run("pnpm", [
    "--recursive",
    "--filter=./packages/*",
    "publish",
    "--dry-run",
    "--no-git-checks",
    "--access",
    "public",
  ]);
  process.stdout.write(
    `release: dry run done${pending.length > 0 ? ` (${pending.length} changesets pending: versions are not bumped yet)` : ""}.\n`,
  );
} else {
  run("pnpm", ["exec", "changeset", "publish"]);
}
