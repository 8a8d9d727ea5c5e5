/**
 * The signed-in user, as the API reports it. The role decides the navigation: an agency officer
 * sees only their agency's work, a leader reads, the secretariat follows up, an admin configures.
 */
import type { Schema } from "@dondoc/client";
import { queryOptions } from "@tanstack/react-query";

import { api, call } from "../api/client.js";
import { ApiProblem } from "../api/problem.js";

/** What the session routes answer: the user, the permissions and the CSRF token to echo. */
type Session = Schema<"Session">;

export type Role = Session["user"]["role"];

/** The signed-in user as the screens read it: the API's user, named, with its permissions. */
export type SessionUser = Session["user"] & {
  readonly name: string;
  /** The permissions the API granted this session (`tasks.report`, `reports.read`…). */
  readonly permissions: readonly string[];
};

function fromBody(body: Session): SessionUser {
  api.setCsrfToken(body.csrfToken);
  return { ...body.user, name: body.user.displayName || body.user.username, permissions: body.permissions };
}

/** Current session; `null` when nobody is signed in. */
export const sessionQuery = queryOptions({
  queryKey: ["session"],
  queryFn: async (): Promise<SessionUser | null> => {
    try {
      return fromBody(await call(api.GET("/v1/auth/session")));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export async function signIn(login: string, password: string): Promise<SessionUser> {
  return fromBody(await call(api.POST("/v1/auth/login", { body: { username: login, password } })));
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await call(api.POST("/v1/auth/password", { body: { currentPassword, newPassword } }));
}

export async function signOut(): Promise<void> {
  await call(api.POST("/v1/auth/logout"));
  api.setCsrfToken(null);
}

/** What each role may open; the API enforces the same rules, this only shapes the menu. */
export const can = {
  seeDashboard: (r: Role) => r !== "integrator",
  importNotices: (r: Role) => r === "admin" || r === "secretariat",
  seeNotices: (r: Role) => r !== "agency_officer" && r !== "integrator",
  manageAgencies: (r: Role) => r === "admin" || r === "secretariat",
  seeAgencies: (r: Role) => r !== "integrator",
  editCalendar: (r: Role) => r === "admin",
  seeReports: (r: Role) => r === "admin" || r === "secretariat" || r === "leader",
  seeSettings: (r: Role) => r === "admin",
  /** The roles granted `audit.read`: the audit log's menu entry. */
  readAudit: (r: Role) => r === "admin" || r === "secretariat" || r === "leader",
  /** Officers have a “my tasks” entry: the tasks given to them by name. */
  seeMyTasks: (r: Role) => r === "agency_officer",
  decideExtensions: (r: Role) => r === "admin" || r === "secretariat",
  bulkEditTasks: (r: Role) => r === "admin" || r === "secretariat",
  reportProgress: (r: Role) => r === "agency_officer" || r === "admin" || r === "secretariat",
};
