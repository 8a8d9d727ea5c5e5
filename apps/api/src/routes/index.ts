/** Every `/v1` operation, registered in this order (which is also the OpenAPI document's order). */
import type { App } from "../context.js";
import * as ChangePassword from "./auth/change-password.js";
import * as Login from "./auth/login.js";
import * as Logout from "./auth/logout.js";
import * as Session from "./auth/session.js";
import * as NoticeArchive from "./notices/archive.js";
import * as NoticeCreate from "./notices/create.js";
import * as NoticeGet from "./notices/get.js";
import * as NoticeList from "./notices/list.js";
import * as NoticePublish from "./notices/publish.js";
import * as NoticeUpdate from "./notices/update.js";
import * as TaskComplete from "./tasks/complete.js";
import * as TaskGet from "./tasks/get.js";
import * as TaskList from "./tasks/list.js";
import * as TaskTransition from "./tasks/transition.js";
import * as TaskUpdate from "./tasks/update.js";

export const all: ReadonlyArray<{ register: (app: App) => unknown }> = [
  Login,
  Logout,
  Session,
  ChangePassword,
  NoticeList,
  NoticeCreate,
  NoticeGet,
  NoticeUpdate,
  NoticePublish,
  NoticeArchive,
  TaskList,
  TaskGet,
  TaskUpdate,
  TaskComplete,
  TaskTransition,
];
