import type * as Result from "effect/Result";
import { describe, expectTypeOf, it } from "vitest";

import type * as Agency from "./agency.js";
import type * as AgencyDirectory from "./agency-directory.js";
import type * as Extension from "./extension.js";
import type * as Task from "./task.js";
import type { TaskRuleError, TaskTransitionError } from "./task-event.js";

describe("types library users rely on", () => {
  it("transitions return the task or one of the two tagged errors", () => {
    expectTypeOf<ReturnType<typeof Task.complete>>().toEqualTypeOf<
      Result.Result<Task.Task, TaskTransitionError | TaskRuleError>
    >();
    expectTypeOf<ReturnType<typeof Extension.request>>().toEqualTypeOf<
      Result.Result<Task.Task, TaskTransitionError | TaskRuleError>
    >();
  });

  it("narrows a match by its kind", () => {
    type M = AgencyDirectory.AgencyMatch;
    expectTypeOf<Extract<M, { kind: "agency" }>["via"]>().toEqualTypeOf<ReadonlyArray<Agency.Agency>>();
    expectTypeOf<Extract<M, { kind: "collective" }>["group"]>().toEqualTypeOf<Agency.AgencyGroup>();
    expectTypeOf<Extract<M, { kind: "unknown" }>["normalized"]>().toBeString();
  });

  it("gives the deadline in force as a date string or null", () => {
    expectTypeOf<ReturnType<typeof Extension.currentDueOn>>().toEqualTypeOf<string | null>();
    expectTypeOf<Task.Task["lifecycle"]>().toEqualTypeOf<
      "draft" | "open" | "submitted" | "done" | "paused" | "cancelled"
    >();
  });
});
