/** The errors a command on a task can end with: the domain's refusals, and the use cases' own. */
import type { Task } from "@dondoc/domain";

import type { Forbidden, NotFound, StaleVersion, UnknownReference } from "../use-case-error.js";

export type TaskCommandError = Task.TaskError | NotFound | StaleVersion | UnknownReference | Forbidden;
