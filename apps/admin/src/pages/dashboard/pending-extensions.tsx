/**
 * PendingExtensions — the secretariat's queue of extension requests awaiting a decision: for each,
 * the task (linked), its lead agency, the days left to the deadline in force or the days overdue,
 * the dates asked, and the flags of a request made after the due date or beyond the policy.
 */
import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, callAll } from "../../api/client.js";
import { AnchorLink } from "../../components/anchor-link.js";
import { ExtensionDue, ExtensionFlagBadges } from "../../components/extension-facts.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDate, formatDateTime } from "../../lib/dates.js";

export function PendingExtensions() {
  const { t } = useTranslation();
  const pending = useQuery({
    queryKey: ["extensions", "pending"],
    queryFn: () =>
      callAll((query) => api.GET("/v1/extensions", { params: { query: { ...query, status: "pending" } } })),
  });
  const items = pending.data ?? [];
  return (
    <Card withBorder p="sm" component="section" aria-labelledby="dash-extensions">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="dash-extensions">
          {t("dashboard.pendingExtensions")}
        </Title>
        <Badge color={items.length > 0 ? "orange" : "gray"} size="lg">
          {items.length}
        </Badge>
      </Group>
      {pending.error ? <ProblemAlert error={pending.error} /> : null}
      {pending.data && items.length === 0 ? (
        <Text c="dimmed">{t("dashboard.noPendingExtensions")}</Text>
      ) : null}
      <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.slice(0, 10).map((e) => (
          <Stack key={e.id} gap={2} component="li">
            <AnchorLink to="/tasks/$taskId" params={{ taskId: e.taskId }} size="sm" fw={600} lineClamp={2}>
              {e.task.action}
            </AnchorLink>
            <Text size="xs" c="dimmed">
              {t("leaders.extension.agency", { name: e.task.leadName })}
            </Text>
            <ExtensionDue request={e} />
            <Text size="xs">
              {t("task.decision.asked", {
                from: formatDate(e.currentDueOn) || "—",
                to: formatDate(e.requestedDueOn),
              })}
            </Text>
            <ExtensionFlagBadges request={e} />
            <Text size="xs" c="dimmed" lineClamp={2}>
              {formatDateTime(e.createdAt)} · {e.reason}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
