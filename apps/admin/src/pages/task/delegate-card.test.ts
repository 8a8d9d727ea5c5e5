import { describe, expect, it } from "vitest";

import type { Agency } from "../../api/types.js";
import { unitsUnder } from "./delegate-card.js";

const agency = (id: string, parentId: string | null, validTo: string | null = null): Agency => ({
  id,
  name: id,
  shortNames: [],
  aliases: [],
  parentId,
  kind: "office",
  groups: [],
  validFrom: null,
  validTo,
  successorId: null,
  version: 1,
});

describe("units a task can be delegated to", () => {
  it("lists every active unit under the lead agency, nearest first", () => {
    const directory = [
      agency("so", null),
      agency("so.phong-a", "so"),
      agency("so.phong-b", "so", "2025-06-30"),
      agency("so.phong-a.to-1", "so.phong-a"),
      agency("khac", null),
    ];
    expect(unitsUnder(directory, "so").map((a) => a.id)).toEqual(["so.phong-a", "so.phong-a.to-1"]);
  });
});
