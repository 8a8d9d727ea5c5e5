// Checks that every workspace package promises no more Node versions than its dependencies accept:
// walks each package's installed production dependencies (dependencies and peerDependencies,
// transitively) and fails when the package's `engines.node` is not a subset of a dependency's.
// Usage: `node scripts/check-engines.mjs` (all workspace packages) or with package directories.
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

import semver from "semver";

const root = join(import.meta.dirname, "..");
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The installed directory of `name` as seen from `from` (Node's node_modules lookup). */
const locate = (name, from) => {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) return null;
  }
};

/** Dependencies whose `engines.node` the package's own range does not fit in. */
const conflictsOf = (packageDir) => {
  const own = readJson(join(packageDir, "package.json"));
  const range = own.engines?.node;
  if (range === undefined) return [`${own.name} declares no engines.node`];
  const conflicts = [];
  const seen = new Set();
  const visit = (dir, path) => {
    const manifest = readJson(join(dir, "package.json"));
    const deps = { ...manifest.dependencies, ...(path.length === 0 ? manifest.peerDependencies : {}) };
    for (const name of Object.keys(deps)) {
      const found = locate(name, dir);
      if (found === null || seen.has(found)) continue;
      seen.add(found);
      const dep = readJson(join(found, "package.json"));
      const wanted = dep.engines?.node;
      const via = [...path, `${dep.name}@${dep.version}`];
      if (wanted !== undefined && semver.validRange(wanted) && !semver.subset(range, wanted)) {
        conflicts.push(`${own.name} promises node "${range}" but ${via.join(" > ")} wants "${wanted}"`);
      }
      visit(found, via);
    }
  };
  visit(realpathSync(packageDir), []);
  return conflicts;
};

const dirs =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ["packages", "apps"].flatMap((group) =>
        readdirSync(join(root, group)).map((name) => join(root, group, name)),
      );
const conflicts = dirs.flatMap(conflictsOf);
for (const c of conflicts) process.stderr.write(`check-engines: ${c}\n`);
if (conflicts.length > 0) process.exitCode = 1;
else process.stdout.write(`check-engines: ${dirs.length} packages promise no more than their dependencies\n`);
