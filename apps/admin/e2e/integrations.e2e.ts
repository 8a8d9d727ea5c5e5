/**
 * End-to-end: the integrations screens in Debian's Chromium, on the real API (PGlite, temporary
 * data folder) whose outbox worker runs in the same process. An administrator subscribes a webhook
 * to a real HTTP receiver on loopback, imports a generated CSV tracking sheet through the wizard
 * (upload → mapping → dry-run preview → confirm), and the tasks it creates are delivered to the
 * receiver, signed (`X-Dondoc-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`), and listed
 * in the delivery log. Screenshots go to `test-artifacts/`.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server as HttpServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hasChromium, launch, newPage, screenshot, signIn } from "./browser.js";
import { officerAgency, type Server, startServer } from "./server.js";

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let server: Server;
let browser: Browser;
let receiver: HttpServer;
let receiverUrl: string;
const received: Received[] = [];
let secret = "";

/** A tracking sheet as offices keep it: three readable rows, created as three tasks. */
const marker = "kiemthutichhop";
const sheet = [
  "Mã theo dõi,Số/ký hiệu văn bản,Ngày,Nội dung,Đơn vị chủ trì,Phối hợp,Thời hạn,Tình trạng",
  `E2E-1,45/TB-UBND,05/03/2030,Rà soát danh mục dịch vụ công ${marker} một,${officerAgency},,30/06/2030,Đang thực hiện`,
  `E2E-2,45/TB-UBND,05/03/2030,Báo cáo kết quả chuyển đổi số ${marker} hai,${officerAgency},,31/07/2030,Chưa thực hiện`,
  `E2E-3,46/TB-UBND,06/03/2030,Tổng hợp ý kiến góp ý ${marker} ba,${officerAgency},,29/08/2030,`,
].join("\n");

/** An API call as the administrator (cookie + CSRF token). */
async function asAdmin(path: string): Promise<Record<string, unknown>> {
  const login = await fetch(`${server.url}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(server.users.admin),
  });
  expect(login.ok).toBe(true);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The server's signature scheme, recomputed independently. */
function signatureValid(header: string | undefined, body: string): boolean {
  const parts = new Map((header ?? "").split(",").map((p) => p.trim().split("=") as [string, string]));
  const t = Number(parts.get("t"));
  const v1 = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${t}.${body}`).digest("hex"));
  const given = Buffer.from(v1);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe.skipIf(!hasChromium)("dondoc integrations in Chromium", () => {
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        if (request.method === "POST") {
          received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        }
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/dondoc`;
    server = await startServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((done) => receiver?.close(done));
  });

  it("subscribes a webhook to a receiver on loopback and shows its signing secret once", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.admin);
    await page.getByRole("link", { name: "Tích hợp" }).click();
    await page.getByRole("heading", { name: "Tích hợp" }).waitFor();
    await page.getByRole("tab", { name: "Webhook" }).click();
    await page.getByText("Chưa có webhook nào.").waitFor();
    // task.created is among the default event types.
    await page.getByRole("textbox", { name: "Địa chỉ nhận" }).fill(receiverUrl);
    await page.getByLabel("Ghi chú").fill("Bên nhận kiểm thử");
    await page.getByRole("button", { name: "Thêm webhook" }).click();
    const shown = page.getByRole("alert").filter({ hasText: "Khoá ký" }).locator("code");
    secret = ((await shown.textContent()) ?? "").trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByText(receiverUrl).waitFor();
    await screenshot(page, "20-integrations-webhooks");
    await page.context().close();
  });

  it("imports a CSV tracking sheet through the wizard: preview, confirm, tasks created", async () => {
    const page = await newPage(browser);
    await signIn(page, server.url, server.users.admin);
    await page.goto(`${server.url}/integrations`);
    await page.getByRole("tab", { name: "Nhập bảng tính" }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: "bang-theo-doi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(sheet, "utf8"),
    });
    // An administrator names the issuing body whose office follows the imported tasks up.
    const issuer = page.getByRole("combobox", { name: /Cơ quan ban hành/ });
    await issuer.fill("Ủy ban nhân dân tỉnh Bà Rịa");
    await page.getByRole("option", { name: /^Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu/ }).click();
    // Map two columns by hand; the rest are guessed from the usual headers.
    await page.getByRole("textbox", { name: "Mã theo dõi", exact: true }).fill("Mã theo dõi");
    await page.getByRole("textbox", { name: "Thời hạn", exact: true }).fill("Thời hạn");
    await screenshot(page, "21-import-mapping");
    const [uploaded] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/v1/imports") && r.request().method() === "POST"),
      page.getByRole("button", { name: "Xem trước" }).click(),
    ]);
    const jobId = ((await uploaded.json()) as { id: string }).id;
    // The dry run: what would be created, nothing written yet.
    await page.getByText("3 dòng: 3 tạo mới, 0 cập nhật, 0 không đổi, 0 dòng lỗi").waitFor();
    const changes = page.getByRole("table", { name: "Sẽ tạo hoặc thay đổi" });
    await expect(changes.getByRole("row").count()).resolves.toBe(4);
    await changes.getByText("E2E-3").waitFor();
    await screenshot(page, "22-import-preview");
    const before = (await asAdmin(`/v1/tasks?q=${marker}`)) as { items: unknown[] };
    expect(before.items).toHaveLength(0);

    await page.getByRole("button", { name: "Xác nhận nhập" }).click();
    await page.getByText(/Đã nhập: 3 nhiệm vụ mới, 0 cập nhật/).waitFor();
    await screenshot(page, "23-import-applied");

    const job = (await asAdmin(`/v1/imports/${jobId}`)) as {
      status: string;
      report: { applied: { created: number; updated: number } | null };
    };
    expect(job.status).toBe("applied");
    expect(job.report.applied).toMatchObject({ created: 3, updated: 0 });
    const after = (await asAdmin(`/v1/tasks?q=${marker}`)) as { items: unknown[] };
    expect(after.items).toHaveLength(3);
    await page.context().close();
  });

  it("delivers the new tasks to the receiver, signed, and lists them in the delivery log", async () => {
    const created = await until("three signed task.created deliveries", () => {
      const hits = received.filter((r) => r.headers["x-dondoc-event"] === "task.created");
      return hits.length >= 3 ? hits : undefined;
    });
    for (const hit of created) {
      expect(signatureValid(hit.headers["x-dondoc-signature"] as string | undefined, hit.body)).toBe(true);
      expect(JSON.parse(hit.body)).toMatchObject({ type: "task.created" });
    }
    // A changed body or another secret does not verify.
    const first = created[0] as Received;
    expect(signatureValid(first.headers["x-dondoc-signature"] as string, `${first.body} `)).toBe(false);

    const page = await newPage(browser);
    await signIn(page, server.url, server.users.admin);
    await page.goto(`${server.url}/integrations`);
    await page.getByRole("tab", { name: "Webhook" }).click();
    await page.getByText(receiverUrl).waitFor();
    await page.getByRole("button", { name: "Nhật ký gửi" }).click();
    const log = page.getByRole("table", { name: "Nhật ký gửi" });
    await expect
      .poll(async () => log.getByRole("row").filter({ hasText: "Đã nhận" }).count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(3);
    await log.getByText("task.created").first().waitFor();
    await screenshot(page, "24-webhook-deliveries");
    await page.context().close();
  });
});
