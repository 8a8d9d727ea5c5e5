/**
 * WebhookRequest — one POST of a webhook to the address `WebhookTarget.check` approved. The socket
 * goes to that address (the URL's host is sent as `Host` and, for https, as the TLS server name the
 * certificate must match), so a second DNS answer cannot move the request elsewhere. Redirects are
 * never followed: a 3xx is an answer like any other non-2xx. The response body is not read.
 */
import type { IncomingMessage } from "node:http";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";

export interface Request {
  readonly url: URL;
  /** The checked address to connect to. */
  readonly address: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly timeoutMs: number;
}

/** Sends `req`; resolves with the response status, rejects on a network error or the timeout. */
export const send = (req: Request): Promise<number> =>
  new Promise((resolve, reject) => {
    const isHttps = req.url.protocol === "https:";
    const host = req.url.hostname.replace(/^\[(.*)\]$/, "$1");
    const body = Buffer.from(req.body, "utf8");
    const options = {
      host: req.address,
      port: req.url.port === "" ? (isHttps ? 443 : 80) : Number(req.url.port),
      path: `${req.url.pathname}${req.url.search}`,
      method: "POST",
      headers: { ...req.headers, host: req.url.host, "content-length": String(body.length) },
      signal: AbortSignal.timeout(req.timeoutMs),
      // A TLS server name is a host name, never an address.
      ...(isHttps && isIP(host) === 0 ? { servername: host } : {}),
    };
    const onResponse = (res: IncomingMessage) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    };
    const outgoing = isHttps ? httpsRequest(options, onResponse) : httpRequest(options, onResponse);
    outgoing.on("error", reject);
    outgoing.end(body);
  });
