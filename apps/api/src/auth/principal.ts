/**
 * Who is calling: a signed-in user (cookie session) or an API key. Carries the permissions and
 * what limits the tasks the caller can see: an agency (officers, agency-bound keys) and the
 * issuing bodies (secretariats, every key).
 */
import * as AccessPolicy from "../access/access-policy.js";
import type { Role } from "../db/schema.js";
import { ofRole, type Permission, withImplied } from "./permission.js";

export interface Principal {
  readonly kind: "user" | "apiKey";
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly permissions: ReadonlySet<Permission>;
  /** Set for agency officers and agency-bound API keys: they see only this agency's tasks. */
  readonly agencyId: string | null;
  /**
   * For secretariat accounts and API keys: the issuing bodies (UBND tỉnh, HĐND tỉnh…) whose
   * notices and their tasks they reach; empty until an administrator assigns one, and then they
   * see none. `null` for the other roles (not limited by issuer).
   */
  readonly issuerIds: readonly string[] | null;
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

/** `true` when the caller is limited to the notices of a set of issuing bodies (secretariats, keys). */
export const isIssuerBound = (p: Principal): boolean => p.issuerIds !== null;

/** A principal with its permissions narrowed to its reach (`AccessPolicy.permissionsWithin`). */
const withinReach = (p: Omit<Principal, "permissions">, granted: Iterable<Permission>): Principal => ({
  ...p,
  permissions: AccessPolicy.permissionsWithin(
    AccessPolicy.reachOf({ ...p, permissions: new Set() }),
    withImplied(granted),
  ),
});

/**
 * The issuers a user follows: a secretariat's `issuer_ids`, or its agency when the row predates
 * them (rows written straight to the table, such as seeds); `null` for the other roles.
 */
export const issuersOf = (row: {
  readonly role: Role;
  readonly agency_id: string | null;
  readonly issuer_ids: readonly string[];
}): readonly string[] | null => {
  if (row.role !== "secretariat") return null;
  if (row.issuer_ids.length > 0) return row.issuer_ids;
  return row.agency_id === null ? [] : [row.agency_id];
};

/** The principal of a signed-in user (`csrf_token` of the session, if any). */
export const ofUser = (row: {
  readonly id: string;
  readonly display_name: string;
  readonly role: Role;
  readonly agency_id: string | null;
  readonly issuer_ids: readonly string[];
  readonly must_change_password: boolean;
  readonly csrf_token?: string | null;
}): Principal =>
  withinReach(
    {
      kind: "user",
      id: row.id,
      name: row.display_name,
      role: row.role,
      agencyId: row.role === "agency_officer" ? row.agency_id : null,
      issuerIds: issuersOf(row),
      csrfToken: row.csrf_token ?? null,
      mustChangePassword: row.must_change_password,
    },
    ofRole[row.role],
  );

/** The principal of an API key: its scopes, within its issuers (and its agency when bound to one). */
export const ofKey = (key: {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly agency_id: string | null;
  readonly issuer_ids: readonly string[];
}): Principal =>
  withinReach(
    {
      kind: "apiKey",
      id: key.id,
      name: key.name,
      role: "integrator",
      agencyId: key.agency_id,
      issuerIds: key.issuer_ids,
      csrfToken: null,
      mustChangePassword: false,
    },
    key.scopes as Permission[],
  );
