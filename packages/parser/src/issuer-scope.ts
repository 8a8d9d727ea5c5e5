/**
 * IssuerScope — the province (or centrally-run city) a notice comes from, found in the agency
 * directory from the header's issuing body (“ỦY BAN NHÂN DÂN TỈNH LÀO CAI”, “UBND TỈNH LÀO CAI SỞ
 * CÔNG THƯƠNG”) or, failing that, its place (“Lào Cai, ngày …”), as the directory stood on the
 * notice's date (the 2025 mergers included). Agencies named in the notice are matched in that
 * scope: a name that fits several agencies resolves to the issuer's own, and a name that fits only
 * another province's agency is not taken for it.
 */
import { AgencyDirectory, type IsoDate, type ParsedNotice } from "@dondoc/domain";

type Directory = AgencyDirectory.AgencyDirectory;

/** Where a notice was issued, as directory ids. */
export interface Scope {
  /** The nearest People's Committee of the issuer (the issuer itself, or the committee over its office or department). */
  readonly localId: string;
  /** The top of the issuer's tree: the province or centrally-run city. */
  readonly provinceId: string;
}

const parentOf = (dir: Directory, id: string): string | null =>
  AgencyDirectory.get(dir, id)?.parentId ?? null;

/** The top of an agency's tree. */
export const rootOf = (dir: Directory, id: string): string => {
  let current = id;
  const seen = new Set<string>();
  for (
    let parent = parentOf(dir, current);
    parent !== null && !seen.has(parent);
    parent = parentOf(dir, current)
  ) {
    seen.add(current);
    current = parent;
  }
  return current;
};

const committeeOf = (dir: Directory, id: string): string => {
  let current: string | null = id;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (AgencyDirectory.get(dir, current)?.kind === "people-committee") return current;
    seen.add(current);
    current = parentOf(dir, current);
  }
  return id;
};

/** The names to try for the issuer: the header's issuing body, its first part (before “SỞ …”), the place's committee. */
const candidates = (header: ParsedNotice.ParsedNoticeHeader): string[] => {
  const out: string[] = [];
  if (header.issuer !== null) {
    out.push(header.issuer);
    const first = /^(.*?)\s+(?:SỞ|VĂN PHÒNG|BAN|PHÒNG|CÔNG AN|THANH TRA)\s/u.exec(header.issuer)?.[1];
    if (first !== undefined) out.push(first);
  }
  if (header.place !== null) {
    const place = header.place.replace(/^(?:TP|Tp)\.\s*/u, "");
    out.push(`UBND tỉnh ${place}`, `UBND thành phố ${place}`, `Ủy ban nhân dân tỉnh ${place}`);
  }
  return out;
};

/**
 * The scope of a notice's issuer, or `null` when the directory does not know it (then agencies are
 * matched without a scope, as before).
 *
 * @example
 * IssuerScope.of(SeedDirectory.directory(), { ...header, issuer: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" }, "2026-06-11")
 * // { localId: "laocai.ubnd", provinceId: "laocai.ubnd" }
 */
export const of = (
  dir: Directory,
  header: ParsedNotice.ParsedNoticeHeader,
  on: IsoDate.IsoDate | null,
): Scope | null => {
  // A directory serves many notices from the same issuers: remember each issuer's scope.
  const key = `${header.issuer ?? ""}|${header.place ?? ""}|${on ?? ""}`;
  let known = cache.get(dir);
  if (known === undefined) {
    known = new Map();
    cache.set(dir, known);
  }
  if (known.has(key)) return known.get(key) ?? null;
  const scope = lookUp(dir, header, on);
  if (known.size > 1000) known.clear();
  known.set(key, scope);
  return scope;
};

const cache = new WeakMap<Directory, Map<string, Scope | null>>();

const lookUp = (
  dir: Directory,
  header: ParsedNotice.ParsedNoticeHeader,
  on: IsoDate.IsoDate | null,
): Scope | null => {
  for (const name of candidates(header)) {
    const m = AgencyDirectory.match(dir, name, on);
    if (m.kind !== "agency") continue;
    const localId = committeeOf(dir, m.agency.id);
    return { localId, provinceId: rootOf(dir, localId) };
  }
  return null;
};

/** Whether an agency belongs to another province's tree than the scope's (a ministry or a body outside any province does not). */
export const isOutside = (dir: Directory, scope: Scope, agencyId: string): boolean => {
  const root = rootOf(dir, agencyId);
  return root !== scope.provinceId && AgencyDirectory.get(dir, root)?.kind === "people-committee";
};

/** The scope of a known issuer (a directory id), or `null` when the directory does not hold it. */
export const ofId = (dir: Directory, issuerId: string): Scope | null => {
  if (AgencyDirectory.get(dir, issuerId) === null) return null;
  const localId = committeeOf(dir, issuerId);
  return { localId, provinceId: rootOf(dir, localId) };
};
