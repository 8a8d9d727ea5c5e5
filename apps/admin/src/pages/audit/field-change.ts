/**
 * One edited field of an audit entry, in words: the field's name (“Nội dung công việc”) and its
 * values before and after, as an office reads them — days `dd/MM/yyyy`, instants with the time,
 * states and yes/no in words, lists of agencies by name. Ids that only repeat a name shown beside
 * them (`lead_agency_id` next to `lead_name`) are left out.
 */
import type { TFunction } from "i18next";

import { formatDate, formatDateTime } from "../../lib/dates.js";

export interface FieldChange {
  readonly field: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Fields that repeat what another field of the same change names. */
const REPEATS: ReadonlySet<string> = new Set([
  "lead_agency_id",
  "handler_id",
  "issuer_agency_id",
  "directive_id",
  "lead_group_id",
  "fanned_from_id",
  "created_by",
  "notice_id",
  "task_id",
]);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The edited fields worth showing. */
export const shownChanges = (changes: readonly FieldChange[]): FieldChange[] =>
  changes.filter((c) => !REPEATS.has(c.field));

/** A value as a reader sees it. */
export function formatValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === "") return t("auditLog.empty");
  if (typeof value === "boolean") return value ? t("auditLog.yes") : t("auditLog.no");
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (field === "lifecycle" || field === "status")
      return t([`lifecycle.${value}`, `notices.lifecycle.${value}`, `auditLog.status.${value}`], {
        defaultValue: value,
      });
    if (DAY.test(value)) return formatDate(value);
    if (INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t("auditLog.empty");
    return value.map((v) => formatValue(field, named(v) ?? v, t)).join("; ");
  }
  const name = named(value);
  if (name !== null) return name;
  return JSON.stringify(value);
}

/** The name or phrase an object value stands for (`{ name }`, a deadline's `{ phrase }`). */
function named(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  for (const key of ["name", "phrase", "code"]) if (typeof v[key] === "string") return v[key] as string;
  return null;
}

/** The field's name, falling back to the column's name for a field this screen does not know. */
export function fieldLabel(field: string, t: TFunction): string {
  return t(`auditLog.field.${field}`, { defaultValue: field });
}
