/**
 * AgenciesPage — the directory: agencies with their short names, aliases and groups, which are
 * still active and which were merged into a successor. The secretariat merges an agency into its
 * successor and sees the open tasks that moved.
 */
import type { Schema } from "@dondoc/client";
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call } from "../../api/client.js";
import { agenciesQuery, agencyGroupsQuery } from "../../api/queries.js";
import type { Agency } from "../../api/types.js";
import { sessionQuery } from "../../auth/session.js";
import { AnchorLink } from "../../components/anchor-link.js";
import { DateField } from "../../components/date-field.js";
import { DatesLocale } from "../../components/dates-locale.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { formatDate } from "../../lib/dates.js";
import { useDraft } from "../../lib/use-draft.js";
import { AgencyNamesForm } from "./agency-names-form.js";

/** Lower-case without Vietnamese diacritics, so “so tai chinh” finds “Sở Tài chính”. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

type MergeResult = Schema<"MergeResult">;

export function AgenciesPage() {
  const { t } = useTranslation();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const agencies = useQuery(agenciesQuery);
  const groups = useQuery(agencyGroupsQuery);
  const [text, setText] = useState("");
  const [merging, setMerging] = useState<Agency | null>(null);
  const [naming, setNaming] = useState<Agency | null>(null);
  const [moved, setMoved] = useState<MergeResult | null>(null);
  const canMerge = user?.permissions.includes("agencies.write") ?? false;

  if (agencies.error) return <ProblemAlert error={agencies.error} onRetry={() => void agencies.refetch()} />;
  if (!agencies.data) return <PageLoader />;
  const byId = new Map(agencies.data.map((a) => [a.id, a]));
  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.name]));
  const needle = fold(text.trim());
  const shown = agencies.data.filter(
    (a) => needle === "" || [a.name, ...a.shortNames, ...a.aliases].some((n) => fold(n).includes(needle)),
  );

  return (
    <DatesLocale>
      <Stack>
        <Title order={1} size="h2">
          {t("agencies.title")}
        </Title>
        <TextInput
          label={t("agencies.search")}
          description={t("tasks.filter.textHint")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maw={420}
        />
        {moved ? (
          <Alert
            color="green"
            withCloseButton
            onClose={() => setMoved(null)}
            closeButtonLabel={t("common.close")}
          >
            {t("agencies.merged", { name: moved.agency.name, count: moved.movedTaskIds.length })}{" "}
            {moved.agency.successorId ? (
              <AnchorLink to="/tasks" search={{ agencyId: moved.agency.successorId, lifecycle: "open" }}>
                {t("agencies.seeMoved")}
              </AnchorLink>
            ) : null}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t("common.total", { count: shown.length })}
        </Text>
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("agencies.col.name")}</Table.Th>
                <Table.Th>{t("agencies.col.aliases")}</Table.Th>
                <Table.Th>{t("agencies.col.groups")}</Table.Th>
                <Table.Th>{t("agencies.col.status")}</Table.Th>
                {canMerge ? <Table.Th>{t("common.actions")}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <AnchorLink to="/tasks" search={{ agencyId: a.id }} fw={500}>
                      {a.name}
                    </AnchorLink>
                    {a.shortNames.length > 0 ? (
                      <Text size="xs" c="dimmed">
                        {a.shortNames.join(", ")}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="xs">{a.aliases.join("; ")}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {a.groups.map((g) => (
                        <Badge key={g} variant="light" size="sm" style={{ textTransform: "none" }}>
                          {groupName.get(g) ?? g}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {a.validTo ? (
                      <Text size="sm">
                        {t("agencies.endedOn", { date: formatDate(a.validTo) })}
                        {a.successorId ? ` → ${byId.get(a.successorId)?.name ?? a.successorId}` : ""}
                      </Text>
                    ) : (
                      <Badge color="green" variant="light" style={{ textTransform: "none" }}>
                        {t("agencies.active")}
                      </Badge>
                    )}
                  </Table.Td>
                  {canMerge ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-sm" variant="default" onClick={() => setNaming(a)}>
                          {t("agencies.names")}
                        </Button>
                        {a.validTo ? null : (
                          <Button size="compact-sm" variant="default" onClick={() => setMerging(a)}>
                            {t("agencies.merge")}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Modal opened={naming !== null} onClose={() => setNaming(null)} title={naming?.name ?? ""}>
          {naming ? <AgencyNamesForm agency={naming} onDone={() => setNaming(null)} /> : null}
        </Modal>
        <Modal
          opened={merging !== null}
          onClose={() => setMerging(null)}
          title={t("agencies.mergeTitle", { name: merging?.name ?? "" })}
        >
          {merging ? (
            <MergeForm
              agency={merging}
              agencies={agencies.data.filter((x) => x.id !== merging.id && !x.validTo)}
              onDone={(result) => {
                setMerging(null);
                setMoved(result);
              }}
            />
          ) : null}
        </Modal>
      </Stack>
    </DatesLocale>
  );
}

function MergeForm({
  agency,
  agencies,
  onDone,
}: {
  readonly agency: Agency;
  readonly agencies: readonly Agency[];
  readonly onDone: (result: MergeResult) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft(`merge.${agency.id}`, {
    successorId: null as string | null,
    lastDay: null as string | null,
    decisionRef: "",
  });
  const mutation = useMutation({
    mutationFn: () =>
      call(
        api.POST("/v1/agencies/{id}/merge", {
          params: { path: { id: agency.id }, header: { "if-match": `"${agency.version}"` } },
          body: {
            successorId: draft.value.successorId ?? "",
            lastDay: draft.value.lastDay ?? "",
            ...(draft.value.decisionRef.trim() ? { decisionRef: draft.value.decisionRef.trim() } : {}),
          },
        }),
      ),
    onSuccess: async (result) => {
      draft.clear();
      await queryClient.invalidateQueries({ queryKey: ["agencies"] });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
      onDone(result);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t("agencies.mergeHint")}</Text>
        <Select
          label={t("agencies.successor")}
          searchable
          required
          data={agencies.map((a) => ({ value: a.id, label: a.name }))}
          value={draft.value.successorId}
          onChange={(v) => draft.set((d) => ({ ...d, successorId: v }))}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField
          label={t("agencies.lastDay")}
          required
          value={draft.value.lastDay}
          onChange={(v) => draft.set((d) => ({ ...d, lastDay: v }))}
        />
        <TextInput
          label={t("task.decision.ref")}
          description={t("agencies.refHint")}
          value={draft.value.decisionRef}
          onChange={(e) => {
            const decisionRef = e.currentTarget.value;
            draft.set((d) => ({ ...d, decisionRef }));
          }}
        />
        {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
        <Button
          type="submit"
          color="red"
          loading={mutation.isPending}
          disabled={!draft.value.successorId || !draft.value.lastDay}
        >
          {t("agencies.mergeSubmit")}
        </Button>
      </Stack>
    </form>
  );
}
