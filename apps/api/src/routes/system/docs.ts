/**
 * The API reference at `/docs`: Scalar's standalone bundle served from this server's own
 * node_modules copy, never from a CDN (government networks are often closed), with its web fonts off.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Hono } from "hono";

import type { AppEnv } from "../../context.js";
import * as ContentEncoding from "../../http/content-encoding.js";

const page = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dondoc API — tài liệu tham chiếu</title>
</head>
<body>
<div id="app"></div>
<script src="/docs/scalar.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>`;

const init = `Scalar.createApiReference("#app", {
  url: "/v1/openapi.json",
  withDefaultFonts: false,
  hideClientButton: false,
  telemetry: false,
  proxyUrl: "",
  agent: { disabled: true },
  mcp: { disabled: true }
});`;

type Variants = Record<ContentEncoding.ContentEncoding, Uint8Array<ArrayBuffer>>;

/**
 * The bundle (4.4 MB) in each coding, compressed once, off the event loop, on the first request
 * (about 1 MB in brotli): nothing is spent on it when nobody opens the reference.
 */
let variants: Promise<Variants> | undefined;
const scalarBundle = (): Promise<Variants> => {
  variants ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("@scalar/api-reference");
    const identity = readFileSync(entry.replace(/dist[\\/].*$/, "dist/browser/standalone.js"));
    const [br, gz] = await Promise.all([
      promisify(brotliCompress)(identity, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      }),
      promisify(gzip)(identity, { level: 9 }),
    ]);
    return { identity, br: new Uint8Array(br), gzip: new Uint8Array(gz) };
  })();
  return variants;
};

export const register = (app: Hono<AppEnv>) => {
  app.get("/docs", (c) => c.html(page));
  app.get("/docs/init.js", (c) => c.body(init, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.get("/docs/scalar.js", async (c) => {
    const encoding = ContentEncoding.preferred(c);
    const body = (await scalarBundle())[encoding];
    return c.body(body, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
      ...ContentEncoding.headersOf(encoding),
    });
  });
};
