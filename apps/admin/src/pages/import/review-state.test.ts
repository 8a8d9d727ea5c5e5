import { describe, expect, it } from "vitest";

import { parsedNotice12 } from "../../test/fixtures/parsed-notice-12.js";
import { addTask, isResolved, publishCheck, removeTask, updateTask } from "./review-state.js";

describe("import review state", () => {
  it("counts what still blocks publishing", () => {
    const check = publishCheck({ parsed: parsedNotice12, acknowledged: [] });
    expect(check).toMatchObject({
      openWarnings: 2,
      unidentifiedLeads: 1,
      missingIssuer: true,
      tasks: 4,
      canPublish: false,
    });
  });

  it("resolves an unknown-agency warning once the agency is picked from the directory", () => {
    const parsed = updateTask(parsedNotice12, 3, 0, (t) => ({
      ...t,
      lead: { ...t.lead, agencyId: "so-tc" },
    }));
    const state = { parsed, acknowledged: [1], issuerAgencyId: "ubnd-tinh" };
    expect(parsed.warnings.map((w, i) => isResolved(state, w, i))).toEqual([true, true]);
    expect(publishCheck(state).canPublish).toBe(true);
    expect(publishCheck({ ...state, issuerAgencyId: null }).canPublish).toBe(false);
  });

  it("adds a task the parser missed to a heading, which then assigns work, and removes a wrong one", () => {
    const added = addTask(parsedNotice12, 1);
    expect(added.directives[1]?.informational).toBe(false);
    expect(added.directives[1]?.tasks).toHaveLength(1);
    expect(publishCheck({ parsed: added, acknowledged: [0, 1] }).unidentifiedLeads).toBe(2);
    const removed = removeTask(added, 1, 0);
    expect(removed.directives[1]?.tasks).toHaveLength(0);
  });
});
