/**
 * What each role may do. Routes declare one permission; a user's role grants a fixed set; an API
 * key carries a subset as its scopes. Row-level visibility (an agency officer sees only tasks of
 * their agency) is applied by the services on top of this, see `principal.ts`.
 */
import { z } from "@hono/zod-openapi";

import type { Role as RoleName } from "../db/schema.js";

export const Permission = z
  .enum([
    "agencies.read",
    "agencies.add",
    "agencies.write",
    "resolutions.read",
    "resolutions.write",
    "notices.read",
    "notices.write",
    "tasks.read",
    "tasks.manage",
    "tasks.report",
    "tasks.decide",
    "calendar.read",
    "calendar.write",
    "policy.read",
    "policy.write",
    "users.manage",
    "apikeys.manage",
    "audit.read",
    "audit.verify",
    "reports.read",
  ])
  .openapi({
    description: "Quyền / phạm vi của khoá API (permission or API-key scope)",
    example: "tasks.read",
  });
export type Permission = z.infer<typeof Permission>;

const read: Permission[] = [
  "agencies.read",
  "resolutions.read",
  "notices.read",
  "tasks.read",
  "calendar.read",
  "policy.read",
];

/** The permissions of each role. Integrators get theirs from their API key's scopes. */
export const ofRole: Record<RoleName, readonly Permission[]> = {
  admin: Permission.options,
  secretariat: [
    ...read,
    "agencies.add",
    "resolutions.write",
    "notices.write",
    "tasks.manage",
    "tasks.report",
    "tasks.decide",
    "audit.read",
    "reports.read",
  ],
  agency_officer: [...read, "tasks.report"],
  leader: [...read, "reports.read", "audit.read"],
  integrator: [],
};

/**
 * What a permission brings with it: `agencies.write` (edit and merge the directory) includes
 * `agencies.add` (add an agency, as a secretariat does from the review of a notice).
 */
const IMPLIED: Partial<Record<Permission, readonly Permission[]>> = { "agencies.write": ["agencies.add"] };

/** `granted` with the permissions each of them implies. */
export const withImplied = (granted: Iterable<Permission>): Permission[] => {
  const out = new Set<Permission>();
  for (const x of granted) {
    out.add(x);
    for (const y of IMPLIED[x] ?? []) out.add(y);
  }
  return [...out];
};

export const Role = z
  .enum(["admin", "secretariat", "agency_officer", "leader", "integrator"])
  .openapi({ description: "Vai trò người dùng", example: "secretariat" });
