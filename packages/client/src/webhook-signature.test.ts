import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";

import { verifyWebhookSignature } from "./index.js";

/** Signs exactly as the API does (apps/api/src/integrations/signature.ts). */
const sign = (secret: string, body: string, unixSeconds: number): string =>
  `t=${unixSeconds},v1=${createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex")}`;

const secret = "whsec_kiem-thu-chu-ky";
const body = JSON.stringify({
  id: "evt_1",
  type: "task.created",
  occurredAt: "2026-11-25T03:00:00.000Z",
  data: { content: "Rà soát danh mục dịch vụ công" },
});
const t = 1_795_000_000;
const now = new Date(t * 1000 + 30_000);

describe("verifyWebhookSignature", () => {
  it("accepts a signature made as the server makes it", async () => {
    await expect(verifyWebhookSignature(secret, sign(secret, body, t), body, { now })).resolves.toEqual({
      ok: true,
      timestamp: t,
    });
  });

  it("accepts any matching v1 among several (secret rotation)", async () => {
    const header = `${sign("whsec_old", body, t)},${sign(secret, body, t).split(",")[1]}`;
    await expect(verifyWebhookSignature(secret, header, body, { now })).resolves.toMatchObject({ ok: true });
  });

  it("rejects a changed body and a wrong secret", async () => {
    const header = sign(secret, body, t);
    await expect(verifyWebhookSignature(secret, header, `${body} `, { now })).resolves.toEqual({
      ok: false,
      reason: "mismatch",
    });
    await expect(verifyWebhookSignature("whsec_khac", header, body, { now })).resolves.toEqual({
      ok: false,
      reason: "mismatch",
    });
  });

  it("rejects a stale or future timestamp, honouring toleranceSeconds", async () => {
    const header = sign(secret, body, t);
    const later = new Date((t + 301) * 1000);
    await expect(verifyWebhookSignature(secret, header, body, { now: later })).resolves.toEqual({
      ok: false,
      reason: "too-old",
    });
    await expect(
      verifyWebhookSignature(secret, header, body, { now: later, toleranceSeconds: 600 }),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      verifyWebhookSignature(secret, header, body, { now: new Date((t - 301) * 1000) }),
    ).resolves.toEqual({ ok: false, reason: "in-future" });
  });

  it("rejects a missing or unreadable header", async () => {
    for (const header of [null, undefined, "", "v1=abc", "t=abc,v1=00", `t=${t}`]) {
      await expect(verifyWebhookSignature(secret, header, body, { now })).resolves.toEqual({
        ok: false,
        reason: "malformed",
      });
    }
  });
});
