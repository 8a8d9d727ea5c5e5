import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";

import * as SecretBox from "./secret-box.js";

describe("SecretBox", () => {
  const box = SecretBox.make(randomBytes(32));

  it("seals a secret so that the stored text does not contain it, and opens it again", () => {
    const sealed = box.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whk_1");
    expect(sealed).toMatch(/^enc:v1:/);
    expect(sealed).not.toContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    expect(box.open(sealed, "whk_1")).toBe("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  });

  it("seals the same secret differently each time", () => {
    expect(box.seal("s", "whk_1")).not.toBe(box.seal("s", "whk_1"));
  });

  it("refuses to open under another key, for another row, tampered with, or in clear", () => {
    const sealed = box.seal("s3cret", "whk_1");
    expect(() => SecretBox.make(randomBytes(32)).open(sealed, "whk_1")).toThrow(SecretBox.SecretUnreadable);
    expect(() => box.open(sealed, "whk_2")).toThrow(SecretBox.SecretUnreadable);
    const [head = "", body = ""] = sealed.split(".");
    const bytes = Buffer.from(body, "base64url");
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(() => box.open(`${head}.${bytes.toString("base64url")}`, "whk_1")).toThrow(
      SecretBox.SecretUnreadable,
    );
    expect(() => box.open("s3cret", "whk_1")).toThrow(SecretBox.SecretUnreadable);
  });

  it("needs a 32-byte key", () => {
    expect(() => SecretBox.make(randomBytes(16))).toThrow(RangeError);
  });
});
