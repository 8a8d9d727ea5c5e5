/**
 * TaskBoard — the tasks page as a board, for leaders who look rather than read: one column per
 * timeliness (overdue, due soon, not yet due, no deadline, done on time, done late) or per lead
 * agency (its overdue tasks, the agency with most first). Read-only. Each column is the task
 * list's own filter (the page's filters plus the column's), its first cards and a link to the
 * whole list; its count is the summary's (GET /v1/summary, the length of that list) while no
 * other filter narrows the board, else what one bounded page of the list shows.
 */
import { Badge, Card, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { summaryQuery, type TaskFilters, taskColumnQuery } from "../api/queries.js";
import type { Task, Timeliness } from "../api/types.js";
import { AnchorLink } from "../components/anchor-link.js";
import { ProblemAlert } from "../components/problem-alert.js";
import { PageLoader } from "../components/route-error.js";
import { TimelinessBadge, timelinessColor } from "../components/timeliness-badge.js";
import { formatDate } from "../lib/dates.js";

/** Cards shown per column before “see more”. */
export const cardsPerColumn = 8;

/** The board's timeliness columns, in the order a leader reads them. */
export const boardTimeliness: readonly Timeliness[] = [
  "overdue",
  "due-soon",
  "not-due",
  "no-deadline",
  "done-on-time",
  "done-late",
];

/** Most agency columns shown (the summary orders agencies by their overdue count). */
const maxAgencyColumns = 12;

export function TaskBoard({
  filters,
  by,
}: {
  readonly filters: TaskFilters;
  readonly by: "timeliness" | "agency";
}) {
  const { t } = useTranslation();
  const summary = useQuery(summaryQuery);
  // The summary counts the caller's whole list: it is the column's count only when nothing else narrows it.
  const narrowed = Object.keys(filters).some((k) => k !== "sort");
  if (summary.error) return <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  if (!summary.data) return <PageLoader />;

  if (by === "agency") {
    const agencies = summary.data.overdueByAgency.filter(
      (a): a is typeof a & { agencyId: string } => a.agencyId !== null,
    );
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t("leaders.board.agencyHint")}
        </Text>
        {agencies.length === 0 ? <Text c="dimmed">{t("leaders.board.noAgency")}</Text> : null}
        <Columns>
          {agencies.slice(0, maxAgencyColumns).map((a) => (
            <BoardColumn
              key={a.agencyId}
              id={`agency-${a.agencyId}`}
              title={a.name}
              color="red.9"
              filters={{ ...filters, agencyId: a.agencyId, timeliness: "overdue" }}
              known={narrowed ? null : a.count}
            />
          ))}
        </Columns>
      </Stack>
    );
  }

  return (
    <Columns>
      {boardTimeliness
        .filter((v) => filters.timeliness === undefined || filters.timeliness === v)
        .map((v) => (
          <BoardColumn
            key={v}
            id={`timeliness-${v}`}
            title={t(`timeliness.${v}`)}
            color={`${timelinessColor[v]}.9`}
            filters={{ ...filters, timeliness: v }}
            known={narrowed ? null : summary.data.counts[v]}
          />
        ))}
    </Columns>
  );
}

function Columns({ children }: { readonly children: React.ReactNode }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 6 }} spacing="sm" miw={0}>
        {children}
      </SimpleGrid>
    </ScrollArea>
  );
}

function BoardColumn({
  id,
  title,
  color,
  filters,
  known,
}: {
  readonly id: string;
  readonly title: string;
  readonly color: string;
  readonly filters: TaskFilters;
  /** The column's count from the summary; `null` when filters narrow the board. */
  readonly known: number | null;
}) {
  const { t } = useTranslation();
  const page = useQuery(taskColumnQuery(filters, cardsPerColumn));
  const items = page.data?.items ?? [];
  const more = page.data?.nextCursor != null;
  const count =
    known !== null
      ? String(known)
      : more
        ? t("leaders.board.atLeast", { count: items.length })
        : String(items.length);
  const headingId = `board-${id}`;
  return (
    <Paper
      withBorder
      p="xs"
      component="section"
      aria-labelledby={headingId}
      data-testid={`board-column-${id}`}
    >
      <Group justify="space-between" wrap="nowrap" mb="xs" align="flex-start">
        <Title order={2} size="h5" id={headingId}>
          {title}
        </Title>
        <Badge
          color={color}
          variant="filled"
          size="lg"
          aria-label={t("leaders.board.column", { name: title, count })}
        >
          {count}
        </Badge>
      </Group>
      {page.error ? <ProblemAlert error={page.error} /> : null}
      {page.isPending ? <PageLoader /> : null}
      {page.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("leaders.board.empty")}
        </Text>
      ) : null}
      <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((task) => (
          <BoardCard key={task.id} task={task} />
        ))}
      </Stack>
      {more ? (
        <AnchorLink to="/tasks" search={filters} size="sm" mt="xs" display="inline-block">
          {t("leaders.board.more")}
        </AnchorLink>
      ) : null}
    </Paper>
  );
}

function BoardCard({ task }: { readonly task: Task }) {
  const { t } = useTranslation();
  return (
    <Card withBorder p="xs" component="li">
      <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} size="sm" fw={500} lineClamp={3}>
        {task.action}
      </AnchorLink>
      <Text size="xs" c="dimmed">
        {task.leadName}
      </Text>
      <Group gap={6} mt={4}>
        {task.dueOn ? (
          <Text size="xs">{t("leaders.board.due", { date: formatDate(task.dueOn) })}</Text>
        ) : null}
        <TimelinessBadge
          value={task.timeliness}
          lateness={task.lateness}
          nextOccurrence={task.nextOccurrence}
        />
      </Group>
    </Card>
  );
}
