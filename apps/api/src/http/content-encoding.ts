/**
 * Content coding of static bodies (the admin SPA, the API reference): which of the precompressed
 * variants a client takes, from its `Accept-Encoding` (RFC 9110 §12.5.3). Brotli first, then gzip,
 * then the bytes as they are; a coding with `q=0` is refused, `*` covers the codings not named.
 */
import type { Context } from "hono";
import { accepts } from "hono/accepts";

export type ContentEncoding = "br" | "gzip" | "identity";

/** Variants in the order the server prefers them. */
const preference: readonly ContentEncoding[] = ["br", "gzip"];

export const preferred = (c: Context): ContentEncoding =>
  accepts(c, {
    header: "Accept-Encoding",
    supports: [...preference],
    default: "identity",
    match: (list) => {
      const q = (coding: string) =>
        list.find((a) => a.type.toLowerCase() === coding)?.q ?? list.find((a) => a.type === "*")?.q ?? 0;
      return preference.find((coding) => q(coding) > 0) ?? "identity";
    },
  }) as ContentEncoding;

/** The headers of a body sent in `encoding`; `vary` tells caches the body depends on the request. */
export const headersOf = (encoding: ContentEncoding): Record<string, string> =>
  encoding === "identity"
    ? { vary: "Accept-Encoding" }
    : { "content-encoding": encoding, vary: "Accept-Encoding" };
