/**
 * The security headers of every response: Hono's `secureHeaders` defaults (HSTS, nosniff, frame
 * and referrer policies, COOP/CORP…) with this server's Content-Security-Policy (everything from
 * this origin; Scalar and Mantine inject style elements at run time).
 *
 * They are set before the handler runs, into the headers Hono gives the response it creates,
 * rather than after it as `secureHeaders` does: changing a finished response makes the Node
 * adapter rebuild it as a full web Response, which cost more than the rest of a small request.
 * Every response must therefore be made by Hono (`c.json`, `c.body`, `c.newResponse`…), never a
 * bare `new Response` — the test of every kind of response checks it.
 */
import type { MiddlewareHandler } from "hono";

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export const headers: ReadonlyArray<readonly [string, string]> = [
  ["content-security-policy", contentSecurityPolicy],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "same-origin"],
  ["origin-agent-cluster", "?1"],
  ["referrer-policy", "no-referrer"],
  ["strict-transport-security", "max-age=15552000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
  ["x-dns-prefetch-control", "off"],
  ["x-download-options", "noopen"],
  ["x-frame-options", "SAMEORIGIN"],
  ["x-permitted-cross-domain-policies", "none"],
  ["x-xss-protection", "0"],
];

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of headers) c.header(name, value);
  await next();
};
