/**
 * CollectiveAssignee — chủ thể tập hợp. A conclusion often assigns work to a collective: “Các sở,
 * ban, ngành, địa phương rà soát…”, “UBND các phường, xã…”. Each member agency is accountable for
 * its own share, so the task fans out through the directory group into one task per member agency
 * valid on the date, each remembering the collective phrase it came from.
 */
import type { AgencyGroup } from "./agency.js";
import * as AgencyDirectory from "./agency-directory.js";
import type { IsoDate } from "./iso-date.js";
import type { Task } from "./task.js";

/** What a fan-out did: the tasks, and the group and members when the lead was a collective. */
export interface Expansion {
  readonly tasks: ReadonlyArray<Task>;
  readonly group: AgencyGroup | null;
}

/** The id of the member task fanned out from `taskId` for `agencyId`. */
export const memberTaskId = (taskId: string, agencyId: string): string => `${taskId}/${agencyId}`;

/**
 * The phrase to expand: the task's `collectivePhrase`, else its lead's name when the directory
 * knows it as a collective.
 */
const phraseOf = (task: Task, dir: AgencyDirectory.AgencyDirectory): string | null =>
  task.collectivePhrase ?? (AgencyDirectory.isCollective(dir, task.lead.name) ? task.lead.name : null);

/**
 * Like {@link expand}, also saying which group matched (`null` when the lead is not a collective
 * the directory knows).
 */
export const expandDetailed = (
  task: Task,
  dir: AgencyDirectory.AgencyDirectory,
  on: IsoDate | null,
  options: AgencyDirectory.MatchOptions = {},
): Expansion => {
  const phrase = phraseOf(task, dir);
  if (phrase === null) return { tasks: [task], group: null };
  const m = AgencyDirectory.match(dir, phrase, on, options);
  if (m.kind !== "collective") return { tasks: [task], group: null };
  if (m.members.length === 0) return { tasks: [task], group: m.group };
  const tasks = m.members.map(
    (member): Task => ({
      ...task,
      id: memberTaskId(task.id, member.id),
      lead: { agencyId: member.id, name: member.name },
      coordinators: task.coordinators.filter((c) => c.agencyId !== member.id),
      collectivePhrase: phrase,
      version: 0,
    }),
  );
  return { tasks, group: m.group };
};

/**
 * One task per member agency valid on `on` when the task's lead is a collective phrase (its
 * `collectivePhrase`, or a lead name the directory knows as a group); each keeps the phrase in
 * `collectivePhrase`, gets the id `<task id>/<agency id>` and leaves the member out of its own
 * coordinators. A task whose lead is not a collective — or a collective with no member on that
 * date — comes back alone and unchanged, so nothing is lost.
 *
 * @example
 * CollectiveAssignee.expand(task, SeedDirectory.directory(), "2023-01-18") // one task per sở, ban, ngành and địa phương
 */
export const expand = (
  task: Task,
  dir: AgencyDirectory.AgencyDirectory,
  on: IsoDate | null,
  options: AgencyDirectory.MatchOptions = {},
): Task[] => [...expandDetailed(task, dir, on, options).tasks];
