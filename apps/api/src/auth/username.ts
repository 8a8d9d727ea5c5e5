/**
 * Usernames are compared in one form: trimmed, Unicode NFC, lower-case. Applied when an account is
 * created and at every sign-in, so `" Admin "` and `admin` are the same account.
 */

/** The canonical form of a username as typed. */
export const normalize = (raw: string): string => raw.trim().normalize("NFC").toLowerCase();
