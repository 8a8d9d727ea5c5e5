/**
 * NoticeDetailPage — one notice: its header, its directives in order and the status of every
 * task each directive created; the source text beside it, with the selected directive highlighted.
 * A stored draft (such as a demo notice whose lead agencies were not all found) is reviewed here:
 * its warnings, a directory agency for each unidentified lead, then publish. A published notice
 * shows its tasks on a timeline too (`NoticeTimeline`).
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  List,
  Select,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, call } from "../api/client.js";
import { publishNotice } from "../api/notices.js";
import { unresolvedDeadlines } from "../api/problem.js";
import { agenciesQuery } from "../api/queries.js";
import { noticeQuery } from "../api/tasks.js";
import type { Directive, Notice, Task } from "../api/types.js";
import { can, sessionQuery } from "../auth/session.js";
import { AnchorLink } from "../components/anchor-link.js";
import { ProblemAlert } from "../components/problem-alert.js";
import { PageLoader } from "../components/route-error.js";
import { SourceText } from "../components/source-text.js";
import { TimelinessBadge } from "../components/timeliness-badge.js";
import { agencyOptions } from "../lib/agency-options.js";
import { formatDate } from "../lib/dates.js";
import { noticeLabel } from "../lib/notice-label.js";
import { NoticeTimeline } from "./notice-timeline.js";

const route = getRouteApi("/app/notices/$noticeId");

export function NoticeDetailPage() {
  const { t } = useTranslation();
  const { noticeId } = route.useParams();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const notice = useQuery(noticeQuery(noticeId));
  const [selected, setSelected] = useState<Directive | null>(null);

  if (notice.error) return <ProblemAlert error={notice.error} onRetry={() => void notice.refetch()} />;
  if (!notice.data) return <PageLoader />;
  const n = notice.data.data;
  const isDraft = n.lifecycle === "draft";
  const canReview = isDraft && can.importNotices(user?.role ?? "agency_officer");
  const taskCount = (n.directives ?? []).reduce((sum, d) => sum + (d.tasks?.length ?? 0), 0);

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
          <Badge variant="light" color={isDraft ? "yellow" : "blue"} style={{ textTransform: "none" }}>
            {t(`notices.lifecycle.${n.lifecycle}`)}
          </Badge>
        </Group>
        {n.subject ? <Text>{n.subject}</Text> : null}
        <Text size="sm" c="dimmed">
          {[n.issuer, n.place, n.meetingOn ? t("notices.meetingOn", { date: formatDate(n.meetingOn) }) : null]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        <NoticeIssuer
          notice={n}
          etag={notice.data.etag ?? `"${n.version}"`}
          editable={user?.role === "admin"}
        />
        {isDraft ? null : (
          <AnchorLink to="/tasks" search={{ noticeId: n.id }} size="sm">
            {t("notices.allTasks", { count: n.taskCount ?? taskCount })}
          </AnchorLink>
        )}
        {can.readAudit(user?.role ?? "agency_officer") ? (
          <AnchorLink to="/audit" search={{ noticeId: n.id }} size="sm">
            {t("auditLog.openFor")}
          </AnchorLink>
        ) : null}
      </Stack>
      {canReview ? <DraftReview notice={n} etag={notice.data.etag ?? `"${n.version}"`} /> : null}
      {isDraft ? null : (
        <NoticeTimeline
          issuedOn={n.issuedOn}
          tasks={(n.directives ?? []).flatMap((d) => (d.informational ? [] : (d.tasks ?? [])))}
        />
      )}
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
                  {(d.tasks ?? []).map((task) =>
                    canReview ? (
                      <DraftTask key={task.id} task={task} />
                    ) : (
                      <Group key={task.id} gap="xs" wrap="nowrap" align="flex-start">
                        <TimelinessBadge
                          value={task.timeliness}
                          lateness={task.lateness}
                          nextOccurrence={task.nextOccurrence}
                        />
                        <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} size="sm">
                          {task.leadName}: {task.action}
                        </AnchorLink>
                        <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                          {formatDate(task.dueOn)}
                        </Text>
                      </Group>
                    ),
                  )}
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

function DraftReview({ notice, etag }: { readonly notice: Notice; readonly etag: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tasks = (notice.directives ?? []).flatMap((d) => (d.informational ? [] : (d.tasks ?? [])));
  const unidentified = tasks.filter((task) => task.leadAgencyId === null && !task.isCollective).length;
  // Tasks whose deadline phrase did not resolve, once the server named them, and those the clerk
  // confirmed have no deadline.
  const [noDeadline, setNoDeadline] = useState<readonly string[]>([]);
  const publish = useMutation({
    mutationFn: (confirmed: readonly string[]) => publishNotice(notice.id, etag, confirmed),
    onSuccess: async () => {
      setNoDeadline([]);
      notifications.show({ color: "green", message: t("import.publish.done") });
      await queryClient.invalidateQueries({ queryKey: ["notice", notice.id] });
      await queryClient.invalidateQueries({ queryKey: ["notices"] });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
  });
  const unresolved = unresolvedDeadlines(publish.error);
  return (
    <Alert color="yellow" title={t("notices.draft.title")}>
      <Stack gap="xs">
        <Text size="sm">{t("notices.draft.hint")}</Text>
        {(notice.warnings ?? []).length > 0 ? (
          <List size="sm">
            {(notice.warnings ?? []).map((w) => (
              <List.Item key={`${w.code}-${w.span?.start ?? ""}-${w.message}`}>{w.message}</List.Item>
            ))}
          </List>
        ) : null}
        {unidentified > 0 ? (
          <Text size="sm" fw={600}>
            {t("import.publish.unidentified", { count: unidentified })}
          </Text>
        ) : null}
        {notice.issuerAgencyId === null ? (
          <Text size="sm" fw={600}>
            {t("import.publish.missingIssuer")}
          </Text>
        ) : null}
        {publish.error ? <ProblemAlert error={publish.error} /> : null}
        {unresolved.length > 0 ? (
          <Stack gap={4} role="group" aria-label={t("import.publish.unresolvedTitle")}>
            <Text size="sm" fw={600}>
              {t("import.publish.unresolvedTitle")}
            </Text>
            {unresolved.map((u) => (
              <Checkbox
                key={u.taskId}
                label={t("import.publish.noDeadline", { task: u.message })}
                checked={noDeadline.includes(u.taskId)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setNoDeadline((ids) => (on ? [...ids, u.taskId] : ids.filter((id) => id !== u.taskId)));
                }}
              />
            ))}
          </Stack>
        ) : null}
        <Button
          w="fit-content"
          onClick={() => publish.mutate(noDeadline)}
          loading={publish.isPending}
          disabled={
            unidentified > 0 ||
            notice.issuerAgencyId === null ||
            unresolved.some((u) => !noDeadline.includes(u.taskId))
          }
        >
          {t("import.publish.submit")}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * The issuing body whose office follows the notice up. An administrator can change it (a notice
 * entered before the body was known, or handed to another office); everyone else reads it.
 */
function NoticeIssuer({
  notice,
  etag,
  editable,
}: {
  readonly notice: Notice;
  readonly etag: string;
  readonly editable: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const agencies = useQuery(agenciesQuery);
  const save = useMutation({
    mutationFn: (issuerAgencyId: string) =>
      call(
        api.PATCH("/v1/notices/{id}", {
          params: { path: { id: notice.id }, header: { "if-match": etag } },
          body: { issuerAgencyId },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["notice", notice.id] });
      await queryClient.invalidateQueries({ queryKey: ["notices"] });
    },
  });
  const name = (agencies.data ?? []).find((a) => a.id === notice.issuerAgencyId)?.name;
  if (!editable) {
    return (
      <Text size="sm">
        {t("notices.issuer")}: {name ?? notice.issuerAgencyId ?? t("notices.noIssuer")}
      </Text>
    );
  }
  return (
    <Stack gap={4} maw={480}>
      <Select
        label={t("notices.issuer")}
        description={t("notices.issuerHint")}
        searchable
        data={agencyOptions(agencies.data ?? [], t)}
        value={notice.issuerAgencyId}
        onChange={(v) => v && v !== notice.issuerAgencyId && save.mutate(v)}
        error={notice.issuerAgencyId ? undefined : t("notices.noIssuer")}
        disabled={save.isPending}
        comboboxProps={{ withinPortal: true }}
      />
      {save.error ? <ProblemAlert error={save.error} /> : null}
    </Stack>
  );
}

/** A draft task with its lead agency, which the clerk can set from the directory. */
function DraftTask({ task }: { readonly task: Task }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const agencies = useQuery(agenciesQuery);
  const save = useMutation({
    mutationFn: (leadAgencyId: string) =>
      call(
        api.PATCH("/v1/tasks/{id}", {
          params: { path: { id: task.id }, header: { "if-match": `"${task.version}"` } },
          body: { leadAgencyId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notice", task.noticeId] }),
  });
  const options = agencyOptions(agencies.data ?? [], t);
  return (
    <Stack gap={4}>
      <Text size="sm">{task.action}</Text>
      {task.isCollective ? (
        <Text size="xs" c="dimmed">
          {t("notices.draft.collective", { name: task.leadName })}
        </Text>
      ) : (
        <Select
          label={t("import.task.lead")}
          description={t("import.task.asWritten", { name: task.leadName })}
          searchable
          data={options}
          value={task.leadAgencyId}
          onChange={(v) => v && save.mutate(v)}
          error={task.leadAgencyId ? undefined : t("import.task.pickAgency")}
          disabled={save.isPending}
          maw={480}
        />
      )}
      {save.error ? <ProblemAlert error={save.error} /> : null}
    </Stack>
  );
}
