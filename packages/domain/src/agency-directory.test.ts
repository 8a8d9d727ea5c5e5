import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as Agency from "./agency.js";
import * as AgencyDirectory from "./agency-directory.js";
import * as SeedDirectory from "./seed-directory.js";

const dir = SeedDirectory.directory();

const agencyId = (name: string, on: string | null, options?: AgencyDirectory.MatchOptions): string => {
  const m = AgencyDirectory.match(dir, name, on, options);
  return m.kind === "agency" ? m.agency.id : `<${m.kind}>`;
};

describe("AgencyDirectory.match on the seed directory", () => {
  it.each([
    ["Sở Thông tin và Truyền thông", "2023-01-18", "brvt.so-tttt"],
    ["Sở TT&TT", "2023-01-18", "brvt.so-tttt"],
    ["Văn phòng UBND tỉnh", "2023-01-18", "brvt.vp-ubnd"],
    ["Sở Kế hoạch và Đầu tư", "2023-01-18", "brvt.so-khdt"],
    ["Ban Quản lý các Khu công nghiệp", "2023-01-18", "brvt.bql-kcn"],
    ["UBND thành phố Vũng Tàu", "2023-01-18", "vt.ubnd"],
    ["UBND thành phố Bà Rịa", "2023-01-18", "baria.ubnd"],
    ["Ban Cán sự Đảng UBND tỉnh", "2023-01-18", "brvt.bcs-dang-ubnd"],
    ["Hội đồng nhân dân tỉnh", "2023-01-18", "brvt.hdnd"],
    ["Ban Chấp hành Đảng bộ tỉnh", "2023-01-18", "brvt.tinh-uy"],
    ["phòng Văn hóa và Thông tin", "2024-01-05", "vt.phong-vhtt"],
    ["Trưởng phòng Văn hoá và Thông tin", "2024-01-05", "vt.phong-vhtt"],
    ["Văn phòng HĐND và UBND Thành phố", "2024-01-05", "vt.vp-hdnd-ubnd"],
    ["Văn phòng Thành ủy", "2024-01-05", "vt.vp-thanh-uy"],
    ["Công an Thành phố", "2024-01-05", "vt.cong-an"],
    ["Ban quản lý dự án đầu tư xây dựng 2", "2024-01-05", "vt.bqlda-dtxd-2"],
    ["Ban quản lý dự án đầu tư xây dựng 02", "2024-01-05", "vt.bqlda-dtxd-2"],
    ["Phòng Lao động Thương binh và Xã hội", "2024-01-05", "vt.phong-ldtbxh"],
    ["Phòng Kinh tế", "2024-01-05", "vt.phong-kt"],
    ["Phó Trưởng phòng Nội vụ", "2024-01-05", "vt.phong-nv"],
    ["Phòng Y tế", "2024-01-05", "vt.phong-yt"],
    ["Giáo dục và Đào tạo", "2024-01-05", "vt.phong-gddt"],
    ["Viettel Bà Rịa – Vũng Tàu", "2024-01-05", "viettel.brvt"],
    ["Sở Tài chính tỉnh", "2024-01-05", "brvt.so-tc"],
    ["Giám đốc Sở Công Thương tỉnh Bà Rịa-Vũng Tàu", "2024-01-05", "brvt.so-ct"],
    ["Sở Y tế tỉnh Bà Rịa – Vũng Tàu", "2024-01-05", "brvt.so-yt"],
    ["Ban chỉ đạo Ứng dụng công nghệ thông tin – Chuyển đổi số Thành phố", "2024-01-05", "vt.bcd-cds"],
  ])("finds “%s” on %s: %s", (name, on, id) => {
    expect(agencyId(name, on)).toBe(id);
  });

  it.each([
    ["UBND huyện Triệu Phong", "2024-03-01", "quangtri.trieuphong.ubnd"],
    ["Ủy ban nhân dân huyện Sơn Dương", "2023-06-01", "tuyenquang.sonduong.ubnd"],
    ["Giám đốc Đài Phát thanh - Truyền hình Hậu Giang", "2011-04-06", "haugiang.dai-ptth"],
    ["Ủy ban nhân dân phường Văn Phú", "2026-01-10", "laocai.phuong-van-phu.ubnd"],
    ["Công ty Điện lực Lào Cai", "2026-01-10", "evn.laocai"],
    ["Ban Quản lý dự án đầu tư xây dựng số 1", "2026-01-10", "laocai.bqlda-dtxd-1"],
  ])("finds the corpus body “%s” on %s: %s", (name, on, id) => {
    expect(agencyId(name, on)).toBe(id);
  });

  it("does not know a commune of the two-level government before 01/07/2025", () => {
    expect(agencyId("UBND phường Âu Lâu", "2025-06-30")).toBe("<unknown>");
  });

  it("follows the 2025 mergers to the successor, keeping the chain", () => {
    const m = AgencyDirectory.match(dir, "Sở TT&TT", "2025-03-01");
    expect(m.kind).toBe("agency");
    if (m.kind !== "agency") return;
    expect(m.agency.id).toBe("brvt.so-khcn");
    expect(m.via.map((a) => a.id)).toEqual(["brvt.so-tttt"]);
    expect(agencyId("Sở Kế hoạch và Đầu tư", "2025-03-01")).toBe("brvt.so-tc");
    expect(agencyId("Sở Kế hoạch và Đầu tư", "2025-02-28")).toBe("brvt.so-khdt");
    expect(agencyId("Công an Thành phố", "2025-05-01")).toBe("brvt.cong-an");
  });

  it("follows the province's merger into Hồ Chí Minh City on 01/07/2025, through both steps", () => {
    const m = AgencyDirectory.match(dir, "Sở Kế hoạch và Đầu tư", "2025-07-01");
    expect(m.kind === "agency" && [m.agency.id, m.via.map((a) => a.id)]).toEqual([
      "hcm.so-tc",
      ["brvt.so-khdt", "brvt.so-tc"],
    ]);
    expect(agencyId("Sở Tài chính", "2025-06-30")).toBe("brvt.so-tc");
    expect(agencyId("Công an Thành phố", "2025-07-01")).toBe("hcm.cong-an");
    expect(agencyId("Sở Tài chính Thành phố Hồ Chí Minh", "2023-01-18")).toBe("hcm.so-tc");
    const members = AgencyDirectory.membersOf(dir, SeedDirectory.Groups.provinceSpecialised, "2025-07-01");
    expect(members.every((a) => a.id.startsWith("hcm."))).toBe(true);
    expect(members.map((a) => a.id)).toContain("hcm.vp-ubnd");
  });

  it("does not find an agency before it exists, nor a district body after the district level ended", () => {
    expect(agencyId("Sở Nông nghiệp và Môi trường", "2024-12-31")).toBe("<unknown>");
    expect(agencyId("Sở Nông nghiệp và Môi trường", "2025-03-01")).toBe("brvt.so-nnmt");
    expect(agencyId("Phòng Văn hóa và Thông tin", "2025-07-01")).toBe("<unknown>");
  });

  it("ignores dates when asked for none", () => {
    expect(agencyId("Sở Thông tin và Truyền thông", null)).toBe("brvt.so-tttt");
  });

  it("reports a name two agencies share as ambiguous, and the scope settles it", () => {
    const m = AgencyDirectory.match(dir, "UBND Thành phố", "2024-01-05");
    expect(m.kind).toBe("ambiguous");
    if (m.kind === "ambiguous")
      expect(m.candidates.map((a) => a.id).sort()).toEqual(["baria.ubnd", "vt.ubnd"]);
    expect(agencyId("UBND Thành phố", "2024-01-05", { scopeId: "vt.ubnd" })).toBe("vt.ubnd");
  });

  it("returns the normalised key of an unknown name", () => {
    expect(AgencyDirectory.match(dir, "Sở Ngoại vụ tỉnh Xyz", "2024-01-05")).toEqual({
      kind: "unknown",
      normalized: "so ngoai vu tinh xyz",
    });
    expect(AgencyDirectory.match(dir, "  ", null)).toEqual({ kind: "unknown", normalized: "" });
  });

  it("expands collective phrases into the members valid on the date", () => {
    const m = AgencyDirectory.match(dir, "Các sở, ban, ngành, địa phương", "2023-01-18");
    expect(m.kind).toBe("collective");
    if (m.kind !== "collective") return;
    expect(m.group.id).toBe(SeedDirectory.Groups.provinceDepartmentsAndLocalities);
    const ids = m.members.map((a) => a.id);
    expect(ids).toContain("brvt.so-tttt");
    expect(ids).toContain("brvt.bql-kcn");
    expect(ids).toContain("vt.ubnd");
    expect(ids).toContain("condao.ubnd");
    expect(ids).not.toContain("brvt.so-nnmt");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("replaces merged members by their successor, once", () => {
    const ids = AgencyDirectory.membersOf(dir, SeedDirectory.Groups.provinceDepartments, "2025-04-01").map(
      (a) => a.id,
    );
    expect(ids).not.toContain("brvt.so-tttt");
    expect(ids.filter((id) => id === "brvt.so-khcn")).toHaveLength(1);
    expect(ids.filter((id) => id === "brvt.so-nnmt")).toHaveLength(1);
    expect(ids).toContain("brvt.so-tc");
  });

  it.each([
    ["UBND các phường xã có liên quan", SeedDirectory.Groups.cityWards, 17],
    ["UBND các phường, xã", SeedDirectory.Groups.cityWards, 17],
    ["Các phòng, ban chuyên môn", SeedDirectory.Groups.cityDivisions, 13],
    ["UBND các huyện, thị xã, thành phố", SeedDirectory.Groups.provinceLocalities, 7],
    ["Các CQ chuyên môn thuộc UBND tỉnh", SeedDirectory.Groups.provinceSpecialised, 18],
    ["Thành viên BCD Chuyển đổi số tỉnh", SeedDirectory.Groups.provinceDigitalSteering, 27],
    [
      "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh",
      SeedDirectory.Groups.provinceDepartmentsAndMassOrganisations,
      26,
    ],
  ])("reads “%s” as group %s with %i members in January 2024", (phrase, groupId, count) => {
    const m = AgencyDirectory.match(dir, phrase, "2024-01-05");
    expect(m.kind).toBe("collective");
    if (m.kind !== "collective") return;
    expect(m.group.id).toBe(groupId);
    expect(m.members).toHaveLength(count);
  });

  it.each([
    "các đơn vị liên quan",
    "các cơ quan liên quan",
    "các cơ quan, đơn vị liên quan",
    "các đơn vị, địa phương liên quan",
    "các cơ quan, đơn vị có liên quan",
  ])("knows “%s” as an open collective without fixed members", (phrase) => {
    const m = AgencyDirectory.match(dir, phrase, "2024-01-05");
    expect(m.kind === "collective" && [m.group.id, m.members.length]).toEqual([
      SeedDirectory.Groups.relatedBodies,
      0,
    ]);
  });

  it("has no collective members after the district level ended", () => {
    expect(AgencyDirectory.membersOf(dir, SeedDirectory.Groups.cityWards, "2025-07-01")).toEqual([]);
  });

  it("answers holderOn, successorOn, get, childrenOf and isWithin", () => {
    expect(AgencyDirectory.get(dir, "brvt.so-tc")?.name).toBe("Sở Tài chính");
    expect(AgencyDirectory.get(dir, "nope")).toBeNull();
    expect(AgencyDirectory.successorOn(dir, "brvt.so-tttt", "2025-06-30")?.id).toBe("brvt.so-khcn");
    expect(AgencyDirectory.successorOn(dir, "brvt.so-tttt", "2026-01-01")?.id).toBe("hcm.so-khcn");
    expect(AgencyDirectory.successorOn(dir, "brvt.so-tttt", "2024-01-01")?.id).toBe("brvt.so-tttt");
    expect(AgencyDirectory.successorOn(dir, "nope", "2024-01-01")).toBeNull();
    expect(AgencyDirectory.childrenOf(dir, "vt.ubnd", "2024-01-05").map((a) => a.id)).toContain(
      "vt.phong-vhtt",
    );
    expect(AgencyDirectory.isWithin(dir, "vt.ubnd-phuong-1", "brvt.ubnd")).toBe(true);
    expect(AgencyDirectory.isWithin(dir, "brvt.so-tc", "vt.ubnd")).toBe(false);
  });
});

describe("SeedDirectory covers the seed notices", () => {
  // Every agency or collective the two seed notices name (body, Nơi nhận, signature, attendees).
  const brvt = [
    "Ủy ban nhân dân tỉnh",
    "Chủ tịch UBND tỉnh",
    "Ban Chấp hành Đảng bộ tỉnh",
    "Hội đồng nhân dân tỉnh",
    "Tỉnh ủy",
    "Ban Chỉ đạo chuyển đổi số tỉnh",
    "Ban Chỉ đạo chuyển đổi số tỉnh Bà Rịa-Vũng Tàu",
    "UBND thành phố Vũng Tàu",
    "UBND thành phố Bà Rịa",
    "Sở Thông tin và Truyền thông",
    "Văn phòng UBND tỉnh",
    "Ban Cán sự Đảng UBND tỉnh",
    "Sở Kế hoạch và Đầu tư",
    "Các sở, ban, ngành, địa phương",
    "các sở, ngành, địa phương",
    "Thành viên BCD Chuyển đổi số tỉnh",
    "Các CQ chuyên môn thuộc UBND tỉnh",
    "Ban Quản lý các Khu công nghiệp",
    "UBND các huyện, thị xã, thành phố",
    "CVP UBND tỉnh",
  ];
  const vungTau = [
    "UBND thành phố Vũng Tàu",
    "Phó Chủ tịch UBND thành phố Vũng Tàu",
    "Trưởng phòng Văn hóa và Thông tin",
    "Trưởng phòng Lao động Thương binh và Xã hội",
    "Trưởng phòng Kinh tế",
    "Phó Trưởng phòng Nội vụ",
    "Phó Trưởng phòng Y tế",
    "Phó Chánh Văn phòng HĐND và UBND Thành phố",
    "Phó Trưởng Công an Thành phố",
    "Giáo dục và Đào tạo",
    "Ban quản lý dự án đầu tư xây dựng 02",
    "Viettel Bà Rịa – Vũng Tàu",
    "phòng Văn hóa và Thông tin",
    "Văn phòng HĐND và UBND Thành phố",
    "Văn phòng Thành ủy",
    "các phòng, ban chuyên môn",
    "UBND các phường xã có liên quan",
    "Ban quản lý dự án đầu tư xây dựng 2",
    "Công an Thành phố",
    "Trưởng phòng Văn hoá và Thông tin",
    "Ban chỉ đạo Ứng dụng công nghệ thông tin – Chuyển đổi số Thành phố",
    "Thường trực UBND Thành phố",
    "Trưởng BCĐ CDS-ÚDCNTT",
    "Chủ tịch UBND TPVT",
    "Văn phòng Thành ủy (p/h)",
    "Các phòng, ban chuyên môn",
    "UBND các phường, xã",
  ];
  brvt.push("các đơn vị chủ đầu tư dự án thành phần");
  it.each(brvt.map((n) => [n, "2023-01-18"]).concat(vungTau.map((n) => [n, "2024-01-05"])))(
    "knows “%s” on %s",
    (name, on) => {
      const m = AgencyDirectory.match(dir, name, on);
      expect(["agency", "collective"]).toContain(m.kind);
    },
  );

  it("reads “UBND Thành phố” as Vũng Tàu's committee within the city's scope", () => {
    expect(agencyId("UBND Thành phố", "2024-01-05", { scopeId: "vt.ubnd" })).toBe("vt.ubnd");
  });
});

describe("AgencyDirectory.validate", () => {
  it("accepts the seed directory", () => {
    const r = AgencyDirectory.validate(SeedDirectory.agencies, SeedDirectory.groups);
    if (Result.isFailure(r)) expect.fail(r.failure.message);
  });

  it("reports duplicate ids, dangling references and succession cycles in Vietnamese", () => {
    const a = Agency.make({
      id: "a",
      name: "Sở A",
      kind: "department",
      validTo: "2024-01-01",
      successorId: "b",
    });
    const b = Agency.make({
      id: "b",
      name: "Sở B",
      kind: "department",
      validTo: "2024-01-01",
      successorId: "a",
    });
    const c = Agency.make({ id: "c", name: "Sở C", kind: "department", parentId: "zzz", groups: ["g"] });
    const r = AgencyDirectory.validate([a, b, c, c], []);
    expect(Result.isFailure(r)).toBe(true);
    if (Result.isSuccess(r)) return;
    expect(r.failure._tag).toBe("InvalidDirectory");
    expect(r.failure.message).toContain("trùng");
    expect(r.failure.message).toContain("zzz");
    expect(r.failure.message).toContain("bị lặp");
    expect(r.failure.message).toContain("thuộc nhóm không có: g");
  });
});

describe("AgencyDirectory properties", () => {
  const ids = SeedDirectory.agencies.map((a) => a.id);
  const dates = fc
    .integer({ min: 19_000, max: 21_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

  it("matches every agency by its official name to the agency holding its work on that date", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SeedDirectory.agencies), dates, (agency, on) => {
        const m = AgencyDirectory.match(dir, agency.name, on);
        const holder = AgencyDirectory.successorOn(dir, agency.id, on);
        if (holder === null) expect(m.kind).toBe("unknown");
        else {
          expect(m.kind).toBe("agency");
          if (m.kind === "agency") {
            expect(m.agency.id).toBe(holder.id);
            expect(Agency.isValidOn(m.agency, on)).toBe(true);
          }
        }
      }),
    );
  });

  it("lists only members valid on the date", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SeedDirectory.groups.map((g) => g.id)), dates, (groupId, on) => {
        for (const a of AgencyDirectory.membersOf(dir, groupId, on))
          expect(Agency.isValidOn(a, on)).toBe(true);
      }),
    );
    expect(ids.length).toBeGreaterThan(60);
  });
});
