/**
 * Who is calling: a signed-in user (cookie session) or an API key. Carries the permissions and
 * what limits the tasks the caller can see: an agency (officers) or an issuing body (secretariat).
 */
import type { Role } from "../db/schema.js";
import type { Permission } from "./permission.js";

export interface Principal {
  readonly kind: "user" | "apiKey";
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly permissions: ReadonlySet<Permission>;
  /** Set for agency officers and agency-bound API keys: they see only this agency's tasks. */
  readonly agencyId: string | null;
  /**
   * For secretariat accounts: the issuing body (UBND tỉnh, UBND thành phố…) whose notices and
   * their tasks they follow up; `null` until an administrator assigns one, and then they see none.
   */
  readonly issuerId: string | null;
  /** Cookie sessions must echo this token on unsafe methods; `null` for API keys. */
  readonly csrfToken: string | null;
  /** A user whose password was set by someone else may only change it (or sign out) first. */
  readonly mustChangePassword: boolean;
}

/** The audit `actor` of a principal: `user:usr_…` or `apikey:key_…`. */
export const actor = (p: Principal): string => `${p.kind === "user" ? "user" : "apikey"}:${p.id}`;

export const can = (p: Principal, permission: Permission): boolean => p.permissions.has(permission);

/** `true` when the caller is limited to one agency's tasks. */
export const isAgencyBound = (p: Principal): boolean => p.agencyId !== null && p.role !== "admin";

/** `true` when the caller is limited to the notices of one issuing body (a secretariat account). */
export const isIssuerBound = (p: Principal): boolean => p.role === "secretariat";
