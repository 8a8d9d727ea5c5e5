/**
 * SecretKey — the installation's 32-byte key for secrets kept encrypted at rest (`SecretBox`).
 * It comes from `DONDOC_SECRET_KEY` (base64 or hex of 32 random bytes, e.g. `openssl rand -base64 32`).
 * An embedded (PGlite) install without it generates one into `<DATA_DIR>/secret.key` (mode 0600) on
 * the first start and reuses it, so the key travels with the data folder it protects. With
 * `DATABASE_URL` there is no folder every process shares, so the server refuses to start without it:
 * two processes with different keys could not read each other's secrets.
 */

import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import * as Data from "effect/Data";

import type { Env } from "../env.js";

/** The file of the generated key inside the data folder. */
export const FILE = "secret.key";

/** A PostgreSQL install started without `DONDOC_SECRET_KEY`. */
export class SecretKeyMissing extends Data.TaggedError("SecretKeyMissing")<Record<never, never>> {
  override get message(): string {
    return "Thiếu DONDOC_SECRET_KEY: với DATABASE_URL, hãy đặt cùng một khoá cho mọi tiến trình (tạo bằng `openssl rand -base64 32`) / DONDOC_SECRET_KEY is required with DATABASE_URL: set the same key on every process (make one with `openssl rand -base64 32`)";
  }
}

/** A key file or variable that does not hold 32 bytes. */
export class SecretKeyInvalid extends Data.TaggedError("SecretKeyInvalid")<{ readonly source: string }> {
  override get message(): string {
    return `Khoá bí mật trong ${this.source} không hợp lệ (cần 32 byte dạng base64 hoặc hex) / The secret key in ${this.source} is not 32 bytes of base64 or hex`;
  }
}

/** Decodes 32 bytes written as hex (64 digits) or base64/base64url (43–44 characters); null otherwise. */
export const decode = (text: string): Buffer | null => {
  const t = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t)
    ? Buffer.from(t, "hex")
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(t)
      ? Buffer.from(t, "base64")
      : null;
  return bytes !== null && bytes.length === 32 ? bytes : null;
};

/**
 * The key for `env`: the variable when set; otherwise, on PGlite, the data folder's key file (made
 * on first start). Throws {@link SecretKeyMissing} on PostgreSQL without the variable and
 * {@link SecretKeyInvalid} for a key file that is not 32 bytes.
 */
export const resolveKey = (env: Pick<Env, "DONDOC_SECRET_KEY" | "DATABASE_URL" | "DATA_DIR">): Buffer => {
  if (env.DONDOC_SECRET_KEY !== undefined) {
    const key = decode(env.DONDOC_SECRET_KEY);
    if (key === null) throw new SecretKeyInvalid({ source: "DONDOC_SECRET_KEY" });
    return key;
  }
  if (env.DATABASE_URL !== undefined) throw new SecretKeyMissing();
  const dir = resolve(env.DATA_DIR);
  const file = join(dir, FILE);
  mkdirSync(dir, { recursive: true });
  try {
    // `wx`: never overwrite a key that exists — secrets sealed under it would be lost.
    writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  chmodSync(file, 0o600);
  const key = decode(readFileSync(file, "utf8"));
  if (key === null) throw new SecretKeyInvalid({ source: file });
  return key;
};
