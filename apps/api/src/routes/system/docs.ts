/**
 * The API reference at `/docs`: Scalar's standalone bundle served from this server's own
 * node_modules copy, never from a CDN (government networks are often closed), with its web fonts off.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Hono } from "hono";

import type { AppEnv } from "../../context.js";

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

let bundle: string | undefined;
const scalarBundle = (): string => {
  if (bundle === undefined) {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("@scalar/api-reference");
    const path = entry.replace(/dist[\\/].*$/, "dist/browser/standalone.js");
    bundle = readFileSync(path, "utf8");
  }
  return bundle;
};

export const register = (app: Hono<AppEnv>) => {
  app.get("/docs", (c) => c.html(page));
  app.get("/docs/init.js", (c) => c.body(init, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.get("/docs/scalar.js", (c) =>
    c.body(scalarBundle(), 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
    }),
  );
};
