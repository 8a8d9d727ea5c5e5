/**
 * iCalendar (RFC 5545) feeds: every open deadline (the current, approved due date) and the report
 * cut-offs as all-day events (`VALUE=DATE`). UIDs are stable (`<task id>@dondoc`), and the
 * `SEQUENCE` is the task's version, so a calendar that re-reads the feed moves the same event when
 * a deadline moves, and drops it when the task is done or cancelled.
 */
import { IsoDate, type PolicyPack, ReportingPeriod } from "@dondoc/domain";
import { ICalCalendar, ICalEventTransparency } from "ical-generator";

export interface FeedTask {
  readonly id: string;
  readonly action: string;
  readonly lead_name: string;
  readonly due_on: string | null;
  readonly version: number;
  readonly updated_at: Date;
  readonly notice_number: string | null;
  readonly notice_symbol: string | null;
}

/** An all-day event's date as ical-generator renders it (a UTC midnight is printed as that date). */
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export interface CutOff {
  readonly uid: string;
  readonly on: string;
  readonly summary: string;
}

/**
 * Report cut-offs (ngày chốt số liệu, Decree 09/2019 art. 12) and report due days (art. 13) of the
 * monthly periods from three months before `today` to twelve after.
 */
export const cutOffs = (policy: PolicyPack.PolicyPack, today: string): CutOff[] => {
  const [y = 2000, m = 1] = today.split("-").map(Number);
  const out: CutOff[] = [];
  for (let k = -3; k <= 12; k++) {
    const p = ReportingPeriod.of("monthly", y, m + k, policy.reportingPeriods);
    out.push({
      uid: `cutoff-${p.year}-${String(p.index).padStart(2, "0")}@dondoc`,
      on: p.end,
      summary: `Chốt số liệu báo cáo ${p.label}`,
    });
    const lastDay = IsoDate.daysInMonth(p.year, p.index);
    const due = IsoDate.make(p.year, p.index, Math.min(policy.recurringReportDueDay, lastDay));
    out.push({
      uid: `report-due-${p.year}-${String(p.index).padStart(2, "0")}@dondoc`,
      on: due,
      summary: `Hạn gửi báo cáo ${p.label}`,
    });
  }
  return out;
};

/** Renders a feed. */
export const render = (input: {
  readonly name: string;
  readonly tasks: readonly FeedTask[];
  readonly cutOffs: readonly CutOff[];
  readonly stamp: Date;
  readonly baseUrl?: string;
}): string => {
  const cal = new ICalCalendar({
    name: input.name,
    prodId: { company: "dondoc", product: "dondoc", language: "VI" },
    ttl: 3600,
  });
  for (const t of input.tasks) {
    if (t.due_on === null) continue;
    const ref = [t.notice_number, t.notice_symbol].filter((s) => s !== null && s !== "").join("/");
    cal.createEvent({
      id: `${t.id}@dondoc`,
      start: day(t.due_on),
      end: day(IsoDate.addDays(t.due_on, 1)),
      allDay: true,
      summary: `Hạn: ${t.action}`,
      description: `Chủ trì: ${t.lead_name}${ref === "" ? "" : `\nVăn bản: ${ref}`}`,
      sequence: t.version,
      stamp: input.stamp,
      lastModified: t.updated_at,
      transparency: ICalEventTransparency.TRANSPARENT,
      ...(input.baseUrl === undefined ? {} : { url: `${input.baseUrl}/tasks/${t.id}` }),
    });
  }
  for (const c of input.cutOffs) {
    cal.createEvent({
      id: c.uid,
      start: day(c.on),
      end: day(IsoDate.addDays(c.on, 1)),
      allDay: true,
      summary: c.summary,
      stamp: input.stamp,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return cal.toString();
};
