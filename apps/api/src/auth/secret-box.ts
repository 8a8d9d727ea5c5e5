/**
 * SecretBox — secrets the server must read back (webhook signing secrets) kept encrypted at rest
 * with AES-256-GCM under the installation's key (`DONDOC_SECRET_KEY`, see `secret-key.ts`). A sealed
 * value is `enc:v1:<iv>.<ciphertext+tag>` (base64url); the row it belongs to is bound in as
 * additional data, so a sealed value copied onto another row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import * as Data from "effect/Data";

const PREFIX = "enc:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that does not open under this key (another key, or tampered with). */
export class SecretUnreadable extends Data.TaggedError("SecretUnreadable")<{ readonly context: string }> {
  override get message(): string {
    return `Không giải mã được khoá bí mật của ${this.context}: DONDOC_SECRET_KEY khác khoá đã mã hoá / The secret of ${this.context} does not decrypt: DONDOC_SECRET_KEY is not the key it was encrypted with`;
  }
}

export interface SecretBox {
  /** Encrypts `plain` for the row named by `context` (e.g. the subscription id). */
  readonly seal: (plain: string, context: string) => string;
  /** Decrypts a sealed value; throws {@link SecretUnreadable} when it does not open. */
  readonly open: (sealed: string, context: string) => string;
}

/** Whether `value` is a sealed secret (rather than one still in clear). */
export const isSealed = (value: string): boolean => value.startsWith(PREFIX);

/** A box over a 32-byte key. */
export const make = (key: Uint8Array): SecretBox => {
  if (key.length !== 32) throw new RangeError("SecretBox needs a 32-byte key");
  return {
    seal: (plain, context) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}${iv.toString("base64url")}.${body.toString("base64url")}`;
    },
    open: (sealed, context) => {
      if (!isSealed(sealed)) throw new SecretUnreadable({ context });
      const [iv64 = "", body64 = ""] = sealed.slice(PREFIX.length).split(".");
      const iv = Buffer.from(iv64, "base64url");
      const body = Buffer.from(body64, "base64url");
      if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new SecretUnreadable({ context });
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, iv);
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([
          decipher.update(body.subarray(0, body.length - TAG_BYTES)),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new SecretUnreadable({ context });
      }
    },
  };
};
