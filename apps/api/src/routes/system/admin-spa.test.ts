import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, describe, expect, it } from "vitest";

import type { AppEnv } from "../../context.js";
import * as AdminSpa from "./admin-spa.js";

const root = mkdtempSync(join(tmpdir(), "dondoc-spa-"));
const script = "console.log('xin chào');".repeat(50);
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>dondoc</title>");
writeFileSync(join(root, "index.html.br"), brotliCompressSync("<!doctype html><title>dondoc</title>"));
writeFileSync(join(root, "assets", "main-abc.js"), script);
writeFileSync(join(root, "assets", "main-abc.js.br"), brotliCompressSync(script));
writeFileSync(join(root, "assets", "main-abc.js.gz"), gzipSync(script));
writeFileSync(join(root, "assets", "only-gzip.css"), "body{}");
writeFileSync(join(root, "assets", "only-gzip.css.gz"), gzipSync("body{}"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const app = new Hono<AppEnv>();
AdminSpa.register(app, root);
const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } });

describe("the admin SPA's static files", () => {
  it("sends the brotli copy the build wrote to a client that takes brotli, with Vary", async () => {
    const res = await get("/assets/main-abc.js", "gzip, deflate, br");
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(script);
  });

  it("falls back to gzip, then to the plain file, as the client's Accept-Encoding says", async () => {
    const gzip = await get("/assets/main-abc.js", "gzip");
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);
    const refused = await get("/assets/main-abc.js", "br;q=0, gzip;q=0");
    expect(refused.headers.get("content-encoding")).toBeNull();
    expect(await refused.text()).toBe(script);
    const none = await get("/assets/main-abc.js");
    expect(none.headers.get("content-encoding")).toBeNull();
    expect(await none.text()).toBe(script);
    const onlyGzip = await get("/assets/only-gzip.css", "br, gzip");
    expect(onlyGzip.headers.get("content-encoding")).toBe("gzip");
  });

  it("answers a client-side route with index.html, compressed, never cached", async () => {
    const res = await get("/tasks/tsk_1", "br");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toContain("<title>dondoc");
  });

  it("leaves the API and the reference to their own routes, and never reads outside its folder", async () => {
    expect((await get("/v1/tasks")).status).toBe(404);
    expect((await get("/docs")).status).toBe(404);
    expect((await get("/..%2f..%2fetc%2fpasswd")).status).not.toBe(200);
  });
});
