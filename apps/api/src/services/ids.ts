/**
 * Identifiers: a short type prefix and 16 random bytes in base32 (`tsk_…`), so an id says what it
 * names and cannot be guessed from another.
 */
import { randomBytes } from "node:crypto";

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

export const make = (prefix: string): string => {
  const bytes = randomBytes(16);
  let out = "";
  for (const b of bytes) out += alphabet[b & 31];
  return `${prefix}_${out}`;
};
