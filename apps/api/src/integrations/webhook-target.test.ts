import { describe, expect, it } from "vitest";

import type { Resolve } from "./webhook-target.js";
import * as WebhookTarget from "./webhook-target.js";

const none = WebhookTarget.policyOf([]);
/** A resolver that knows a few names and fails on the rest, so no test asks real DNS. */
const fake: Resolve = async (host) => {
  const table: Record<string, readonly string[]> = {
    "public.example": ["93.184.215.14"],
    "rebind.example": ["93.184.215.14", "127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "v6.example": ["2606:4700::1111"],
    "ioffice.local": ["10.1.2.3"],
  };
  const found = table[host];
  if (found === undefined) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return found;
};

describe("WebhookTarget.check", () => {
  it.each([
    "http://127.0.0.1/",
    "http://127.0.0.1:8080/hooks",
    "http://127.255.255.254/",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://0/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://017700000001/",
    "http://127.1/",
    "http://[::1]/",
    "http://[::]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[fc00::1]/",
    "http://[fd12:3456::1]/",
    "http://[fe80::1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::]/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://api.localhost/",
    "http://metadata.example/",
    "http://rebind.example/",
  ])("refuses %s", async (url) => {
    expect((await WebhookTarget.check(url, none, fake)).kind).toBe("refused");
  });

  it.each([
    ["http://93.184.215.14/hooks", "93.184.215.14"],
    ["https://public.example/hooks", "93.184.215.14"],
    ["https://v6.example/", "2606:4700::1111"],
    ["http://[2606:4700::1111]:8443/", "2606:4700::1111"],
  ])("allows the public target %s, at %s", async (url, address) => {
    expect(await WebhookTarget.check(url, none, fake)).toMatchObject({ kind: "allowed", address });
  });

  it("says a name that does not resolve is unresolved, not refused", async () => {
    expect((await WebhookTarget.check("https://nowhere.example/", none, fake)).kind).toBe("unresolved");
  });

  it("refuses schemes other than http and https", async () => {
    expect((await WebhookTarget.check("file:///etc/passwd", none, fake)).kind).toBe("refused");
  });

  it("allows listed private hosts by name, address or range, and nothing else", async () => {
    const byName = WebhookTarget.policyOf(["IOffice.local."]);
    expect(await WebhookTarget.check("http://ioffice.local/h", byName, fake)).toMatchObject({
      kind: "allowed",
      address: "10.1.2.3",
    });
    expect((await WebhookTarget.check("http://10.1.2.3/h", byName, fake)).kind).toBe("refused");
    const byAddress = WebhookTarget.policyOf(["127.0.0.1", "::1"]);
    expect((await WebhookTarget.check("http://127.0.0.1:9/", byAddress, fake)).kind).toBe("allowed");
    expect((await WebhookTarget.check("http://[::1]:9/", byAddress, fake)).kind).toBe("allowed");
    expect((await WebhookTarget.check("http://[::ffff:127.0.0.1]/", byAddress, fake)).kind).toBe("allowed");
    expect((await WebhookTarget.check("http://127.0.0.2/", byAddress, fake)).kind).toBe("refused");
    expect((await WebhookTarget.check("http://169.254.169.254/", byAddress, fake)).kind).toBe("refused");
    const byRange = WebhookTarget.policyOf(["10.1.0.0/16"]);
    expect((await WebhookTarget.check("http://ioffice.local/", byRange, fake)).kind).toBe("allowed");
    expect((await WebhookTarget.check("http://10.2.0.1/", byRange, fake)).kind).toBe("refused");
  });

  it("names the address and the setting in its refusal", async () => {
    const verdict = await WebhookTarget.check("http://2130706433/", none, fake);
    expect(verdict.kind === "refused" && verdict.detail).toContain("127.0.0.1");
    expect(verdict.kind === "refused" && verdict.detail).toContain("WEBHOOK_ALLOW_PRIVATE_HOSTS");
  });

  it.each([
    ["ioffice.local", true],
    ["10.1.2.3", true],
    ["10.1.0.0/16", true],
    ["::1", true],
    ["fd00::/8", true],
    ["http://x", false],
    ["a b", false],
  ])("takes %s as an allow-list entry: %s", (entry, ok) => {
    expect(WebhookTarget.isAllowEntry(entry)).toBe(ok);
  });
});
