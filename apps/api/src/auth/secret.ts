/**
 * Secrets: argon2id for passwords (slow on purpose), SHA-256 for high-entropy random tokens
 * (session tokens, API keys) that are looked up by hash, and token generation.
 */
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP 2024 minimum for argon2id: m=19 MiB, t=2, p=1.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const; // argon2id is the default algorithm

export const hashPassword = (password: string): Promise<string> => hash(password.normalize("NFC"), options);

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password.normalize("NFC"));
  } catch {
    return false;
  }
};

/** A URL-safe random token of `bytes` random bytes. */
export const token = (bytes = 32): string => randomBytes(bytes).toString("base64url");

export const sha256 = (value: string): string => createHash("sha256").update(value).digest("hex");

/** A readable one-time password: 4 groups of 4 characters without look-alikes. */
export const oneTimePassword = (): string => {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  let out = "";
  for (let i = 0; i < 16; i++) {
    out += alphabet[(bytes[i] ?? 0) % alphabet.length];
    if (i % 4 === 3 && i < 15) out += "-";
  }
  return out;
};
