/**
 * Serves the built admin SPA (apps/admin/dist) at `/`, with `index.html` for client-side routes,
 * when that folder exists. Everything, fonts included, comes from this server. The build writes a
 * brotli and a gzip copy beside each text file (`scripts/compress.mjs` of the admin); the client
 * gets the best copy its `Accept-Encoding` takes, so no byte is compressed per request.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { Context, Hono } from "hono";

import type { AppEnv } from "../../context.js";
import * as ContentEncoding from "../../http/content-encoding.js";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".map": "application/json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

const suffix: Record<ContentEncoding.ContentEncoding, string> = { br: ".br", gzip: ".gz", identity: "" };

/** The file, in the best coding the client takes that the build wrote. */
const send = (c: Context, file: string, cacheControl: string) => {
  const wanted = ContentEncoding.preferred(c);
  const encoding: ContentEncoding.ContentEncoding =
    wanted !== "identity" && existsSync(file + suffix[wanted])
      ? wanted
      : wanted === "br" && existsSync(`${file}.gz`)
        ? "gzip"
        : "identity";
  return c.body(readFileSync(file + suffix[encoding]), 200, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": cacheControl,
    ...ContentEncoding.headersOf(encoding),
  });
};

export const register = (app: Hono<AppEnv>, root: string | undefined) => {
  if (root === undefined || !existsSync(join(root, "index.html"))) return;
  const base = normalize(root);
  app.get("*", (c, next) => {
    const path = c.req.path;
    if (path.startsWith("/v1/") || path === "/v1" || path.startsWith("/docs")) return next();
    const file = normalize(join(base, decodeURIComponent(path)));
    const inside = file.startsWith(base + sep);
    if (inside && extname(file) !== "" && existsSync(file)) {
      const immutable = file.includes(`${sep}assets${sep}`);
      return send(c, file, immutable ? "public, max-age=31536000, immutable" : "no-cache");
    }
    if (extname(path) !== "") return next();
    return send(c, join(base, "index.html"), "no-cache");
  });
};
