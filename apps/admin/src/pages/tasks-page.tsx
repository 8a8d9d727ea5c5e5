/**
 * TasksPage — the inbox: every task the user may see, filtered by agency, timeliness, days overdue
 * (age band), lifecycle, due range, notice and free text (the API ignores diacritics), with the
 * filters in the URL (so a view can be bookmarked or saved by name) and bulk actions for the
 * secretariat; shown as a list or, for leaders, as a board (`view=board`, `by=agency`).
 */

import type { paths } from "@dondoc/client";
import {
  Button,
  Card,
  Checkbox,
  Collapse,
  Group,
  Menu,
  Modal,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useDebouncedCallback, useLocalStorage, useMediaQuery } from "@mantine/hooks";
import { IconBookmark, IconSearch } from "@tabler/icons-react";
import { useInfiniteQuery, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, callAll } from "../api/client.js";
import {
  agenciesQuery,
  filtersOf,
  noticesQuery,
  type TaskFilters,
  type TaskSearch,
  tasksQuery,
} from "../api/queries.js";
import type { Task, TaskLifecycle, Timeliness } from "../api/types.js";
import { can, sessionQuery } from "../auth/session.js";
import { AnchorLink } from "../components/anchor-link.js";
import { DatesLocale } from "../components/dates-locale.js";
import { ProblemAlert } from "../components/problem-alert.js";
import { PageLoader } from "../components/route-error.js";
import { LifecycleBadge, TimelinessBadge } from "../components/timeliness-badge.js";
import { formatDate } from "../lib/dates.js";
import { noticeLabel } from "../lib/notice-label.js";
import { RemindButton } from "./task/remind-button.js";
import { TaskBoard } from "./task-board.js";
import { TaskBulkActions } from "./task-bulk-actions.js";

const route = getRouteApi("/app/tasks");

const timelinessValues: readonly Timeliness[] = [
  "overdue",
  "due-soon",
  "not-due",
  "no-deadline",
  "done-on-time",
  "done-late",
  "done",
  "paused",
  "cancelled",
];
// The age bands of overdue tasks (the domain's `LatenessBand`), checked against the API's.
type LatenessBand = NonNullable<TaskFilters["latenessBand"]> & NonNullable<TaskQueryBand>;
type TaskQueryBand = NonNullable<paths["/v1/tasks"]["get"]["parameters"]["query"]>["latenessBand"];
const latenessBands = ["1-7", "8-30", "31-90", "over-90"] as const satisfies readonly LatenessBand[];

// The lifecycles an inbox filters by (drafts live in their notice), checked against the API's.
const lifecycleValues = [
  "open",
  "submitted",
  "done",
  "paused",
  "cancelled",
] as const satisfies readonly TaskLifecycle[];

interface SavedView {
  readonly name: string;
  readonly filters: TaskSearch;
}

export function TasksPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const filters = filtersOf(search);
  const board = search.view === "board";
  const navigate = route.useNavigate();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const agencies = useQuery(agenciesQuery);
  const notices = useInfiniteQuery(noticesQuery({ lifecycle: "published" }));
  const resolutions = useQuery({
    queryKey: ["resolutions"],
    queryFn: () => callAll((query) => api.GET("/v1/resolutions", { params: { query } })),
    staleTime: 5 * 60_000,
  });
  const tasks = useInfiniteQuery({ ...tasksQuery(filters), enabled: !board });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [views, setViews] = useLocalStorage<SavedView[]>({ key: "dondoc.task-views", defaultValue: [] });
  const [text, setText] = useState(filters.q ?? "");
  // On a phone the filters fold away behind one button; the list comes first.
  const isWide = useMediaQuery("(min-width: 48em)", true);
  const [showFilters, setShowFilters] = useState(false);
  const [naming, setNaming] = useState(false);
  const [viewName, setViewName] = useState("");
  const saveView = () => {
    const name = viewName.trim();
    if (!name) return;
    setViews([...views.filter((v) => v.name !== name), { name, filters: search }]);
    setViewName("");
    setNaming(false);
  };

  const setFilter = (patch: { [K in keyof TaskSearch]?: string | undefined }) => {
    setSelected(new Set());
    void navigate({ search: (prev) => clean({ ...prev, ...patch }) });
  };
  const setQueryText = useDebouncedCallback((q: string) => setFilter({ q }), 350);

  const items: Task[] = tasks.data?.pages.flatMap((p) => p.items) ?? [];
  const role = user?.role ?? "agency_officer";
  const canBulk = can.bulkEditTasks(role);
  const agencyOptions = (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }));

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <DatesLocale>
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Title order={1} size="h2">
            {t("tasks.title")}
          </Title>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />}>
                {t("tasks.views.title")}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {views.map((v) => (
                <Menu.Item key={v.name} onClick={() => void navigate({ search: clean(v.filters) })}>
                  {v.name}
                </Menu.Item>
              ))}
              {views.length > 0 ? <Menu.Divider /> : null}
              <Menu.Item onClick={() => setNaming(true)}>{t("tasks.views.save")}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Modal opened={naming} onClose={() => setNaming(false)} title={t("tasks.views.save")}>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                saveView();
              }}
            >
              <Stack gap="sm">
                <TextInput
                  label={t("tasks.views.namePrompt")}
                  value={viewName}
                  onChange={(e) => setViewName(e.currentTarget.value)}
                  data-autofocus
                />
                <Button type="submit" disabled={!viewName.trim()} w="fit-content">
                  {t("common.save")}
                </Button>
              </Stack>
            </form>
          </Modal>
        </Group>

        {can.seeMyTasks(role) ? (
          <SegmentedControl
            aria-label={t("tasks.mine.label")}
            value={filters.handlerId === "me" ? "mine" : "all"}
            onChange={(v) => setFilter({ handlerId: v === "mine" ? "me" : undefined })}
            data={[
              { value: "all", label: t("tasks.mine.all") },
              { value: "mine", label: t("nav.myTasks") },
            ]}
            w="fit-content"
          />
        ) : null}

        <Card withBorder p="sm" component="section" aria-label={t("tasks.filters")}>
          <Button
            hiddenFrom="sm"
            variant="light"
            size="xs"
            mb={showFilters ? "sm" : 0}
            onClick={() => setShowFilters((v) => !v)}
            aria-expanded={showFilters}
          >
            {showFilters ? t("tasks.hideFilters") : t("tasks.showFilters")}
          </Button>
          <Collapse expanded={isWide || showFilters}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <TextInput
                label={t("tasks.filter.text")}
                description={t("tasks.filter.textHint")}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={text}
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  setQueryText(e.currentTarget.value);
                }}
              />
              {role !== "agency_officer" ? (
                <Select
                  label={t("tasks.filter.agency")}
                  data={agencyOptions}
                  searchable
                  clearable
                  value={filters.agencyId ?? null}
                  onChange={(v) => setFilter({ agencyId: v ?? undefined })}
                  nothingFoundMessage={t("common.empty")}
                />
              ) : null}
              <Select
                label={t("tasks.filter.timeliness")}
                data={timelinessValues.map((v) => ({ value: v, label: t(`timeliness.${v}`) }))}
                clearable
                value={filters.timeliness ?? null}
                onChange={(v) => setFilter({ timeliness: v ?? undefined })}
              />
              <Select
                label={t("leaders.band.label")}
                data={latenessBands.map((v) => ({ value: v, label: t(`leaders.band.${v}`) }))}
                clearable
                value={filters.latenessBand ?? null}
                onChange={(v) => setFilter({ latenessBand: v ?? undefined })}
              />
              <Select
                label={t("tasks.filter.lifecycle")}
                data={lifecycleValues.map((v) => ({ value: v, label: t(`lifecycle.${v}`) }))}
                clearable
                value={filters.lifecycle ?? null}
                onChange={(v) => setFilter({ lifecycle: v ?? undefined })}
              />
              <DatePickerInput
                type="range"
                label={t("tasks.filter.due")}
                placeholder={t("common.dateFormatHint")}
                valueFormat="DD/MM/YYYY"
                clearable
                allowSingleDateInRange
                value={[filters.dueFrom ?? null, filters.dueTo ?? null]}
                onChange={([from, to]) => setFilter({ dueFrom: from ?? undefined, dueTo: to ?? undefined })}
              />
              <Select
                label={t("tasks.sort.label")}
                data={(["dueOn", "-dueOn", "-createdAt", "createdAt"] as const).map((v) => ({
                  value: v,
                  label: t(`tasks.sort.${v.replace("-", "desc_")}`),
                }))}
                value={filters.sort ?? "dueOn"}
                allowDeselect={false}
                onChange={(v) => setFilter({ sort: v && v !== "dueOn" ? v : undefined })}
              />
              {role !== "agency_officer" ? (
                <Select
                  label={t("tasks.filter.notice")}
                  data={(notices.data?.pages.flatMap((p) => p.items) ?? []).map((n) => ({
                    value: n.id,
                    label: noticeLabel(n, t("notices.unnumbered")),
                  }))}
                  searchable
                  clearable
                  value={filters.noticeId ?? null}
                  onChange={(v) => setFilter({ noticeId: v ?? undefined })}
                  nothingFoundMessage={t("common.empty")}
                />
              ) : null}
              {(resolutions.data ?? []).length > 0 ? (
                <Select
                  label={t("tasks.filter.resolution")}
                  data={(resolutions.data ?? []).map((r) => ({
                    value: r.id,
                    label: `${r.code} — ${r.title}`,
                  }))}
                  searchable
                  clearable
                  value={filters.resolutionId ?? null}
                  onChange={(v) => setFilter({ resolutionId: v ?? undefined })}
                  nothingFoundMessage={t("common.empty")}
                />
              ) : null}
            </SimpleGrid>
          </Collapse>
          <Group justify="space-between" mt="sm">
            {/* GET /v1/tasks pages by cursor and sends no total; the dashboard's counts come from GET /v1/summary. */}
            <Group gap="sm">
              <SegmentedControl
                aria-label={t("leaders.view.label")}
                size="xs"
                value={board ? "board" : "list"}
                onChange={(v) => setFilter({ view: v === "board" ? "board" : undefined })}
                data={[
                  { value: "list", label: t("leaders.view.list") },
                  { value: "board", label: t("leaders.view.board") },
                ]}
              />
              {board ? (
                <SegmentedControl
                  aria-label={t("leaders.board.by")}
                  size="xs"
                  value={search.by === "agency" ? "agency" : "timeliness"}
                  onChange={(v) => setFilter({ by: v === "agency" ? "agency" : undefined })}
                  data={[
                    { value: "timeliness", label: t("leaders.board.byTimeliness") },
                    { value: "agency", label: t("leaders.board.byAgency") },
                  ]}
                />
              ) : null}
              {canBulk && filters.agencyId ? (
                <RemindButton
                  size="xs"
                  target={{
                    kind: "agency",
                    agencyId: filters.agencyId,
                    label: agencyOptions.find((a) => a.value === filters.agencyId)?.label ?? filters.agencyId,
                    ...(filters.noticeId ? { noticeId: filters.noticeId } : {}),
                  }}
                />
              ) : null}
            </Group>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                setText("");
                void navigate({
                  search: board ? { view: "board", ...(search.by ? { by: search.by } : {}) } : {},
                });
              }}
            >
              {t("common.clear")}
            </Button>
          </Group>
        </Card>

        {board ? <TaskBoard filters={filters} by={search.by === "agency" ? "agency" : "timeliness"} /> : null}

        {!board && canBulk && selected.size > 0 ? (
          <TaskBulkActions
            tasks={items.filter((task) => selected.has(task.id))}
            onDone={() => setSelected(new Set())}
          />
        ) : null}

        {!board && tasks.error ? (
          <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : null}
        {!board && tasks.isPending ? <PageLoader /> : null}
        {!board && !tasks.isPending && items.length === 0 && !tasks.error ? (
          <Text c="dimmed">{t("tasks.empty")}</Text>
        ) : null}

        {!board && items.length > 0 ? (
          <>
            <Table.ScrollContainer minWidth={720} visibleFrom="sm">
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    {canBulk ? (
                      <Table.Th w={36}>
                        <Checkbox
                          aria-label={t("tasks.selectAll")}
                          checked={selected.size === items.length}
                          indeterminate={selected.size > 0 && selected.size < items.length}
                          onChange={() =>
                            setSelected(
                              selected.size === items.length ? new Set() : new Set(items.map((i) => i.id)),
                            )
                          }
                        />
                      </Table.Th>
                    ) : null}
                    <Table.Th>{t("tasks.col.action")}</Table.Th>
                    <Table.Th>{t("tasks.col.lead")}</Table.Th>
                    <Table.Th>{t("tasks.col.due")}</Table.Th>
                    <Table.Th>{t("tasks.col.status")}</Table.Th>
                    <Table.Th>{t("tasks.col.progress")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((task) => (
                    <Table.Tr key={task.id}>
                      {canBulk ? (
                        <Table.Td>
                          <Checkbox
                            aria-label={t("tasks.select", { action: task.action.slice(0, 60) })}
                            checked={selected.has(task.id)}
                            onChange={() => toggle(task.id)}
                          />
                        </Table.Td>
                      ) : null}
                      <Table.Td maw={420}>
                        <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} lineClamp={2}>
                          {task.action}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{task.leadName}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(task.dueOn) || "—"}</Text>
                        {task.deadline?.phrase ? (
                          <Text size="xs" c="dimmed">
                            {task.deadline.phrase}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <TimelinessBadge
                            value={task.timeliness}
                            lateness={task.lateness}
                            nextOccurrence={task.nextOccurrence}
                          />
                          {task.lifecycle !== "open" ? <LifecycleBadge value={task.lifecycle} /> : null}
                          {task.reminderCount > 0 ? (
                            <Text size="xs" c="orange.9">
                              {t("remind.count", {
                                count: task.reminderCount,
                                date: formatDate(task.lastRemindedAt),
                              })}
                            </Text>
                          ) : null}
                          {canBulk && task.callsForReminder ? (
                            <RemindButton
                              size="compact-sm"
                              target={{ kind: "task", taskId: task.id, label: task.action }}
                            />
                          ) : null}
                        </Stack>
                      </Table.Td>
                      <Table.Td w={110}>
                        <Progress
                          value={task.progressPercent}
                          aria-label={t("tasks.progressLabel", { value: task.progressPercent })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>

            <Stack hiddenFrom="sm" gap="xs">
              {items.map((task) => (
                <Card key={task.id} withBorder p="sm">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} fw={500} lineClamp={3}>
                      {task.action}
                    </AnchorLink>
                    {canBulk ? (
                      <Checkbox
                        aria-label={t("tasks.select", { action: task.action.slice(0, 60) })}
                        checked={selected.has(task.id)}
                        onChange={() => toggle(task.id)}
                      />
                    ) : null}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {task.leadName}
                  </Text>
                  <Group gap="xs" mt={6}>
                    <TimelinessBadge
                      value={task.timeliness}
                      lateness={task.lateness}
                      nextOccurrence={task.nextOccurrence}
                    />
                    <Text size="sm">{formatDate(task.dueOn)}</Text>
                    {canBulk && task.callsForReminder ? (
                      <RemindButton
                        size="compact-sm"
                        target={{ kind: "task", taskId: task.id, label: task.action }}
                      />
                    ) : null}
                  </Group>
                </Card>
              ))}
            </Stack>
          </>
        ) : null}

        {!board && tasks.hasNextPage ? (
          <Button
            variant="default"
            onClick={() => void tasks.fetchNextPage()}
            loading={tasks.isFetchingNextPage}
          >
            {t("common.loadMore")}
          </Button>
        ) : null}
      </Stack>
    </DatesLocale>
  );
}

function clean(filters: { [K in keyof TaskSearch]?: string | undefined }): TaskSearch {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && v !== ""),
  ) as TaskSearch;
}
