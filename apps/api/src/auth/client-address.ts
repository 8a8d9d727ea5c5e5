/**
 * Where a request came from, for the sign-in limiter and the session cookie: the socket's peer
 * address and whether the connection was HTTPS — or, only when `TRUST_PROXY=true` says that a
 * reverse proxy stands in front, the last `X-Forwarded-For` hop and `X-Forwarded-Proto`. Without
 * that setting the forwarded headers are ignored: any client could write them.
 */
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

import type { AppEnv } from "../context.js";

const unknown = "unknown";

const socketAddress = (c: Context<AppEnv>): string => {
  try {
    return getConnInfo(c).remote.address ?? unknown;
  } catch {
    // `app.request()` in tests has no socket.
    return unknown;
  }
};

/** `::ffff:10.0.0.1` is the IPv4 client 10.0.0.1. */
const canonical = (address: string): string => {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  return (mapped?.[1] ?? trimmed).slice(0, 100) || unknown;
};

/** The client's address (the proxy's last `X-Forwarded-For` entry when the proxy is trusted). */
export const of = (c: Context<AppEnv>): string => {
  if (c.get("deps").env.TRUST_PROXY) {
    // The proxy appends the address it saw; entries before it were written by the client.
    const hops = (c.req.header("x-forwarded-for") ?? "").split(",").map((h) => h.trim());
    const last = hops[hops.length - 1];
    if (last !== undefined && last !== "") return canonical(last);
  }
  return canonical(socketAddress(c));
};

/** `true` when the request reached us over HTTPS (or the trusted proxy says it reached it so). */
export const isHttps = (c: Context<AppEnv>): boolean => {
  if (c.get("deps").env.TRUST_PROXY) {
    const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
    if (proto !== undefined && proto !== "") return proto === "https";
  }
  try {
    return new URL(c.req.url).protocol === "https:";
  } catch {
    return false;
  }
};
