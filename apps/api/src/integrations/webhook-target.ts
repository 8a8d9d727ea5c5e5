/**
 * WebhookTarget — where a webhook may be delivered, the guard against server-side request forgery.
 * A subscription's URL must lead to a public address: loopback, private, link-local (cloud metadata
 * at 169.254.169.254), unique-local, carrier-grade NAT, unspecified (`0.0.0.0`), multicast and every
 * other special range are refused — IPv4-mapped IPv6 and numeric forms (`http://2130706433/`,
 * `http://0x7f.1/`) included, since the URL parser has already made them dotted quads. Names are
 * judged by every address they resolve to; `localhost` and `*.localhost` are loopback without asking
 * DNS (RFC 6761). The administrator may allow listed private hosts (`WEBHOOK_ALLOW_PRIVATE_HOSTS`)
 * for an on-premises receiver. Delivery connects to the address this check returned, so a name
 * cannot resolve to another address between the check and the connection (DNS rebinding).
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** The private hosts an administrator allows: names, and addresses or ranges. */
export interface Policy {
  readonly names: ReadonlySet<string>;
  readonly ranges: readonly (readonly [Address, number])[];
}

/** Resolves a host name to its addresses. */
export type Resolve = (host: string) => Promise<readonly string[]>;

export type Verdict =
  /** Deliver to `address` (with `host` as the Host header and TLS name). */
  | { readonly kind: "allowed"; readonly host: string; readonly address: string }
  /** The target is not public and not allowed; `detail` says why (Vietnamese / English). */
  | { readonly kind: "refused"; readonly detail: string }
  /** The name did not resolve (a network failure: try again later). */
  | { readonly kind: "unresolved"; readonly detail: string };

/** The operating system's resolver (`/etc/hosts`, then DNS), every address of the name. */
export const systemResolve: Resolve = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** `resolve`, giving up after `ms` (then the name counts as unresolved), so no caller hangs on DNS. */
export const withTimeout =
  (resolve: Resolve, ms: number): Resolve =>
  (host) =>
    Promise.race([
      resolve(host),
      new Promise<never>((_, reject) => {
        setTimeout(() => reject(Object.assign(new Error("timeout"), { code: "ETIMEOUT" })), ms).unref();
      }),
    ]);

const normalHost = (host: string): string =>
  host
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "")
    .toLowerCase();

/** Whether `entry` may stand in the allow-list: an address, a range (CIDR) or a host name. */
export const isAllowEntry = (entry: string): boolean =>
  ipaddr.isValid(entry) ||
  ipaddr.isValidCIDR(entry) ||
  /^(?=.{1,253}\.?$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.?$/i.test(
    entry,
  );

/** The policy of an allow-list such as `["ioffice.local", "10.1.2.3", "10.9.0.0/16"]`. */
export const policyOf = (allow: readonly string[] = []): Policy => {
  const names = new Set<string>();
  const ranges: (readonly [Address, number])[] = [];
  for (const entry of allow) {
    if (ipaddr.isValidCIDR(entry)) {
      const [base, bits] = ipaddr.parseCIDR(entry);
      ranges.push(
        base.kind() === "ipv6" && (base as ipaddr.IPv6).isIPv4MappedAddress()
          ? [(base as ipaddr.IPv6).toIPv4Address(), Math.max(0, bits - 96)]
          : [base, bits],
      );
    } else if (ipaddr.isValid(entry)) {
      const a = ipaddr.process(entry);
      ranges.push([a, a.kind() === "ipv4" ? 32 : 128]);
    } else {
      names.add(normalHost(entry));
    }
  }
  return { names, ranges };
};

const isListed = (policy: Policy, address: Address): boolean =>
  policy.ranges.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits));

/** Why `address` may not be a target, or null when it may. */
const refusal = (policy: Policy, text: string): string | null => {
  if (!ipaddr.isValid(text)) return `địa chỉ không đọc được ${text} / unreadable address ${text}`;
  const address = ipaddr.process(text);
  const range = address.range();
  if (range === "unicast" || isListed(policy, address)) return null;
  return `${address.toString()} là địa chỉ nội bộ hoặc đặc biệt (${range}) / ${address.toString()} is not a public address (${range})`;
};

/**
 * Judges `url` under `policy`: allowed with the address to connect to, refused with the reason, or
 * unresolved when its name has no address now.
 */
export const check = async (
  url: string | URL,
  policy: Policy,
  resolve: Resolve = systemResolve,
): Promise<Verdict> => {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return { kind: "refused", detail: "URL không hợp lệ / invalid URL" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { kind: "refused", detail: "chỉ nhận http/https / only http and https" };
  }
  const host = normalHost(parsed.hostname);
  let addresses: readonly string[];
  if (isIP(host) !== 0) addresses = [host];
  else if (host === "localhost" || host.endsWith(".localhost")) addresses = ["127.0.0.1", "::1"];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return {
        kind: "unresolved",
        detail: `không phân giải được ${host} (${code}) / ${host} does not resolve (${code})`,
      };
    }
    if (addresses.length === 0) {
      return { kind: "unresolved", detail: `không phân giải được ${host} / ${host} does not resolve` };
    }
  }
  const [listed = ""] = addresses;
  // Connect to an IPv4-mapped address as the IPv4 address it is.
  const first = ipaddr.isValid(listed) ? ipaddr.process(listed).toString() : listed;
  if (policy.names.has(host)) return { kind: "allowed", host, address: first };
  for (const address of addresses) {
    const why = refusal(policy, address);
    if (why !== null) {
      return {
        kind: "refused",
        detail: `Không gửi webhook tới ${host}: ${why}; quản trị viên có thể cho phép bằng WEBHOOK_ALLOW_PRIVATE_HOSTS / Webhook target ${host} refused: ${why}; an administrator may allow it with WEBHOOK_ALLOW_PRIVATE_HOSTS`,
      };
    }
  }
  return { kind: "allowed", host, address: first };
};
