/**
 * `pnpm bench`: notices parsed per second for seed-sized notices (~5–6 kB) and throughput on a
 * long notice (~1 MB of numbered directives).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { SeedDirectory } from "@dondoc/domain";
import { bench, describe } from "vitest";

import * as Parser from "./parser.js";

const fixtures = join(import.meta.dirname, "..", "test", "corpus", "seeds");
const seeds = ["notice-12-TB-UBND-2023-brvt.txt", "notice-TB-UBND-2024-vungtau.txt"].map((f) =>
  readFileSync(join(fixtures, f), "utf8"),
);
const directory = SeedDirectory.directory();
const item =
  "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, UBND các huyện: Đakrông, Hải Lăng và các đơn vị liên quan rà soát, báo cáo UBND tỉnh trước ngày 15/3/2024; định kỳ hằng quý báo cáo kết quả.\n";
let long = "Số: 1/TB-UBND\nHà Nội, ngày 05 tháng 01 năm 2024\nKết luận như sau:\n";
for (let i = 1; long.length < 1_000_000; i++) long += `${i}. ${item}`;
const longMb = long.length / 1_000_000;

describe("parser", () => {
  bench(`seed-sized notice 12/TB-UBND (${((seeds[0]?.length ?? 0) / 1000).toFixed(1)} kB)`, () => {
    Parser.parseText(seeds[0] ?? "", { directory });
  });
  bench(`seed-sized notice Vũng Tàu (${((seeds[1]?.length ?? 0) / 1000).toFixed(1)} kB)`, () => {
    Parser.parseText(seeds[1] ?? "", { directory });
  });
  bench(
    `long notice (${longMb.toFixed(2)} MB)`,
    () => {
      Parser.parseText(long, { directory });
    },
    { iterations: 5, time: 0 },
  );
});
