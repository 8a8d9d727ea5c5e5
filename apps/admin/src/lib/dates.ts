/**
 * Dates as a Vietnamese office writes them: `dd/MM/yyyy`, in Asia/Ho_Chi_Minh. Calendar dates from
 * the API (`YYYY-MM-DD`) are shown as written, never shifted through a time zone; instants
 * (ISO timestamps) are shown in local Vietnamese time.
 */

/** The time zone every deadline and timestamp is judged in (DESIGN.md, Calendar). */
export const timeZone = "Asia/Ho_Chi_Minh";

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

const timeFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const isoDayFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/**
 * `2023-01-31` → `31/01/2023`; an instant → its local day. Empty for `null`/`undefined`, and the
 * input unchanged when it is not a date (so a bad value is visible rather than hidden).
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") {
    const m = isoDatePattern.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return dayFormatter.format(date);
}

/** An instant as `dd/MM/yyyy HH:mm` in Vietnamese local time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return `${dayFormatter.format(date)} ${timeFormatter.format(date)}`;
}

/** The local calendar day (`YYYY-MM-DD`) of an instant in Vietnam. */
export function isoDay(at: Date): string {
  return isoDayFormatter.format(at);
}

/** `31/01/2023` → `2023-01-31`; `null` when the text is not a real day. */
export function parseDisplayDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
