/**
 * NoticeTimeline — the tasks of one notice on a time axis, for leaders who look rather than read:
 * each task a bar from the notice's date to its deadline in force, a dot on its completion day,
 * the stretch past the deadline of an overdue task, and a line for today (the server's day, from
 * the summary). Colours are the timeliness badge's and never the only signal: every row says its
 * status in words (its `aria-label` and the badge), and the same facts can be read as a table.
 * Plain HTML and CSS: the axis is layout only, every date and status is the API's.
 */
import { Badge, Box, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { summaryQuery } from "../api/queries.js";
import type { Task } from "../api/types.js";
import { AnchorLink } from "../components/anchor-link.js";
import { TimelinessBadge, timelinessColor } from "../components/timeliness-badge.js";
import { formatDate, isoDay } from "../lib/dates.js";

const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Where a day lies on the axis, in percent. */
const at = (day: number, from: number, to: number): number =>
  Math.min(100, Math.max(0, ((day - from) / Math.max(1, to - from)) * 100));

const colorOf = (task: Task) => `var(--mantine-color-${timelinessColor[task.timeliness]}-6)`;

export function NoticeTimeline({
  issuedOn,
  tasks,
}: {
  readonly issuedOn: string | null;
  readonly tasks: readonly Task[];
}) {
  const { t } = useTranslation();
  const summary = useQuery(summaryQuery);
  const [asTable, setAsTable] = useState(false);
  if (tasks.length === 0) return null;
  const today = summary.data?.asOf ?? isoDay(new Date());
  const days = [
    ...(issuedOn ? [issuedOn] : []),
    today,
    ...tasks.flatMap((task) => [task.dueOn, task.completedOn].filter((d): d is string => d !== null)),
  ].map(dayOf);
  const first = issuedOn ? dayOf(issuedOn) : Math.min(...days);
  const from = Math.min(first, ...days);
  // A little room after the last day, so its dot and label are not on the edge.
  const to = Math.max(...days) + Math.max(2, Math.round((Math.max(...days) - from) * 0.04));
  const start = formatDate(issuedOn ?? new Date(from * 86_400_000).toISOString().slice(0, 10));
  const end = formatDate(new Date(to * 86_400_000).toISOString().slice(0, 10));
  const todayAt = at(dayOf(today), from, to);

  const labelOf = (task: Task) => {
    const status = t(`timeliness.${task.timeliness}`);
    const name = `${task.leadName}: ${task.action.slice(0, 80)}`;
    if (task.dueOn === null) return t("leaders.timeline.barNoDue", { task: name, status });
    const due = formatDate(task.dueOn);
    return task.completedOn
      ? t("leaders.timeline.barDone", { task: name, due, done: formatDate(task.completedOn), status })
      : t("leaders.timeline.bar", { task: name, due, status });
  };

  return (
    <Card withBorder p="sm" component="section" aria-labelledby="notice-timeline">
      <Group justify="space-between" mb={4}>
        <Title order={2} size="h4" id="notice-timeline">
          {t("leaders.timeline.title")}
        </Title>
        <Button variant="subtle" size="xs" onClick={() => setAsTable((v) => !v)} aria-expanded={asTable}>
          {asTable ? t("leaders.timeline.hideTable") : t("leaders.timeline.showTable")}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t("leaders.timeline.hint")}
      </Text>
      <Box
        role="group"
        aria-label={t("leaders.timeline.figure", {
          count: tasks.length,
          from: start,
          to: end,
          today: formatDate(today),
        })}
        pos="relative"
      >
        <Group justify="space-between" mb={4}>
          <Text size="xs" c="dimmed">
            {start}
          </Text>
          <Text size="xs" c="dimmed">
            {end}
          </Text>
        </Group>
        <Box
          aria-hidden
          pos="absolute"
          top={22}
          bottom={0}
          style={{
            left: `${todayAt}%`,
            borderLeft: "2px dashed var(--mantine-color-blue-7)",
            zIndex: 1,
            pointerEvents: "none",
          }}
        />

        <Box pos="relative" h={18}>
          <Text
            size="xs"
            c="blue.8"
            fw={600}
            pos="absolute"
            top={0}
            style={{ left: `${todayAt}%`, transform: todayAt > 50 ? "translateX(-105%)" : "translateX(4px)" }}
            data-testid="timeline-today"
          >
            {t("leaders.timeline.today", { date: formatDate(today) })}
          </Text>
        </Box>
        <Stack gap={6} component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }} mt={4}>
          {tasks.map((task) => {
            const due = task.dueOn === null ? null : dayOf(task.dueOn);
            const end = due ?? to;
            const left = at(first, from, to);
            const width = Math.max(0.8, at(end, from, to) - left);
            const overdueTo =
              task.timeliness === "overdue" && due !== null ? at(dayOf(today), from, to) : null;
            const done = task.completedOn === null ? null : at(dayOf(task.completedOn), from, to);
            return (
              <Box component="li" key={task.id} aria-label={labelOf(task)} data-testid="timeline-row">
                <Text size="xs" lineClamp={1} aria-hidden>
                  <Text span fw={600}>
                    {task.leadName}
                  </Text>
                  {" · "}
                  {task.action}
                </Text>
                <Box
                  aria-hidden
                  pos="relative"
                  h={12}
                  bg="var(--mantine-color-gray-1)"
                  style={{ borderRadius: 3 }}
                >
                  <Box
                    pos="absolute"
                    top={2}
                    h={8}
                    style={{
                      left: `${left}%`,
                      width: `${width}%`,
                      background: colorOf(task),
                      opacity: due === null ? 0.35 : 1,
                      borderRadius: 3,
                    }}
                  />
                  {overdueTo !== null && due !== null ? (
                    <Box
                      pos="absolute"
                      top={2}
                      h={8}
                      style={{
                        left: `${at(due, from, to)}%`,
                        width: `${Math.max(0.5, overdueTo - at(due, from, to))}%`,
                        background:
                          "repeating-linear-gradient(45deg, var(--mantine-color-red-7) 0 3px, var(--mantine-color-red-2) 3px 6px)",
                        borderRadius: 3,
                      }}
                    />
                  ) : null}
                  {done !== null ? (
                    <Box
                      pos="absolute"
                      top={0}
                      w={12}
                      h={12}
                      style={{
                        left: `calc(${done}% - 6px)`,
                        borderRadius: "50%",
                        background: "var(--mantine-color-white)",
                        border: `3px solid ${colorOf(task)}`,
                      }}
                    />
                  ) : null}
                </Box>
              </Box>
            );
          })}
        </Stack>
      </Box>
      {asTable ? (
        <Table.ScrollContainer minWidth={560} mt="sm">
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Caption>{t("leaders.timeline.title")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("leaders.timeline.col.task")}</Table.Th>
                <Table.Th>{t("leaders.timeline.col.lead")}</Table.Th>
                <Table.Th>{t("leaders.timeline.col.due")}</Table.Th>
                <Table.Th>{t("leaders.timeline.col.completed")}</Table.Th>
                <Table.Th>{t("leaders.timeline.col.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td maw={320}>
                    <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} lineClamp={2} size="sm">
                      {task.action}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{task.leadName}</Table.Td>
                  <Table.Td>{formatDate(task.dueOn) || t("leaders.timeline.noDue")}</Table.Td>
                  <Table.Td>{formatDate(task.completedOn) || "—"}</Table.Td>
                  <Table.Td>
                    <TimelinessBadge
                      value={task.timeliness}
                      lateness={task.lateness}
                      nextOccurrence={task.nextOccurrence}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Group gap={6} mt="xs">
        {(["overdue", "due-soon", "not-due", "done-on-time", "done-late"] as const).map((v) => (
          <Badge
            key={v}
            color={timelinessColor[v]}
            variant="dot"
            radius="sm"
            style={{ textTransform: "none" }}
          >
            {t(`timeliness.${v}`)}
          </Badge>
        ))}
      </Group>
    </Card>
  );
}
