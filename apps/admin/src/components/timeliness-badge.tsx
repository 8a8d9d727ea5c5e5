/**
 * TimelinessBadge — the derived status of a task in the words the Vietnamese reports use, with a
 * colour that is never the only signal (the text always says it).
 */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { TaskLifecycle, Timeliness } from "../api/types.js";

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

export function TimelinessBadge({ value }: { readonly value: Timeliness }) {
  const { t } = useTranslation();
  return (
    <Badge color={timelinessColor[value]} variant="light" radius="sm" styles={badgeStyles}>
      {t(`timeliness.${value}`)}
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
