import { describe, expect, it } from "vitest";

import { agencyIdOf } from "./agency-id.js";

describe("agencyIdOf", () => {
  it("takes the parent's prefix and the name without diacritics", () => {
    expect(agencyIdOf("Ban Quản lý dự án khu vực Long Điền", "brvt.ubnd", new Set())).toBe(
      "brvt.ban-quan-ly-du-an-khu-vuc-long-dien",
    );
  });

  it("has no prefix without a parent, and never an empty slug", () => {
    expect(agencyIdOf("Đài Phát thanh", null, new Set())).toBe("dai-phat-thanh");
    expect(agencyIdOf("…", null, new Set())).toBe("co-quan");
  });

  it("avoids the ids already taken", () => {
    const taken = new Set(["brvt.so-cds", "brvt.so-cds-2"]);
    expect(agencyIdOf("Sở CĐS", "brvt.ubnd", taken)).toBe("brvt.so-cds-3");
  });

  it("fits the API's pattern and length", () => {
    const id = agencyIdOf("Ủy ban ".repeat(40), "brvt.ubnd", new Set());
    expect(id).toMatch(/^[a-z0-9][a-z0-9.-]{0,99}$/);
  });
});
