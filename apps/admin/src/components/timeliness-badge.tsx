/**
 * TimelinessBadge — the derived status of a task in the words the Vietnamese reports use, with a
 * colour that is never the only signal (the text always says it).
 */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { TaskLifecycle, Timeliness } from "../api/types.js";
import { formatDate } from "../lib/dates.js";

export const timelinessColor: Record<Timeliness, string> = {
  overdue: "red",
  "due-soon": "orange",
  "not-due": "green",
  "no-deadline": "gray",
  "done-on-time": "teal",
  "done-late": "grape",
  done: "teal",
  draft: "gray",
  paused: "gray",
  cancelled: "dark",
};

/** Badges that never cut their words: they wrap, and do not shrink in a row. */
const badgeStyles = {
  root: { textTransform: "none", flexShrink: 0, height: "auto", minHeight: 20 },
  label: { whiteSpace: "normal", overflow: "visible", lineHeight: 1.3 },
} as const;

/** Days late as the server counts them (the domain's `Lateness`): calendar and working days. */
export interface LatenessValue {
  readonly calendarDays: number;
  readonly workingDays: number;
}

/**
 * The timeliness, and for an overdue task or one done late, how many days: “Quá hạn · 4 ngày (2
 * ngày làm việc)”.
 */
/** A recurring duty's next report, as the server computes it. */
export interface NextOccurrence {
  readonly label: string;
  readonly labelEn: string;
  readonly dueOn: string;
}

export function TimelinessBadge({
  value,
  lateness,
  nextOccurrence,
}: {
  readonly value: Timeliness;
  readonly lateness?: LatenessValue | null | undefined;
  readonly nextOccurrence?: NextOccurrence | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  if (nextOccurrence !== null && nextOccurrence !== undefined && value === "no-deadline") {
    const label = i18n.language === "en" ? nextOccurrence.labelEn : nextOccurrence.label;
    return (
      <Badge color="blue" variant="light" radius="sm" styles={badgeStyles}>
        {t("recurring.next", { period: label, dueOn: formatDate(nextOccurrence.dueOn) })}
      </Badge>
    );
  }
  const late =
    lateness === null || lateness === undefined
      ? null
      : lateness.calendarDays === 0
        ? t("lateness.sameDay")
        : t("lateness.days", { days: lateness.calendarDays, working: lateness.workingDays });
  return (
    <Badge color={timelinessColor[value]} variant="light" radius="sm" styles={badgeStyles}>
      {late === null ? t(`timeliness.${value}`) : `${t(`timeliness.${value}`)} · ${late}`}
    </Badge>
  );
}

export function LifecycleBadge({ value }: { readonly value: TaskLifecycle }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" radius="sm" styles={badgeStyles}>
      {t(`lifecycle.${value}`)}
    </Badge>
  );
}
