/**
 * ApiKeysPanel — keys for integrators (document-management systems): name, scopes, the issuing
 * bodies it is bound to (at least one) and optionally one agency; each key's reach is listed; the
 * full key is shown once at creation; a key can be revoked at any time.
 */
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, call, callAll, type Schemas } from "../../api/client.js";
import { agenciesQuery } from "../../api/queries.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { formatDateTime } from "../../lib/dates.js";
import { useDraft } from "../../lib/use-draft.js";

type Scope = Schemas["CreateApiKey"]["scopes"][number];
const scopes: readonly Scope[] = [
  "tasks.read",
  "tasks.report",
  "tasks.manage",
  "tasks.decide",
  "notices.read",
  "notices.write",
  "agencies.read",
  "resolutions.read",
  "calendar.read",
  "policy.read",
  "reports.read",
  "audit.read",
];

const keysQuery = {
  queryKey: ["api-keys"] as const,
  queryFn: () => callAll((query) => api.GET("/v1/api-keys", { params: { query } })),
};

export function ApiKeysPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const keys = useQuery(keysQuery);
  const agencies = useQuery(agenciesQuery);
  const [creating, setCreating] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const draft = useDraft<{ name: string; scopes: Scope[]; agencyId: string | null; issuerIds: string[] }>(
    "api-key.new",
    { name: "", scopes: ["tasks.read"], agencyId: null, issuerIds: [] },
  );
  const agencyName = new Map((agencies.data ?? []).map((a) => [a.id, a.name]));
  const nameOf = (id: string) => agencyName.get(id) ?? id;

  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST("/v1/api-keys", {
          body: {
            name: draft.value.name.trim(),
            scopes: draft.value.scopes,
            agencyId: draft.value.agencyId,
            issuerIds: draft.value.issuerIds ?? [],
          },
        }),
      ),
    onSuccess: async (result) => {
      draft.clear();
      setCreating(false);
      setToken(result.token);
      await queryClient.invalidateQueries({ queryKey: ["api-keys"] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.DELETE("/v1/api-keys/{id}", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["api-keys"] }),
  });

  if (keys.error) return <ProblemAlert error={keys.error} onRetry={() => void keys.refetch()} />;
  if (!keys.data) return <PageLoader />;
  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setCreating(true)}>{t("settings.keys.add")}</Button>
      </Group>
      {token ? (
        <Alert
          color="yellow"
          title={t("settings.keys.once")}
          withCloseButton
          onClose={() => setToken(null)}
          closeButtonLabel={t("common.close")}
        >
          <Code block>{token}</Code>
        </Alert>
      ) : null}
      {revoke.error ? <ProblemAlert error={revoke.error} /> : null}
      {keys.data.length === 0 ? <Text c="dimmed">{t("common.empty")}</Text> : null}
      {keys.data.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("settings.keys.name")}</Table.Th>
                <Table.Th>{t("settings.keys.scopes")}</Table.Th>
                <Table.Th>{t("settings.keys.reach")}</Table.Th>
                <Table.Th>{t("settings.keys.lastUsed")}</Table.Th>
                <Table.Th>{t("common.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.data.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>
                    {k.name} <Code>ddk_{k.prefix}_…</Code>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {k.scopes.map((s) => (
                        <Badge key={s} size="sm" variant="light" style={{ textTransform: "none" }}>
                          {s}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {k.issuerIds.length === 0
                        ? t("settings.users.reachNone")
                        : t("settings.users.reachIssuers", { issuers: k.issuerIds.map(nameOf).join(", ") })}
                    </Text>
                    {k.agencyId ? (
                      <Text size="sm" c="dimmed">
                        {t("settings.users.reachAgency", { agency: nameOf(k.agencyId) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "—"}</Table.Td>
                  <Table.Td>
                    {k.revokedAt ? (
                      <Text size="sm" c="dimmed">
                        {t("settings.keys.revokedAt", { at: formatDateTime(k.revokedAt) })}
                      </Text>
                    ) : (
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        loading={revoke.isPending && revoke.variables === k.id}
                        onClick={() => {
                          if (window.confirm(t("settings.keys.confirmRevoke", { name: k.name })))
                            revoke.mutate(k.id);
                        }}
                      >
                        {t("settings.keys.revoke")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("settings.keys.add")}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t("settings.keys.name")}
              description={t("settings.keys.nameHint")}
              required
              value={draft.value.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                draft.set((d) => ({ ...d, name }));
              }}
            />
            <MultiSelect
              label={t("settings.keys.scopes")}
              data={[...scopes]}
              value={draft.value.scopes}
              onChange={(v) => draft.set((d) => ({ ...d, scopes: v as Scope[] }))}
              comboboxProps={{ withinPortal: true }}
            />
            <MultiSelect
              label={t("settings.keys.issuers")}
              description={t("settings.keys.issuersHint")}
              required
              searchable
              data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={draft.value.issuerIds ?? []}
              onChange={(issuerIds) => draft.set((d) => ({ ...d, issuerIds }))}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t("settings.keys.agency")}
              description={t("settings.keys.agencyHint")}
              searchable
              clearable
              data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={draft.value.agencyId}
              onChange={(agencyId) => draft.set((d) => ({ ...d, agencyId }))}
              comboboxProps={{ withinPortal: true }}
            />
            {create.error ? <ProblemAlert error={create.error} /> : null}
            <Button
              type="submit"
              loading={create.isPending}
              disabled={
                !draft.value.name.trim() ||
                draft.value.scopes.length === 0 ||
                (draft.value.issuerIds ?? []).length === 0
              }
            >
              {t("settings.keys.create")}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
