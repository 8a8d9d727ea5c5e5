import * as Result from "effect/Result";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import * as Agency from "./agency.js";
import * as AgencyDirectory from "./agency-directory.js";
import * as CollectiveAssignee from "./collective-assignee.js";
import * as SeedDirectory from "./seed-directory.js";
import * as Task from "./task.js";

const dir = SeedDirectory.directory();

const taskFor = (leadName: string, collectivePhrase: string | null = null): Task.Task =>
  Result.getOrThrow(
    Task.make({
      id: "12/1",
      lead: { agencyId: null, name: leadName },
      coordinators: [{ agencyId: "brvt.vp-ubnd", name: "Văn phòng UBND tỉnh" }],
      collectivePhrase,
      mode: "assigned",
      action: "Rà soát các nhiệm vụ đã giao tại Thông báo 923/TB-UBND",
      deadline: {
        kind: "end-of-period",
        phrase: "trong tháng 01/2023",
        period: { unit: "month", year: 2023, month: 1 },
      },
      originalDueOn: "2023-01-31",
      createdAt: "2023-01-18T08:00:00+07:00",
    }),
  );

describe("CollectiveAssignee.expand", () => {
  it("fans “Các sở, ban, ngành, địa phương” out to every department and local committee on 18/01/2023", () => {
    const tasks = CollectiveAssignee.expand(taskFor("Các sở, ban, ngành, địa phương"), dir, "2023-01-18");
    const members = AgencyDirectory.membersOf(
      dir,
      SeedDirectory.Groups.provinceDepartmentsAndLocalities,
      "2023-01-18",
    );
    expect(tasks).toHaveLength(members.length);
    expect(tasks.map((t) => t.lead.agencyId)).toEqual(members.map((a) => a.id));
    expect(tasks.map((t) => t.lead.agencyId)).toContain("brvt.so-tttt");
    expect(tasks.map((t) => t.lead.agencyId)).toContain("vt.ubnd");
    for (const t of tasks) {
      expect(t.collectivePhrase).toBe("Các sở, ban, ngành, địa phương");
      expect(t.id).toBe(`12/1/${t.lead.agencyId}`);
      expect(t.originalDueOn).toBe("2023-01-31");
      expect(Task.Task.safeParse(t).success).toBe(true);
    }
  });

  it("does not make an agency coordinate its own share", () => {
    const vp = CollectiveAssignee.expand(taskFor("Các sở, ban, ngành"), dir, "2023-01-18").find(
      (t) => t.lead.agencyId === "brvt.vp-ubnd",
    );
    expect(vp?.coordinators).toEqual([]);
  });

  it("uses the members of the day: after the 2025 mergers the successor gets one task", () => {
    const ids = CollectiveAssignee.expand(taskFor("Các sở, ngành"), dir, "2025-04-01").map(
      (t) => t.lead.agencyId,
    );
    expect(ids).not.toContain("brvt.so-tttt");
    expect(ids.filter((id) => id === "brvt.so-khcn")).toHaveLength(1);
  });

  it("expands a task that only remembers its collective phrase", () => {
    const t = taskFor("UBND các phường xã", "UBND các phường xã");
    expect(CollectiveAssignee.expand(t, dir, "2024-01-05")).toHaveLength(17);
  });

  it("leaves a single-agency task, an unknown collective or an empty group alone", () => {
    const single = taskFor("Sở Thông tin và Truyền thông");
    expect(CollectiveAssignee.expand(single, dir, "2023-01-18")).toEqual([single]);
    const unknown = taskFor(
      "Các đơn vị chủ đầu tư dự án thành phần",
      "Các đơn vị chủ đầu tư dự án thành phần",
    );
    expect(CollectiveAssignee.expand(unknown, dir, "2023-01-18")).toEqual([unknown]);
    const wards = taskFor("UBND các phường, xã");
    const after = CollectiveAssignee.expandDetailed(wards, dir, "2025-07-01");
    expect(after.tasks).toEqual([wards]);
    expect(after.group?.id).toBe(SeedDirectory.Groups.cityWards);
  });

  it("leaves a task for “các cơ quan, đơn vị liên quan” whole: the group has no fixed members", () => {
    const t = taskFor("Các cơ quan, đơn vị liên quan");
    const e = CollectiveAssignee.expandDetailed(t, dir, "2024-01-05");
    expect(e.tasks).toEqual([t]);
    expect(e.group?.id).toBe(SeedDirectory.Groups.relatedBodies);
  });

  it("yields exactly one task per member valid on the date, for every group and day", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SeedDirectory.groups),
        fc
          .integer({ min: 19_000, max: 21_000 })
          .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10)),
        (group, on) => {
          const task = taskFor(group.name);
          const tasks = CollectiveAssignee.expand(task, dir, on);
          const members = AgencyDirectory.membersOf(dir, group.id, on);
          if (members.length === 0) expect(tasks).toEqual([task]);
          else {
            expect(tasks).toHaveLength(members.length);
            expect(new Set(tasks.map((t) => t.lead.agencyId)).size).toBe(members.length);
            for (const t of tasks) {
              const a = AgencyDirectory.get(dir, t.lead.agencyId ?? "");
              expect(a !== null && Agency.isValidOn(a, on)).toBe(true);
              expect(t.collectivePhrase).toBe(group.name);
            }
          }
        },
      ),
    );
  });
});
