// Prints the size of what the browser loads first (index.html's scripts and styles, and the
// modules they preload) and of each lazily loaded route chunk, raw and gzip. Fails the build when
// the initial JavaScript exceeds the budget (200 KB gzip, issue 7).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const budgetKb = 200;
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
for (const file of readdirSync(join(dist, "assets"))) {
  if (!/\.(js|css)$/.test(file)) continue;
  const path = join(dist, "assets", file);
  const body = readFileSync(path);
  rows.push({ file: `assets/${file}`, raw: statSync(path).size, gzip: gzipSync(body, { level: 9 }).length });
}
rows.sort((a, b) => b.gzip - a.gzip);
const sum = (list, ext) => list.filter((r) => r.file.endsWith(ext)).reduce((s, r) => s + r.gzip, 0);
const first = rows.filter((r) => initial.has(r.file));
const lazy = rows.filter((r) => !initial.has(r.file));
console.log("\n@dondoc/admin bundle (gzip -9)");
console.log("initial (loaded by index.html):");
for (const r of first)
  console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} KB  ${kb(r.gzip).padStart(7)} KB gzip`);
console.log("lazy route chunks:");
for (const r of lazy)
  console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} KB  ${kb(r.gzip).padStart(7)} KB gzip`);
const initialJs = sum(first, ".js");
console.log(
  `initial JS: ${kb(initialJs)} KB gzip (budget ${budgetKb} KB); initial CSS: ${kb(sum(first, ".css"))} KB gzip`,
);
console.log(
  `all JS: ${kb(sum(rows, ".js"))} KB gzip in ${rows.filter((r) => r.file.endsWith(".js")).length} chunks\n`,
);
if (initialJs > budgetKb * 1024) {
  console.error(`initial JS ${kb(initialJs)} KB gzip exceeds the ${budgetKb} KB budget`);
  process.exit(1);
}
