/**
 * DashboardPage — one screen that says who is late: open tasks per timeliness band, overdue and
 * due-soon counts, overdue by agency, the on-time rate of each agency for the current Decree 09
 * month (all from `GET /v1/summary`, each number the length of the list it links to), the tasks
 * to follow up worst first (the first page of open tasks by due date) and the latest notices.
 */
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { noticesQuery, openTasksQuery, summaryQuery } from "../../api/queries.js";
import { can, sessionQuery } from "../../auth/session.js";
import { AnchorLink } from "../../components/anchor-link.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { TimelinessBadge } from "../../components/timeliness-badge.js";
import { formatDate, isoDay } from "../../lib/dates.js";
import { noticeLabel } from "../../lib/notice-label.js";
import { PendingExtensions } from "./pending-extensions.js";
import { type Band, bandOf, bands, worstFirst } from "./risk.js";

const bandColor: Record<Band, string> = { red: "red", orange: "orange", green: "green", grey: "gray" };

/** The list behind each band; a band counts exactly the tasks of its list. */
const bandTimeliness: Record<Band, "overdue" | "due-soon" | "not-due" | "no-deadline"> = {
  red: "overdue",
  orange: "due-soon",
  green: "not-due",
  grey: "no-deadline",
};

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const canDecide = can.decideExtensions(user?.role ?? "leader");
  const today = isoDay(new Date());
  const summary = useQuery(summaryQuery);
  const open = useQuery(openTasksQuery(50));
  const notices = useInfiniteQuery(noticesQuery({}));

  if (summary.error) return <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return <PageLoader />;

  const { counts: byTimeliness, period, onTime } = summary.data;
  const counts = Object.fromEntries(bands.map((b) => [b, byTimeliness[bandTimeliness[b]]])) as Record<
    Band,
    number
  >;
  const overdue = byTimeliness.overdue;
  const dueSoon = byTimeliness["due-soon"];
  const byAgency = summary.data.overdueByAgency;
  const maxOverdue = Math.max(1, ...byAgency.map((r) => r.count));
  const rates = onTime.byAgency;
  const atRisk = worstFirst(open.data?.items ?? [], today).filter(
    (x) => bandOf(x, today) === "red" || bandOf(x, today) === "orange",
  );
  const toFollowUp = overdue + dueSoon;
  const latest = (notices.data?.pages[0]?.items ?? []).slice(0, 6);

  return (
    <Stack>
      <Title order={1} size="h2">
        {t("dashboard.title")}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {bands.map((band) => (
          <AnchorLink
            key={band}
            to="/tasks"
            search={{ lifecycle: "open", timeliness: bandTimeliness[band] }}
            underline="never"
            c="inherit"
          >
            <Card
              withBorder
              p="sm"
              h="100%"
              style={{ borderLeft: `6px solid var(--mantine-color-${bandColor[band]}-7)` }}
            >
              <Text size="sm" c="dimmed">
                {t(`dashboard.band.${band}`)}
              </Text>
              <Text fz={32} fw={700} lh={1.1}>
                {counts[band]}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`dashboard.bandHint.${band}`)}
              </Text>
            </Card>
          </AnchorLink>
        ))}
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AnchorLink to="/tasks" search={{ timeliness: "overdue" }} underline="never" c="inherit">
          <Card withBorder p="sm">
            <Group justify="space-between">
              <Text fw={600}>{t("timeliness.overdue")}</Text>
              <Badge color="red" size="xl" variant="filled">
                {overdue}
              </Badge>
            </Group>
          </Card>
        </AnchorLink>
        <AnchorLink to="/tasks" search={{ timeliness: "due-soon" }} underline="never" c="inherit">
          <Card withBorder p="sm">
            <Group justify="space-between">
              <Text fw={600}>{t("timeliness.due-soon")}</Text>
              <Badge color="orange" size="xl" variant="filled">
                {dueSoon}
              </Badge>
            </Group>
          </Card>
        </AnchorLink>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder p="sm" component="section" aria-labelledby="dash-by-agency">
          <Title order={2} size="h4" id="dash-by-agency" mb="xs">
            {t("dashboard.overdueByAgency")}
          </Title>
          {byAgency.length === 0 ? <Text c="dimmed">{t("dashboard.noOverdue")}</Text> : null}
          <Stack gap={6}>
            {byAgency.map((row) => (
              <div key={row.agencyId ?? row.name}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" truncate>
                    {row.name}
                  </Text>
                  {row.agencyId ? (
                    <AnchorLink
                      to="/tasks"
                      search={{ agencyId: row.agencyId, timeliness: "overdue" }}
                      size="sm"
                      fw={700}
                    >
                      {row.count}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" fw={700}>
                      {row.count}
                    </Text>
                  )}
                </Group>
                <Progress value={(row.count / maxOverdue) * 100} color="red" size="lg" aria-hidden />
              </div>
            ))}
          </Stack>
        </Card>

        <Card withBorder p="sm" component="section" aria-labelledby="dash-rates">
          <Title order={2} size="h4" id="dash-rates">
            {t("dashboard.onTimeRate")}
          </Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t("dashboard.period", {
              code: i18n.language.startsWith("en") ? period.labelEn : period.label,
              from: formatDate(period.from),
              to: formatDate(period.to),
            })}
          </Text>
          {rates.length === 0 ? <Text c="dimmed">{t("dashboard.noneDue")}</Text> : null}
          {rates.length > 0 ? (
            <Table.ScrollContainer minWidth={360}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("tasks.col.lead")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.onTime")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.late")}</Table.Th>
                    <Table.Th ta="right">{t("dashboard.rate")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rates.map((r) => {
                    const base = {
                      dueFrom: period.from,
                      dueTo: period.to,
                      ...(r.agencyId ? { agencyId: r.agencyId } : {}),
                    };
                    return (
                      <Table.Tr key={r.agencyId ?? r.name}>
                        <Table.Td>{r.name}</Table.Td>
                        <Table.Td ta="right">
                          <AnchorLink to="/tasks" search={{ ...base, timeliness: "done-on-time" }}>
                            {r.onTime}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td ta="right">
                          <AnchorLink to="/tasks" search={base}>
                            {r.late}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td ta="right" fw={700}>
                          {r.rate === null ? "—" : `${Math.round(r.rate * 100)}%`}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Card>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder p="sm" component="section" aria-labelledby="dash-risk">
          <Title order={2} size="h4" id="dash-risk" mb="xs">
            {t("dashboard.atRisk")}
          </Title>
          {open.error ? <ProblemAlert error={open.error} onRetry={() => void open.refetch()} /> : null}
          {open.data && atRisk.length === 0 ? <Text c="dimmed">{t("dashboard.noRisk")}</Text> : null}
          <Stack gap={6}>
            {atRisk.slice(0, 12).map((task) => (
              <Group key={task.id} gap="xs" wrap="nowrap" align="flex-start">
                <TimelinessBadge
                  value={task.timeliness}
                  lateness={task.lateness}
                  nextOccurrence={task.nextOccurrence}
                />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} size="sm" lineClamp={2}>
                    {task.action}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {task.leadName} · {formatDate(task.dueOn)}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
          {toFollowUp > 12 ? (
            <AnchorLink to="/tasks" search={{ lifecycle: "open" }} size="sm" mt="xs">
              {t("dashboard.seeAll", { count: toFollowUp })}
            </AnchorLink>
          ) : null}
        </Card>

        <Stack>
          {canDecide ? <PendingExtensions /> : null}
          <Card withBorder p="sm" component="section" aria-labelledby="dash-notices">
            <Title order={2} size="h4" id="dash-notices" mb="xs">
              {t("dashboard.latestNotices")}
            </Title>
            {notices.error ? <ProblemAlert error={notices.error} /> : null}
            <Stack gap={6}>
              {latest.map((n) => (
                <Stack key={n.id} gap={0}>
                  <AnchorLink to="/notices/$noticeId" params={{ noticeId: n.id }} size="sm" fw={600}>
                    {noticeLabel(n, t("notices.unnumbered"))}
                  </AnchorLink>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {n.subject}
                  </Text>
                </Stack>
              ))}
            </Stack>
          </Card>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
