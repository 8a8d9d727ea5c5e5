/**
 * TaskDetail — one task: what, who, until when (with the deadline's derivation and history),
 * progress reports with attachments, extension requests and decisions, the audit history and the
 * source text of its directive. The actions offered follow the role.
 */
import {
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import { IconPaperclip } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import {
  extensionRequestsQuery,
  noticeQuery,
  progressReportsQuery,
  taskAuditQuery,
  taskQuery,
} from "../../api/tasks.js";
import type { AuditEntry, Derivation, ExtensionRequest, Notice, Task } from "../../api/types.js";
import { can, type Role } from "../../auth/session.js";
import { AnchorLink } from "../../components/anchor-link.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { SourceText } from "../../components/source-text.js";
import { LifecycleBadge, TimelinessBadge } from "../../components/timeliness-badge.js";
import { formatDate, formatDateTime } from "../../lib/dates.js";
import { noticeLabel } from "../../lib/notice-label.js";
import { CompletionForm } from "./completion-form.js";
import { CompletionReview, type EvidenceFile } from "./completion-review.js";
import { deadlineHistory } from "./deadline-history.js";
import { DelegateCard } from "./delegate-card.js";
import { Discussion } from "./discussion.js";
import { Explanations } from "./explanations.js";
import { ExtensionDecision } from "./extension-decision.js";
import { ExtensionForm } from "./extension-form.js";
import { HandlerCard } from "./handler-card.js";
import { ProgressForm } from "./progress-form.js";
import { RemindButton } from "./remind-button.js";
import { TaskManagement } from "./task-management.js";
import { WatchButton } from "./watch-button.js";

export interface TaskDetailProps {
  readonly taskId: string;
  readonly role: Role;
  /** The signed-in user, to show whether they follow the task. */
  readonly userId?: string;
  /** The signed-in officer's agency, to offer naming the task's handler. */
  readonly agencyId?: string | null;
}

export function TaskDetail({ taskId, role, userId, agencyId = null }: TaskDetailProps) {
  const { t, i18n } = useTranslation();
  const task = useQuery(taskQuery(taskId));
  const reports = useQuery(progressReportsQuery(taskId));
  const extensions = useQuery(extensionRequestsQuery(taskId));
  const canAudit = role === "admin" || role === "secretariat" || role === "leader";
  const audit = useQuery({ ...taskAuditQuery(taskId), enabled: canAudit });
  const noticeId = task.data?.data.noticeId;
  const notice = useQuery({ ...noticeQuery(noticeId ?? ""), enabled: noticeId !== undefined });

  if (task.error) return <ProblemAlert error={task.error} onRetry={() => void task.refetch()} />;
  if (!task.data) return <PageLoader />;
  const current = task.data.data;
  const etag = task.data.etag ?? `"${current.version}"`;
  const extensionList = extensions.data ?? [];
  const pending = extensionList.filter((e) => e.status === "pending");
  const isOpen = current.lifecycle === "open";
  const derivation = derivationText(current.deadline?.derivation, i18n.language);
  const canManage = can.bulkEditTasks(role);
  const showAct = (isOpen && can.reportProgress(role)) || canManage;

  return (
    <Stack>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t("task.title")}
        </Text>
        <Title order={1} fz={{ base: 18, sm: 22 }} lh={1.3}>
          {current.action}
        </Title>
        <Group gap="xs">
          <TimelinessBadge
            value={current.timeliness}
            lateness={current.lateness}
            nextOccurrence={current.nextOccurrence}
          />
          <LifecycleBadge value={current.lifecycle} />
          <Badge variant="outline" color="blue" style={{ textTransform: "none" }}>
            {t(`task.mode.${current.mode}`)}
          </Badge>
          {current.reminderCount > 0 ? (
            <Badge
              variant="light"
              color="orange"
              style={{ textTransform: "none" }}
              data-testid="reminder-count"
            >
              {t("remind.count", {
                count: current.reminderCount,
                date: formatDate(current.lastRemindedAt),
              })}
            </Badge>
          ) : null}
          {canManage && isOpen ? (
            <RemindButton
              size="compact-sm"
              target={{ kind: "task", taskId: current.id, label: current.action }}
            />
          ) : null}
          {userId ? <WatchButton taskId={current.id} userId={userId} /> : null}
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder p="sm">
          <Stack gap={6}>
            <Field label={t("task.lead")} value={current.leadName} />
            <HandlerCard task={current} etag={etag} role={role} agencyId={agencyId} />
            {current.coordinators.length > 0 ? (
              <Field
                label={t("task.coordinators")}
                value={current.coordinators.map((c) => c.name).join("; ")}
              />
            ) : null}
            {notice.data ? (
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {t("task.notice")}:
                </Text>
                <AnchorLink to="/notices/$noticeId" params={{ noticeId: notice.data.data.id }} size="sm">
                  {noticeLabel(notice.data.data, t("notices.unnumbered"))}
                </AnchorLink>
              </Group>
            ) : null}
            <Group gap="xs" align="center">
              <Text size="sm" fw={600}>
                {t("task.progressLabel")}:
              </Text>
              <Progress value={current.progressPercent} w={160} aria-label={`${current.progressPercent}%`} />
              <Text size="sm">{current.progressPercent}%</Text>
            </Group>
          </Stack>
        </Card>
        <Card withBorder p="sm">
          <Stack gap={6}>
            <Field label={t("task.dueOn")} value={formatDate(current.dueOn) || t("task.noDue")} />
            {current.deadline?.phrase ? (
              <Field label={t("task.phrase")} value={`“${current.deadline.phrase}”`} />
            ) : null}
            {derivation ? <Field label={t("task.derivation")} value={derivation} /> : null}
            {current.completedOn ? (
              <Field label={t("task.completedOn")} value={formatDate(current.completedOn)} />
            ) : null}
          </Stack>
        </Card>
      </SimpleGrid>

      <CompletionReview
        task={current}
        etag={etag}
        canDecide={can.decideExtensions(role)}
        files={evidenceFiles(reports.data ?? [])}
      />

      {isOpen && can.decideExtensions(role) && pending.length > 0
        ? pending.map((request) => <ExtensionDecision key={request.id} request={request} />)
        : null}

      <Tabs defaultValue={showAct ? "act" : "progress"} keepMounted={false}>
        <Tabs.List>
          {showAct ? <Tabs.Tab value="act">{t("task.tabs.act")}</Tabs.Tab> : null}
          <Tabs.Tab value="progress">
            {t("task.tabs.progress")} ({reports.data?.length ?? 0})
          </Tabs.Tab>
          <Tabs.Tab value="discussion">{t("task.tabs.discussion")}</Tabs.Tab>
          <Tabs.Tab value="explanations">{t("task.tabs.explanations")}</Tabs.Tab>
          <Tabs.Tab value="deadline">{t("task.tabs.deadline")}</Tabs.Tab>
          <Tabs.Tab value="source">{t("task.tabs.source")}</Tabs.Tab>
          {canAudit ? <Tabs.Tab value="audit">{t("task.tabs.audit")}</Tabs.Tab> : null}
        </Tabs.List>

        {showAct ? (
          <Tabs.Panel value="act" pt="md">
            {canManage ? <TaskManagement task={current} etag={etag} /> : null}
            {isOpen && can.reportProgress(role) ? (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt={canManage ? "md" : 0}>
                <Stack>
                  <Title order={2} size="h4">
                    {t("task.progress.formTitle")}
                  </Title>
                  <ProgressForm taskId={current.id} currentPercent={current.progressPercent} />
                </Stack>
                <Stack>
                  <CompletionForm task={current} etag={etag} />
                  {role === "agency_officer" || role === "admin" ? (
                    <DelegateCard task={current} etag={etag} />
                  ) : null}
                  {role === "agency_officer" || role === "admin" ? (
                    <>
                      <Title order={2} size="h4">
                        {t("task.extension.formTitle")}
                      </Title>
                      {pending.length > 0 ? (
                        <Text size="sm" c="dimmed">
                          {t("task.extension.pending", { date: formatDate(pending[0]?.requestedDueOn) })}
                        </Text>
                      ) : (
                        <ExtensionForm taskId={current.id} dueOn={current.dueOn} />
                      )}
                    </>
                  ) : null}
                </Stack>
              </SimpleGrid>
            ) : null}
          </Tabs.Panel>
        ) : null}

        <Tabs.Panel value="progress" pt="md">
          {reports.error ? <ProblemAlert error={reports.error} /> : null}
          {reports.data && reports.data.length === 0 ? (
            <Text c="dimmed">{t("task.progress.none")}</Text>
          ) : null}
          <Timeline bulletSize={14} lineWidth={2}>
            {(reports.data ?? []).map((r) => (
              <Timeline.Item
                key={r.id}
                title={`${formatDateTime(r.createdAt)}${r.percent !== null ? ` — ${r.percent}%` : ""}`}
              >
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {r.body}
                </Text>
                {r.attachments.length > 0 ? (
                  <List size="sm" mt={4} icon={<IconPaperclip size={14} aria-hidden />}>
                    {r.attachments.map((a) => (
                      <List.Item key={a.id}>
                        <Anchor href={a.url} download={a.fileName}>
                          {a.fileName}
                        </Anchor>{" "}
                        <Text span size="xs" c="dimmed">
                          ({Math.max(1, Math.round(a.sizeBytes / 1024))} KB)
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                ) : null}
              </Timeline.Item>
            ))}
          </Timeline>
        </Tabs.Panel>

        <Tabs.Panel value="discussion" pt="md">
          <Discussion
            taskId={current.id}
            canWrite={can.reportProgress(role) && current.lifecycle !== "draft"}
          />
        </Tabs.Panel>

        <Tabs.Panel value="explanations" pt="md">
          <Explanations taskId={current.id} canAnswer={role === "agency_officer" || role === "admin"} />
        </Tabs.Panel>

        <Tabs.Panel value="deadline" pt="md">
          <DeadlineHistory task={current} extensions={extensionList} />
        </Tabs.Panel>

        <Tabs.Panel value="source" pt="md">
          {notice.error ? <ProblemAlert error={notice.error} /> : null}
          {notice.data ? (
            <DirectiveSource notice={notice.data.data} directiveId={current.directiveId} />
          ) : null}
        </Tabs.Panel>

        {canAudit ? (
          <Tabs.Panel value="audit" pt="md">
            {audit.error ? <ProblemAlert error={audit.error} /> : null}
            <AuditList entries={audit.data ?? []} />
            <AnchorLink to="/audit" search={{ taskId: current.id }} size="sm" mt="sm" display="inline-block">
              {t("auditLog.openFor")}
            </AnchorLink>
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}

function Field({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{" "}
      {value}
    </Text>
  );
}

/** The files of a task's progress reports by id: a completion report's evidence is among them. */
function evidenceFiles(
  reports: readonly { readonly attachments: readonly { id: string; fileName: string; url: string }[] }[],
): ReadonlyMap<string, EvidenceFile> {
  return new Map(
    reports.flatMap((r) => r.attachments.map((a) => [a.id, { fileName: a.fileName, url: a.url }])),
  );
}

/** The derivation in the reader's language. */
export function derivationText(derivation: Derivation | null | undefined, language: string): string | null {
  if (!derivation) return null;
  return (language === "en" ? derivation.en : derivation.vi) || derivation.vi || null;
}

function DeadlineHistory({
  task,
  extensions,
}: {
  readonly task: Task;
  readonly extensions: readonly ExtensionRequest[];
}) {
  const { t } = useTranslation();
  const history = deadlineHistory(task, extensions);
  const others = extensions.filter((e) => e.status !== "approved");
  return (
    <Stack>
      <Timeline active={history.length - 1} bulletSize={14}>
        {history.map((h, i) => (
          <Timeline.Item
            key={`${h.dueOn}-${h.at ?? i}`}
            title={i === 0 ? t("task.history.original") : t("task.history.extended")}
          >
            <Text size="sm" fw={600}>
              {formatDate(h.dueOn) || t("task.noDue")}
            </Text>
            {h.at ? (
              <Text size="xs" c="dimmed">
                {t("task.history.decidedAt", { at: formatDateTime(h.at) })}
              </Text>
            ) : null}
            {h.reason ? <Text size="sm">{h.reason}</Text> : null}
            {h.ref ? (
              <Text size="xs" c="dimmed">
                {t("task.decision.ref")}: {h.ref}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
      {others.length > 0 ? (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t("task.history.requests")}
          </Text>
          {others.map((e) => (
            <Text size="sm" key={e.id}>
              {formatDate(e.createdAt)} — {formatDate(e.requestedDueOn)} —{" "}
              {t(`task.extensionStatus.${e.status}`)}
              {e.decisionNote ? ` — ${e.decisionNote}` : ""}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

function DirectiveSource({
  notice,
  directiveId,
}: {
  readonly notice: Notice;
  readonly directiveId: string | null;
}) {
  const { t } = useTranslation();
  const directive = notice.directives?.find((d) => d.id === directiveId) ?? null;
  return (
    <Stack gap="xs">
      {directive ? (
        <Text size="sm" c="dimmed">
          {t("task.directive", { path: directive.path })}
        </Text>
      ) : null}
      <SourceText
        text={notice.sourceText}
        highlight={directive?.span ?? null}
        label={t("task.tabs.source")}
      />
    </Stack>
  );
}

function AuditList({ entries }: { readonly entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t("common.empty")}</Text>;
  return (
    <Timeline bulletSize={12}>
      {entries.map((e) => (
        <Timeline.Item
          key={e.id}
          title={`${formatDateTime(e.at)} — ${e.actorName ?? t("auditLog.unknownActor")}`}
        >
          <Text size="sm">{t(`audit.${e.action.replace(/[.:]/g, "_")}`, { defaultValue: e.action })}</Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
