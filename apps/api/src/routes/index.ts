/** Every `/v1` operation, registered in this order (which is also the OpenAPI document's order). */
import type { App } from "../context.js";
import * as ChangePassword from "./auth/change-password.js";
import * as Login from "./auth/login.js";
import * as Logout from "./auth/logout.js";
import * as Session from "./auth/session.js";

export const all: ReadonlyArray<{ register: (app: App) => unknown }> = [
  Login,
  Logout,
  Session,
  ChangePassword,
];
