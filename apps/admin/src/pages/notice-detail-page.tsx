/**
 * NoticeDetailPage — one notice: its header, its directives in order and the status of every
 * task each directive created; the source text beside it, with the selected directive highlighted.
 */
import { Badge, Card, Grid, Group, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { noticeTasksQuery } from "../api/queries.js";
import { noticeQuery } from "../api/tasks.js";
import type { Directive, Task } from "../api/types.js";
import { AnchorLink } from "../components/anchor-link.js";
import { ProblemAlert } from "../components/problem-alert.js";
import { PageLoader } from "../components/route-error.js";
import { SourceText } from "../components/source-text.js";
import { TimelinessBadge } from "../components/timeliness-badge.js";
import { formatDate } from "../lib/dates.js";
import { noticeLabel } from "./task/task-detail.js";

const route = getRouteApi("/app/notices/$noticeId");

export function NoticeDetailPage() {
  const { t } = useTranslation();
  const { noticeId } = route.useParams();
  const notice = useQuery(noticeQuery(noticeId));
  const tasks = useQuery(noticeTasksQuery(noticeId));
  const [selected, setSelected] = useState<Directive | null>(null);

  if (notice.error) return <ProblemAlert error={notice.error} onRetry={() => void notice.refetch()} />;
  if (!notice.data) return <PageLoader />;
  const n = notice.data.data;
  const byDirective = new Map<string | null, Task[]>();
  for (const task of tasks.data ?? []) {
    const list = byDirective.get(task.directiveId) ?? [];
    list.push(task);
    byDirective.set(task.directiveId, list);
  }

  return (
    <Stack>
      <AnchorLink to="/notices" size="sm">
        ← {t("notices.title")}
      </AnchorLink>
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={1} size="h3">
            {t("notices.heading", { label: noticeLabel(n, t("notices.unnumbered")) })}
          </Title>
          <Badge variant="light" style={{ textTransform: "none" }}>
            {t(`notices.lifecycle.${n.lifecycle}`)}
          </Badge>
        </Group>
        {n.subject ? <Text>{n.subject}</Text> : null}
        <Text size="sm" c="dimmed">
          {[n.issuer, n.place, n.meetingOn ? t("notices.meetingOn", { date: formatDate(n.meetingOn) }) : null]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        <AnchorLink to="/tasks" search={{ noticeId: n.id }} size="sm">
          {t("notices.allTasks", { count: tasks.data?.length ?? 0 })}
        </AnchorLink>
      </Stack>
      {tasks.error ? <ProblemAlert error={tasks.error} /> : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="xs">
            {(n.directives ?? []).map((d) => (
              <Card key={d.id} withBorder p="sm" {...(selected?.id === d.id ? { bg: "yellow.0" } : {})}>
                <UnstyledButton onClick={() => setSelected(d)} aria-pressed={selected?.id === d.id} w="100%">
                  <Text size="sm">
                    <Text span fw={700}>
                      {d.path}.
                    </Text>{" "}
                    {d.text}
                  </Text>
                  {d.informational ? (
                    <Text size="xs" c="dimmed">
                      {t("notices.informational")}
                    </Text>
                  ) : null}
                </UnstyledButton>
                <Stack gap={4} mt={6}>
                  {(byDirective.get(d.id) ?? []).map((task) => (
                    <Group key={task.id} gap="xs" wrap="nowrap" align="flex-start">
                      <TimelinessBadge value={task.timeliness} />
                      <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} size="sm">
                        {task.leadName}: {task.action}
                      </AnchorLink>
                      <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                        {formatDate(task.dueOn)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </Card>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder p="sm" pos="sticky" top={70}>
            <SourceText
              text={n.sourceText}
              highlight={selected?.span ?? null}
              maxHeight="70vh"
              label={t("task.tabs.source")}
            />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
