/**
 * AuditLog — the installation's audit log as a clerk reads it: when (dd/MM/yyyy HH:mm, Vietnamese
 * time), who by name, what in a sentence (“đã công bố thông báo 12/TB-UBND”) and, for an edit,
 * each changed field before → after. Filtered by notice, task, agency, person and days (the API
 * applies them, within what the caller may see); newest first, a page at a time.
 */
import {
  Badge,
  Button,
  CloseButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

import { api, call } from "../../api/client.js";
import { agenciesQuery, noticesQuery } from "../../api/queries.js";
import { AnchorLink } from "../../components/anchor-link.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { formatDateTime } from "../../lib/dates.js";
import { noticeLabel } from "../../lib/notice-label.js";
import type { AuditFilters } from "./audit-filters.js";
import { type AuditEntry, messageKey, messageValues } from "./audit-message.js";
import { fieldLabel, formatValue, shownChanges } from "./field-change.js";

const PAGE = 50;

export const auditQuery = (filters: AuditFilters) =>
  ({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam, signal }: { pageParam: string | null; signal: AbortSignal }) => {
      const { actorName: _shown, ...query } = filters;
      return call(
        api.GET("/v1/audit", {
          params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}), limit: PAGE } },
          signal,
        }),
      );
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: { nextCursor?: string | null }) => last.nextCursor ?? null,
  }) as const;

/** Who acted, by name: a user's name, an API key's name with its kind, the system. */
export function actorLabel(e: AuditEntry, t: TFunction): string {
  if (e.actorKind === "system")
    return `${t("auditLog.kind.system")}${e.actorName ? ` (${e.actorName})` : ""}`;
  const name = e.actorName ?? t("auditLog.unknownActor");
  return e.actorKind === "apiKey" ? `${name} (${t("auditLog.kind.apiKey")})` : name;
}

/** What the entry did, in a sentence. */
export function whatLabel(e: AuditEntry, t: TFunction): string {
  const key = messageKey(e.action) ?? "auditLog.what.other";
  return t(key, { ...messageValues(e, t("auditLog.unknown")) });
}

export function AuditLog({
  filters,
  onChange,
}: {
  readonly filters: AuditFilters;
  readonly onChange: (patch: { [K in keyof AuditFilters]?: string | undefined }) => void;
}) {
  const { t } = useTranslation();
  const entries = useInfiniteQuery(auditQuery(filters));
  const agencies = useQuery(agenciesQuery);
  const notices = useInfiniteQuery(noticesQuery({}));
  const items = entries.data?.pages.flatMap((p) => p.items) ?? [];
  const noticeOptions = (notices.data?.pages.flatMap((p) => p.items) ?? []).map((n) => ({
    value: n.id,
    label: noticeLabel(n, t("notices.unnumbered")),
  }));
  const agencyOptions = (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  const taskLabel =
    items.find((e) => e.subject.taskId === filters.taskId)?.subject.taskLabel ?? filters.taskId;

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Select
          label={t("auditLog.filter.notice")}
          placeholder={t("auditLog.filter.noticePlaceholder")}
          data={
            filters.noticeId && !noticeOptions.some((o) => o.value === filters.noticeId)
              ? [...noticeOptions, { value: filters.noticeId, label: filters.noticeId }]
              : noticeOptions
          }
          searchable
          clearable
          value={filters.noticeId ?? null}
          onChange={(v) => onChange({ noticeId: v ?? undefined })}
          nothingFoundMessage={t("common.empty")}
        />
        <Select
          label={t("auditLog.filter.agency")}
          placeholder={t("auditLog.filter.agencyPlaceholder")}
          data={agencyOptions}
          searchable
          clearable
          value={filters.agencyId ?? null}
          onChange={(v) => onChange({ agencyId: v ?? undefined })}
          nothingFoundMessage={t("common.empty")}
        />
        <DatePickerInput
          type="range"
          label={`${t("auditLog.filter.from")} – ${t("auditLog.filter.to")}`}
          placeholder={t("common.dateFormatHint")}
          valueFormat="DD/MM/YYYY"
          clearable
          allowSingleDateInRange
          value={[filters.from ?? null, filters.to ?? null]}
          onChange={([from, to]) => onChange({ from: from ?? undefined, to: to ?? undefined })}
        />
      </SimpleGrid>
      <Group gap="xs">
        {filters.taskId ? (
          <Badge
            variant="light"
            size="lg"
            style={{ textTransform: "none" }}
            rightSection={
              <CloseButton
                size="sm"
                aria-label={t("auditLog.filter.clearOne", { name: t("auditLog.filter.task") })}
                onClick={() => onChange({ taskId: undefined })}
              />
            }
          >
            {t("auditLog.filter.task")}: {taskLabel}
          </Badge>
        ) : null}
        {filters.actor ? (
          <Badge
            variant="light"
            size="lg"
            style={{ textTransform: "none" }}
            rightSection={
              <CloseButton
                size="sm"
                aria-label={t("auditLog.filter.clearOne", { name: t("auditLog.filter.person") })}
                onClick={() => onChange({ actor: undefined, actorName: undefined })}
              />
            }
          >
            {t("auditLog.filter.person")}: {filters.actorName ?? filters.actor}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t("auditLog.filter.personHint")}
          </Text>
        )}
      </Group>
      {entries.error ? <ProblemAlert error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      {entries.isPending ? <PageLoader /> : null}
      {!entries.isPending && items.length === 0 && !entries.error ? (
        <Text c="dimmed">{t("auditLog.none")}</Text>
      ) : null}
      {items.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t("auditLog.col.when")}</Table.Th>
                <Table.Th w={200}>{t("auditLog.col.who")}</Table.Th>
                <Table.Th>{t("auditLog.col.what")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => {
                const who = actorLabel(e, t);
                const changes = shownChanges(e.changes);
                return (
                  <Table.Tr key={e.id} data-testid="audit-entry">
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</Table.Td>
                    <Table.Td>
                      <UnstyledButton
                        onClick={() => onChange({ actor: e.actor, actorName: who })}
                        aria-label={t("auditLog.filter.byPerson", { name: who })}
                        fz="sm"
                        fw={500}
                        td="underline"
                      >
                        {who}
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {e.subject.taskId && e.entity !== "task" && e.subject.taskId !== filters.taskId ? (
                          <AnchorLink to="/tasks/$taskId" params={{ taskId: e.subject.taskId }}>
                            {whatLabel(e, t)}
                          </AnchorLink>
                        ) : (
                          whatLabel(e, t)
                        )}
                      </Text>
                      {changes.length > 0 ? (
                        <Stack
                          gap={2}
                          mt={4}
                          component="ul"
                          style={{ listStyle: "none", padding: 0, margin: 0 }}
                        >
                          {changes.map((c) => (
                            <Text key={c.field} component="li" size="sm" c="dimmed">
                              {t("auditLog.changed", {
                                field: fieldLabel(c.field, t),
                                before: formatValue(c.field, c.before, t),
                                after: formatValue(c.field, c.after, t),
                              })}
                            </Text>
                          ))}
                        </Stack>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {entries.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void entries.fetchNextPage()}
          loading={entries.isFetchingNextPage}
        >
          {t("common.loadMore")}
        </Button>
      ) : null}
    </Stack>
  );
}
