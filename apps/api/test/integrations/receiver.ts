/**
 * A webhook receiver on loopback for tests: records every request (headers and raw body) and
 * answers with whatever `respond` says; can be closed and reopened on the same port to play a
 * receiver that is down for a while.
 */
import type { IncomingHttpHeaders, Server } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  /** Status to answer for the n-th request (0-based) of an event id. */
  respond: (eventId: string, n: number) => number;
  readonly down: () => Promise<void>;
  readonly up: () => Promise<void>;
  readonly close: () => Promise<void>;
}

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });

export const start = async (): Promise<Receiver> => {
  const seen = new Map<string, number>();
  const make = () =>
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const eventId = String(req.headers["x-dondoc-event-id"] ?? "");
        const n = seen.get(eventId) ?? 0;
        seen.set(eventId, n + 1);
        const status = receiver.respond(eventId, n);
        if (status >= 200 && status < 300) receiver.received.push({ headers: req.headers, body });
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(status < 300 ? "ok" : "nope");
      });
    });
  let server = make();
  const port = await listen(server, 0);
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hooks`,
    received: [],
    respond: () => 200,
    down: stop,
    up: async () => {
      server = make();
      await listen(server, port);
    },
    close: stop,
  };
  return receiver;
};

/** The request's headers as one string each, as `Webhook.verify` of standardwebhooks takes them. */
export const headersOf = (r: Received): Record<string, string> =>
  Object.fromEntries(
    Object.entries(r.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)]),
  );

/** Polls `check` until it holds (or fails after `ms`), running `step` between polls. */
export const until = async (
  check: () => boolean | Promise<boolean>,
  step: () => Promise<unknown>,
  ms = 20_000,
): Promise<void> => {
  const end = Date.now() + ms;
  for (;;) {
    await step();
    if (await check()) return;
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
};
