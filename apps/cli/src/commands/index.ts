/**
 * The commands of `dondoc`, one line each: add a command by adding its `register` here.
 */
import type { Command } from "commander";

import * as Admin from "./admin.js";
import * as Audit from "./audit.js";
import * as Calendar from "./calendar.js";
import * as Deadline from "./deadline.js";
import * as Parse from "./parse.js";
import * as Report from "./report.js";
import * as Serve from "./serve.js";

export const all: ReadonlyArray<(program: Command) => void> = [
  Parse.register,
  Deadline.register,
  Calendar.register,
  Report.register,
  Serve.register,
  Admin.register,
  Audit.register,
];
