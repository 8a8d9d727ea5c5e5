/**
 * AgencyDirectory — danh mục cơ quan. Indexes a list of agencies and collective groups once (by
 * id, by normalised name, by group) so that the parser can match every agency mention of a notice
 * in a few map look-ups. Matching respects validity dates and follows succession: after the 2025
 * mergers “Sở Thông tin và Truyền thông” on 2025-06-01 resolves to “Sở Khoa học và Công nghệ”,
 * with the chain it followed.
 */
import * as Data from "effect/Data";
import * as Result from "effect/Result";

import * as Agency from "./agency.js";
import * as AgencyName from "./agency-name.js";
import type { IsoDate } from "./iso-date.js";

type AgencyT = Agency.Agency;
type AgencyGroupT = Agency.AgencyGroup;

/** A directory with its indexes (build it with {@link make}; treat it as immutable). */
export interface AgencyDirectory {
  readonly agencies: ReadonlyArray<AgencyT>;
  readonly groups: ReadonlyArray<AgencyGroupT>;
  readonly byId: ReadonlyMap<string, AgencyT>;
  readonly groupById: ReadonlyMap<string, AgencyGroupT>;
  readonly agenciesByKey: ReadonlyMap<string, ReadonlyArray<AgencyT>>;
  readonly groupsByKey: ReadonlyMap<string, ReadonlyArray<AgencyGroupT>>;
  readonly directMembers: ReadonlyMap<string, ReadonlyArray<AgencyT>>;
  readonly children: ReadonlyMap<string, ReadonlyArray<AgencyT>>;
}

/** The outcome of matching a name against the directory. */
export type AgencyMatch =
  | {
      readonly kind: "agency";
      readonly agency: AgencyT;
      /** The superseded agencies passed through, oldest first (empty for a direct match). */
      readonly via: ReadonlyArray<AgencyT>;
    }
  | { readonly kind: "collective"; readonly group: AgencyGroupT; readonly members: ReadonlyArray<AgencyT> }
  | { readonly kind: "ambiguous"; readonly candidates: ReadonlyArray<AgencyT> }
  | { readonly kind: "unknown"; readonly normalized: string };

/** Options of {@link match}. */
export interface MatchOptions {
  /** Prefer agencies under this agency (the issuer's UBND) when a name fits several. */
  readonly scopeId?: string;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

/**
 * Builds the directory and its indexes. When two agencies share an id the first wins (see
 * {@link validate} to reject such data instead).
 */
export const make = (
  agencies: ReadonlyArray<AgencyT>,
  groups: ReadonlyArray<AgencyGroupT>,
): AgencyDirectory => {
  const byId = new Map<string, AgencyT>();
  for (const a of agencies) if (!byId.has(a.id)) byId.set(a.id, a);
  const groupById = new Map<string, AgencyGroupT>();
  for (const g of groups) if (!groupById.has(g.id)) groupById.set(g.id, g);
  const agenciesByKey = new Map<string, AgencyT[]>();
  const directMembers = new Map<string, AgencyT[]>();
  const children = new Map<string, AgencyT[]>();
  for (const a of byId.values()) {
    for (const n of Agency.namesOf(a)) {
      const key = AgencyName.normalize(n);
      if (key.length > 0) push(agenciesByKey, key, a);
    }
    for (const g of a.groups) push(directMembers, g, a);
    if (a.parentId !== null) push(children, a.parentId, a);
  }
  const groupsByKey = new Map<string, AgencyGroupT[]>();
  for (const g of groupById.values()) {
    for (const n of [g.name, ...g.phrases]) {
      const key = AgencyName.normalize(n);
      if (key.length > 0) push(groupsByKey, key, g);
    }
  }
  return {
    agencies: [...byId.values()],
    groups: [...groupById.values()],
    byId,
    groupById,
    agenciesByKey,
    groupsByKey,
    directMembers,
    children,
  };
};

/** A directory whose data does not hold together; `problems` lists each fault in Vietnamese. */
export class InvalidDirectory extends Data.TaggedError("InvalidDirectory")<{
  readonly problems: ReadonlyArray<string>;
}> {
  override get message(): string {
    return `Danh mục cơ quan không hợp lệ: ${this.problems.join("; ")}`;
  }
}

const followable = (dir: AgencyDirectory, id: string): string | null => {
  const seen = new Set<string>();
  let current = dir.byId.get(id);
  while (current?.successorId != null) {
    if (seen.has(current.id)) return current.id;
    seen.add(current.id);
    current = dir.byId.get(current.successorId);
  }
  return null;
};

/**
 * Builds the directory and checks it: unique ids, known parents, successors and groups, no
 * succession cycle, an ended agency's successor valid the day after it ends.
 */
export const validate = (
  agencies: ReadonlyArray<AgencyT>,
  groups: ReadonlyArray<AgencyGroupT>,
): Result.Result<AgencyDirectory, InvalidDirectory> => {
  const dir = make(agencies, groups);
  const problems: string[] = [];
  if (dir.agencies.length !== agencies.length) problems.push("có mã cơ quan bị trùng");
  if (dir.groups.length !== groups.length) problems.push("có mã nhóm bị trùng");
  for (const a of dir.agencies) {
    if (a.parentId !== null && !dir.byId.has(a.parentId))
      problems.push(`“${a.name}” (${a.id}) có cơ quan cấp trên không có trong danh mục: ${a.parentId}`);
    for (const g of a.groups)
      if (!dir.groupById.has(g)) problems.push(`“${a.name}” (${a.id}) thuộc nhóm không có: ${g}`);
    if (a.successorId !== null) {
      const s = dir.byId.get(a.successorId);
      if (s === undefined)
        problems.push(`“${a.name}” (${a.id}) có cơ quan kế thừa không có trong danh mục: ${a.successorId}`);
      else if (a.validTo === null)
        problems.push(`“${a.name}” (${a.id}) có cơ quan kế thừa nhưng chưa có ngày kết thúc (validTo)`);
    }
    if (a.validFrom !== null && a.validTo !== null && a.validTo < a.validFrom)
      problems.push(`“${a.name}” (${a.id}) kết thúc trước khi bắt đầu`);
    const cycle = followable(dir, a.id);
    if (cycle !== null) problems.push(`chuỗi kế thừa của “${a.name}” (${a.id}) bị lặp`);
  }
  for (const g of dir.groups)
    for (const inc of g.includes)
      if (!dir.groupById.has(inc)) problems.push(`nhóm “${g.name}” gồm nhóm không có: ${inc}`);
  return problems.length === 0 ? Result.succeed(dir) : Result.fail(new InvalidDirectory({ problems }));
};

/** The agency with this id, or `null`. */
export const get = (dir: AgencyDirectory, id: string): AgencyT | null => dir.byId.get(id) ?? null;

/** The group with this id, or `null`. */
export const getGroup = (dir: AgencyDirectory, id: string): AgencyGroupT | null =>
  dir.groupById.get(id) ?? null;

/**
 * The agency that holds `id`'s work on `on`, with the superseded agencies passed through: the
 * agency itself when valid, else its successor (repeatedly). `null` when the id is unknown, the
 * agency does not exist yet on `on`, or the chain ends without a valid agency.
 */
export const holderOn = (
  dir: AgencyDirectory,
  id: string,
  on: IsoDate | null,
): { readonly agency: AgencyT; readonly via: ReadonlyArray<AgencyT> } | null => {
  const via: AgencyT[] = [];
  let current = dir.byId.get(id);
  while (current !== undefined) {
    if (Agency.isValidOn(current, on)) return { agency: current, via };
    // Only an agency that has ended hands over; one that does not exist yet has nobody before it.
    if (on === null || current.validTo === null || on <= current.validTo || current.successorId === null)
      return null;
    if (via.includes(current)) return null;
    via.push(current);
    current = dir.byId.get(current.successorId);
  }
  return null;
};

/** The agency that holds `id`'s work on `on` (itself or a successor), or `null` — see {@link holderOn}. */
export const successorOn = (dir: AgencyDirectory, id: string, on: IsoDate | null): AgencyT | null =>
  holderOn(dir, id, on)?.agency ?? null;

/**
 * The member agencies of a group on `on`: direct members and members of included groups, each
 * replaced by its holder on that date (a merged department by its successor), without duplicates,
 * in directory order. Unknown group → `[]`.
 */
export const membersOf = (dir: AgencyDirectory, groupId: string, on: IsoDate | null): AgencyT[] => {
  const out: AgencyT[] = [];
  const seenGroups = new Set<string>();
  const visit = (gid: string): void => {
    if (seenGroups.has(gid)) return;
    seenGroups.add(gid);
    for (const a of dir.directMembers.get(gid) ?? []) {
      const holder = holderOn(dir, a.id, on);
      if (holder !== null && !out.includes(holder.agency)) out.push(holder.agency);
    }
    for (const inc of dir.groupById.get(gid)?.includes ?? []) visit(inc);
  };
  visit(groupId);
  return out;
};

/** The agencies directly under `id` that exist on `on`. */
export const childrenOf = (dir: AgencyDirectory, id: string, on: IsoDate | null): AgencyT[] =>
  (dir.children.get(id) ?? []).filter((a) => Agency.isValidOn(a, on));

/** Whether `id` is `ancestorId` or lies below it in the hierarchy. */
export const isWithin = (dir: AgencyDirectory, id: string, ancestorId: string): boolean => {
  const seen = new Set<string>();
  let current: string | null = id;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = dir.byId.get(current)?.parentId ?? null;
  }
  return false;
};

const matchKey = (
  dir: AgencyDirectory,
  key: string,
  on: IsoDate | null,
  options: MatchOptions,
): AgencyMatch | null => {
  const groups = dir.groupsByKey.get(key);
  if (groups !== undefined && groups.length > 0) {
    const scoped =
      options.scopeId === undefined
        ? groups
        : groups.filter((g) => g.ownerId !== null && isWithin(dir, g.ownerId, options.scopeId ?? ""));
    const group = scoped[0] ?? groups[0];
    if (group !== undefined) return { kind: "collective", group, members: membersOf(dir, group.id, on) };
  }
  const named = dir.agenciesByKey.get(key);
  if (named === undefined) return null;
  const holders: { agency: AgencyT; via: ReadonlyArray<AgencyT> }[] = [];
  for (const a of named) {
    const h = holderOn(dir, a.id, on);
    if (h !== null && !holders.some((x) => x.agency === h.agency)) holders.push(h);
  }
  let pick = holders;
  if (pick.length > 1 && options.scopeId !== undefined) {
    const scopeId = options.scopeId;
    const inScope = pick.filter((h) => isWithin(dir, h.agency.id, scopeId));
    if (inScope.length > 0) pick = inScope;
  }
  // A direct (non-succession) hit beats an agency reached only through a predecessor's old name.
  if (pick.length > 1) {
    const direct = pick.filter((h) => h.via.length === 0);
    if (direct.length > 0) pick = direct;
  }
  const only = pick[0];
  if (pick.length === 1 && only !== undefined) return { kind: "agency", agency: only.agency, via: only.via };
  if (pick.length > 1) return { kind: "ambiguous", candidates: pick.map((h) => h.agency) };
  return null;
};

/**
 * Finds the directory agency or group a name refers to on `on` (`null` = ignore dates). Tries the
 * normalised name, then looser variants (without “có liên quan”). Collective phrases give the
 * group and its members on that date; an ended agency gives its successor with the chain in
 * `via`; several agencies of the same name give `ambiguous` (narrow with `options.scopeId`).
 *
 * @example
 * AgencyDirectory.match(dir, "Sở TT&TT", "2025-06-01") // { kind: "agency", agency: Sở KH&CN, via: [Sở TT&TT] }
 */
export const match = (
  dir: AgencyDirectory,
  name: string,
  on: IsoDate | null,
  options: MatchOptions = {},
): AgencyMatch => {
  const key = AgencyName.normalize(name);
  if (key.length === 0) return { kind: "unknown", normalized: key };
  for (const variant of AgencyName.variants(key)) {
    const found = matchKey(dir, variant, on, options);
    if (found !== null) return found;
  }
  return { kind: "unknown", normalized: key };
};

/** Whether a name is a collective phrase of the directory (“Các sở, ban, ngành”). */
export const isCollective = (dir: AgencyDirectory, name: string): boolean =>
  AgencyName.variants(AgencyName.normalize(name)).some((k) => dir.groupsByKey.has(k));
