/**
 * Tests of `IssuerScope` and of agency matching in the issuer's province with the seed directory.
 */
import { SeedDirectory } from "@dondoc/domain";
import { describe, expect, it } from "vitest";

import * as IssuerScope from "./issuer-scope.js";
import * as Parser from "./parser.js";

const directory = SeedDirectory.directory();

const parse = (text: string) => Parser.parseText(text, { directory });

describe("IssuerScope and agencies matched in the issuer's province", () => {
  it("finds the issuer's province from its header, or from its place", () => {
    const n = parse(
      "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/UBND-KT\nLào Cai, ngày 11 tháng 6 năm 2026\n1. Giao Sở Xây dựng rà soát.",
    );
    expect(IssuerScope.of(directory, n.notice, n.notice.issuedOn)).toEqual({
      localId: "laocai.ubnd",
      provinceId: "laocai.ubnd",
    });
    const q = parse("Số: 5/UBND-KT\nQuảng Trị, ngày 25 tháng 4 năm 2024\n1. Giao Sở Xây dựng rà soát.");
    expect(IssuerScope.of(directory, q.notice, q.notice.issuedOn)?.provinceId).toBe("quangtri.ubnd");
  });

  it("does not take another province's department for the issuer's, and warns", () => {
    const n = parse(
      "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/UBND-KT\nLào Cai, ngày 11 tháng 6 năm 2026\n1. Giao Sở Xây dựng rà soát hồ sơ.",
    );
    const lead = n.directives[0]?.tasks[0]?.lead;
    expect(lead?.name).toBe("Sở Xây dựng");
    expect(lead?.agencyId).toBeNull();
    expect(n.warnings.filter((w) => w.code === "agency-out-of-scope")).toHaveLength(1);
  });

  it("keeps matching the issuer's own agencies, without a warning", () => {
    const n = parse(
      "Số: 5/UBND-KT\nQuảng Trị, ngày 25 tháng 4 năm 2024\n1. Giao UBND huyện Hải Lăng chủ trì rà soát, hoàn thành trước ngày 20/5/2024.",
    );
    expect(n.directives[0]?.tasks[0]?.lead.agencyId).toBe("quangtri.hailang.ubnd");
    expect(n.warnings.map((w) => w.code)).not.toContain("agency-out-of-scope");
  });

  it("matches as before when the directory does not know the issuer", () => {
    const n = parse("1. Giao Sở Xây dựng rà soát.");
    expect(n.directives[0]?.tasks[0]?.lead.agencyId).toBe("brvt.so-xd");
  });

  it("takes the issuer the caller names over the header", () => {
    const n = Parser.parseText("1. Giao UBND huyện Hải Lăng rà soát.", {
      directory,
      issuerId: "quangtri.ubnd",
    });
    expect(n.directives[0]?.tasks[0]?.lead.agencyId).toBe("quangtri.hailang.ubnd");
    const m = Parser.parseText("1. Giao Sở Xây dựng rà soát.", { directory, issuerId: "laocai.ubnd" });
    expect(m.directives[0]?.tasks[0]?.lead.agencyId).toBeNull();
  });
});
