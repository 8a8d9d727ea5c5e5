import { describe, expect, it } from "vitest";

import * as PasswordPolicy from "./password-policy.js";
import { oneTimePassword } from "./secret.js";

describe("PasswordPolicy.brokenRule", () => {
  it.each([
    ["ngắn quá", "lan.vp", "password-too-short"],
    ["12345678901", "lan.vp", "password-too-short"],
    ["Lan.VP.2024.x", "lan.vp.2024.x", "password-is-username"],
    ["password1234", "lan.vp", "password-too-common"],
    ["QWERTYUIOP123", "lan.vp", "password-too-common"],
    ["mật khẩu mới đủ dài", "lan.vp", null],
  ] as const)("judges %j for %s as %s", (password, username, rule) => {
    expect(PasswordPolicy.brokenRule(password, username)).toBe(rule);
  });

  it("counts characters, not UTF-16 units or bytes", () => {
    expect(PasswordPolicy.brokenRule("đđđđđđđđđđđđ", "x")).toBeNull();
    expect(PasswordPolicy.brokenRule("đđđđđđđđđđđ", "x")).toBe("password-too-short");
  });

  it("accepts every generated one-time password", () => {
    for (let i = 0; i < 200; i++) expect(PasswordPolicy.brokenRule(oneTimePassword(), "admin")).toBeNull();
  });

  it("names the rule in a 400 problem", () => {
    expect(() => PasswordPolicy.check("short", "x")).toThrow(
      expect.objectContaining({ code: "validation-failed", rule: "password-too-short" }),
    );
  });
});
