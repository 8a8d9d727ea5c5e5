/**
 * ExtensionFacts — what a decision on an extension request needs at a glance, as the API computes
 * it (never recomputed here): the days left to the deadline in force or the days overdue
 * (`task.daysLeft`, `task.lateness`), and the domain's flags — a request made after the due date
 * (“yêu cầu sau hạn”), one beyond the policy pack's lead time or cap, a decision that needs a reason.
 */
import { Alert, Badge, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { ExtensionRequest } from "../api/types.js";
import { formatDate } from "../lib/dates.js";

/** “Còn 5 ngày đến hạn 15/03/2024”, “Đến hạn hôm nay”, “Quá hạn 10 ngày (hạn 20/02/2024)”. */
export function ExtensionDue({ request }: { readonly request: ExtensionRequest }) {
  const { t } = useTranslation();
  const { dueOn, daysLeft, lateness } = request.task;
  const date = formatDate(dueOn);
  const text =
    dueOn === null || daysLeft === null
      ? t("leaders.extension.noDue")
      : lateness !== null && daysLeft < 0
        ? t("leaders.extension.overdue", { days: lateness.calendarDays, date })
        : daysLeft === 0
          ? t("leaders.extension.dueToday", { date })
          : daysLeft > 0
            ? t("leaders.extension.daysLeft", { count: daysLeft, date })
            : date;
  return (
    <Text size="sm" {...(lateness !== null ? { c: "red.8", fw: 600 } : {})}>
      {text}
    </Text>
  );
}

/** The flags as badges: for a list (the dashboard's card). */
export function ExtensionFlagBadges({ request }: { readonly request: ExtensionRequest }) {
  const { t } = useTranslation();
  const { late, beyondPolicy } = request.flags;
  if (!late && !beyondPolicy) return null;
  return (
    <Group gap={4}>
      {late ? (
        <Badge color="red" variant="light" radius="sm" style={{ textTransform: "none" }}>
          {t("leaders.extension.late")}
        </Badge>
      ) : null}
      {beyondPolicy ? (
        <Badge color="orange" variant="light" radius="sm" style={{ textTransform: "none" }}>
          {t("leaders.extension.beyond")}
        </Badge>
      ) : null}
    </Group>
  );
}

/** The flags spelt out: for the decision dialog. Nothing when there is nothing to flag. */
export function ExtensionFlagNotes({ request }: { readonly request: ExtensionRequest }) {
  const { t } = useTranslation();
  const { late, shortNotice, capReached, beyondPolicy, reasonRequiredAfter } = request.flags;
  if (!late && !beyondPolicy && reasonRequiredAfter === null) return null;
  const title = [
    late ? t("leaders.extension.late") : null,
    beyondPolicy ? t("leaders.extension.beyond") : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Alert color={late || beyondPolicy ? "orange" : "yellow"} title={title || undefined} p="xs">
      <List size="sm" spacing={2}>
        {late ? (
          <List.Item>
            {t("leaders.extension.lateHint", {
              on: formatDate(request.createdAt),
              due: formatDate(request.currentDueOn),
            })}
          </List.Item>
        ) : null}
        {shortNotice !== null ? (
          <List.Item>{t("leaders.extension.shortNotice", shortNotice)}</List.Item>
        ) : null}
        {capReached !== null ? <List.Item>{t("leaders.extension.cap", capReached)}</List.Item> : null}
        {reasonRequiredAfter !== null ? (
          <List.Item>{t("leaders.extension.reason", { days: reasonRequiredAfter })}</List.Item>
        ) : null}
      </List>
    </Alert>
  );
}
