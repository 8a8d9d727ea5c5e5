/**
 * Agency — cơ quan, đơn vị. One entry of the agency directory: its official name, the short
 * names and aliases notices use for it, its place in the hierarchy, the collective groups it
 * belongs to (“các sở, ban, ngành”, “UBND các phường, xã”), and its validity: agencies are merged
 * and renamed (the 2025 reorganisation, Decree 45/2025/NĐ-CP), so each has a `validFrom`/`validTo`
 * and, once it ends, the `successorId` that takes over its work.
 */
import { z } from "zod";

import { IsoDate } from "./iso-date.js";

/** What kind of body an agency is. */
export const AgencyKind = z
  .enum([
    "people-committee", // Ủy ban nhân dân (tỉnh, huyện/thành phố, xã/phường)
    "council", // Hội đồng nhân dân
    "office", // Văn phòng (UBND, HĐND và UBND, Thành ủy)
    "department", // Sở, cơ quan chuyên môn thuộc UBND tỉnh (incl. Thanh tra tỉnh)
    "board", // Ban (Ban Quản lý các KCN, Ban QLDA, Ban Chỉ đạo)
    "division", // Phòng chuyên môn thuộc UBND cấp huyện
    "party", // Tỉnh ủy, Thành ủy and their bodies
    "police", // Công an
    "public-service-unit", // Đơn vị sự nghiệp (trung tâm, đài)
    "mass-organisation", // Mặt trận Tổ quốc, đoàn thể
    "enterprise", // Doanh nghiệp (Viettel, Điện lực)
    "other",
  ])
  .describe("Loại cơ quan");
export type AgencyKind = z.infer<typeof AgencyKind>;

/** A directory agency. */
export const Agency = z.object({
  id: z.string().min(1).describe("Mã cơ quan, ổn định, ví dụ `brvt.so-tttt`"),
  name: z.string().min(1).describe("Tên chính thức, ví dụ “Sở Thông tin và Truyền thông”"),
  /** Short names shown in lists (“Sở TT&TT”); also matched. */
  shortNames: z.array(z.string()),
  /** Other ways notices write it (“Sở Thông tin - Truyền thông tỉnh”); matched, never shown. */
  aliases: z.array(z.string()),
  parentId: z.string().nullable().describe("Cơ quan cấp trên trực tiếp"),
  kind: AgencyKind,
  /** Ids of the {@link AgencyGroup}s the agency is a member of. */
  groups: z.array(z.string()),
  /** First day the agency exists; `null` = since before the directory's horizon. */
  validFrom: IsoDate.nullable(),
  /** Last day the agency exists (inclusive); `null` = still operating. */
  validTo: IsoDate.nullable(),
  /** The agency that takes over its work after `validTo` (merger, renaming). */
  successorId: z.string().nullable(),
});
export type Agency = z.infer<typeof Agency>;

/**
 * A collective assignee (chủ thể tập hợp) — “Các sở, ban, ngành”, “UBND các phường, xã” — as a
 * named group of agencies. A group may include other groups (“các sở, ban, ngành, địa phương” =
 * the departments + the local committees).
 */
export const AgencyGroup = z.object({
  id: z.string().min(1),
  name: z.string().min(1).describe("Tên nhóm, ví dụ “Các sở, ban, ngành tỉnh”"),
  /** The phrases notices use for the group; matched like agency aliases. */
  phrases: z.array(z.string()),
  /** The agency whose subordinates the group gathers (UBND tỉnh, UBND thành phố); informational. */
  ownerId: z.string().nullable(),
  /** Ids of groups whose members also belong to this one. */
  includes: z.array(z.string()),
});
export type AgencyGroup = z.infer<typeof AgencyGroup>;

/** Whether the agency exists on `on` (`null` = any date: always true). */
export const isValidOn = (agency: Agency, on: IsoDate | null): boolean =>
  on === null ||
  ((agency.validFrom === null || agency.validFrom <= on) &&
    (agency.validTo === null || on <= agency.validTo));

/** Every name the agency is known by: the official name, short names and aliases. */
export const namesOf = (agency: Agency): string[] => [agency.name, ...agency.shortNames, ...agency.aliases];

/** A convenience constructor for directory data: fills the optional lists and dates. */
export const make = (
  fields: Pick<Agency, "id" | "name" | "kind"> & Partial<Omit<Agency, "id" | "name" | "kind">>,
): Agency => ({
  shortNames: [],
  aliases: [],
  parentId: null,
  groups: [],
  validFrom: null,
  validTo: null,
  successorId: null,
  ...fields,
});
