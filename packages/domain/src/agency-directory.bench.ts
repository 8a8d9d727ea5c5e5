import { bench, describe } from "vitest";

import * as AgencyDirectory from "./agency-directory.js";
import * as SeedDirectory from "./seed-directory.js";

// The agency mentions of the two seed notices, as the parser meets them.
const mentions = [
  "Sở Thông tin và Truyền thông",
  "Văn phòng UBND tỉnh",
  "Sở Kế hoạch và Đầu tư",
  "Các sở, ban, ngành, địa phương",
  "phòng Văn hóa và Thông tin",
  "Văn phòng HĐND và UBND Thành phố",
  "Văn phòng Thành ủy",
  "UBND các phường xã có liên quan",
  "Công an Thành phố",
  "Trưởng phòng Văn hoá và Thông tin",
  "các đơn vị chủ đầu tư dự án thành phần",
  "Sở TT&TT",
];
const dir = SeedDirectory.directory();

describe("AgencyDirectory", () => {
  bench("match (12 seed mentions per iteration)", () => {
    for (const m of mentions) AgencyDirectory.match(dir, m, "2025-06-01");
  });
  bench("make (index the seed directory)", () => {
    AgencyDirectory.make(SeedDirectory.agencies, SeedDirectory.groups);
  });
});
