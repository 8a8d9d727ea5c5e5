/**
 * UsersPanel — accounts and roles: create an account (the one-time password is shown once),
 * change a role or agency, lock an account, reset a password. An agency officer belongs to an
 * agency; a secretariat account follows up one or more issuing bodies (an office serving both the
 * People's Council and the People's Committee follows both). Each account's reach is listed.
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
  Switch,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, call, callAll, type Schemas } from "../../api/client.js";
import { agenciesQuery } from "../../api/queries.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { agencyOptions } from "../../lib/agency-options.js";
import { useDraft } from "../../lib/use-draft.js";

type User = Schemas["User"];
type EditableRole = "admin" | "secretariat" | "agency_officer" | "leader";
const roles: readonly EditableRole[] = ["admin", "secretariat", "agency_officer", "leader"];

const usersQuery = {
  queryKey: ["users"] as const,
  queryFn: () => callAll((query) => api.GET("/v1/users", { params: { query } })),
};

export function UsersPanel() {
  const { t } = useTranslation();
  const users = useQuery(usersQuery);
  const agencies = useQuery(agenciesQuery);
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const agencyName = new Map((agencies.data ?? []).map((a) => [a.id, a.name]));

  if (users.error) return <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />;
  if (!users.data) return <PageLoader />;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t("common.total", { count: users.data.length })}
        </Text>
        <Button onClick={() => setEditing("new")}>{t("settings.users.add")}</Button>
      </Group>
      {secret ? (
        <Alert
          color="yellow"
          title={t("settings.users.oneTime", { username: secret.username })}
          withCloseButton
          onClose={() => setSecret(null)}
          closeButtonLabel={t("common.close")}
        >
          <Code fz="lg">{secret.password}</Code>
          <Text size="sm" mt={4}>
            {t("settings.users.oneTimeHint")}
          </Text>
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("settings.users.name")}</Table.Th>
              <Table.Th>{t("settings.users.username")}</Table.Th>
              <Table.Th>{t("settings.users.role")}</Table.Th>
              <Table.Th>{t("settings.users.reach")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {u.displayName}{" "}
                  {u.disabled ? (
                    <Badge color="gray" size="sm" style={{ textTransform: "none" }}>
                      {t("settings.users.locked")}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{u.username}</Table.Td>
                <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                <Table.Td>{reachLabel(u, (id) => agencyName.get(id) ?? id, t)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="default" onClick={() => setEditing(u)}>
                    {t("common.edit")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("settings.users.add") : t("settings.users.edit")}
      >
        {editing !== null ? (
          <UserForm
            user={editing === "new" ? null : editing}
            agencies={agencyOptions(agencies.data ?? [], t)}
            onSecret={setSecret}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

/** What an account reaches, in words: everything, its agency's tasks, or its issuers' notices. */
function reachLabel(u: User, name: (id: string) => string, t: TFunction): string {
  if (u.role === "secretariat")
    return u.issuerIds.length === 0
      ? t("settings.users.reachNone")
      : t("settings.users.reachIssuers", { issuers: u.issuerIds.map(name).join(", ") });
  if (u.role === "agency_officer" && u.agencyId)
    return t("settings.users.reachAgency", { agency: name(u.agencyId) });
  return t("settings.users.reachAll");
}

interface UserDraft {
  readonly username: string;
  readonly displayName: string;
  readonly role: EditableRole;
  readonly agencyId: string | null;
  /** The issuing bodies a secretariat follows up. */
  readonly issuerIds: readonly string[];
  readonly disabled: boolean;
}

function UserForm({
  user,
  agencies,
  onSecret,
  onDone,
}: {
  readonly user: User | null;
  readonly agencies: readonly { value: string; label: string }[];
  readonly onSecret: (secret: { username: string; password: string }) => void;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft<UserDraft>(`user.${user?.id ?? "new"}`, {
    username: user?.username ?? "",
    displayName: user?.displayName ?? "",
    role: user && user.role !== "integrator" ? user.role : "agency_officer",
    agencyId: user?.agencyId ?? null,
    issuerIds: user?.issuerIds ?? [],
    disabled: user?.disabled ?? false,
  });
  // A draft kept from before accounts followed several issuers has none.
  const d = { ...draft.value, issuerIds: draft.value.issuerIds ?? [] };
  const isSecretariat = d.role === "secretariat";
  const needsAgency = d.role === "agency_officer";

  const save = useMutation({
    mutationFn: async () => {
      const issuerIds = isSecretariat ? [...d.issuerIds] : undefined;
      const agencyId = needsAgency ? d.agencyId : isSecretariat ? (d.issuerIds[0] ?? null) : null;
      if (user === null) {
        const created = await call(
          api.POST("/v1/users", {
            body: {
              username: d.username.trim(),
              displayName: d.displayName.trim(),
              role: d.role,
              agencyId,
              ...(issuerIds === undefined ? {} : { issuerIds }),
            },
          }),
        );
        onSecret({ username: created.user.username, password: created.oneTimePassword });
        return;
      }
      await call(
        api.PATCH("/v1/users/{id}", {
          params: { path: { id: user.id }, header: { "if-match": `"${user.version}"` } },
          body: {
            displayName: d.displayName.trim(),
            role: d.role,
            agencyId,
            ...(issuerIds === undefined ? {} : { issuerIds }),
            disabled: d.disabled,
          },
        }),
      );
    },
    onSuccess: async () => {
      draft.clear();
      await queryClient.invalidateQueries({ queryKey: ["users"] });
      onDone();
    },
  });

  const reset = useMutation({
    mutationFn: async () => {
      if (user === null) return;
      const result = await call(
        api.POST("/v1/users/{id}/password-reset", { params: { path: { id: user.id } } }),
      );
      onSecret({
        username: user.username,
        password: (result as { oneTimePassword: string }).oneTimePassword,
      });
      onDone();
    },
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t("settings.users.username")}
          description={t("settings.users.usernameHint")}
          required
          disabled={user !== null}
          value={d.username}
          onChange={(e) => {
            const username = e.currentTarget.value;
            draft.set((x) => ({ ...x, username }));
          }}
        />
        <TextInput
          label={t("settings.users.name")}
          required
          value={d.displayName}
          onChange={(e) => {
            const displayName = e.currentTarget.value;
            draft.set((x) => ({ ...x, displayName }));
          }}
        />
        <Select
          label={t("settings.users.role")}
          data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={d.role}
          allowDeselect={false}
          onChange={(v) => draft.set((x) => ({ ...x, role: (v ?? "agency_officer") as EditableRole }))}
          comboboxProps={{ withinPortal: true }}
        />
        {needsAgency ? (
          <Select
            label={t("settings.users.agency")}
            required
            searchable
            data={agencies}
            value={d.agencyId}
            onChange={(agencyId) => draft.set((x) => ({ ...x, agencyId }))}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        {isSecretariat ? (
          <MultiSelect
            label={t("settings.users.issuer")}
            description={t("settings.users.issuerHint")}
            required
            searchable
            data={agencies}
            value={[...d.issuerIds]}
            onChange={(issuerIds) => draft.set((x) => ({ ...x, issuerIds }))}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        {user !== null ? (
          <Switch
            label={t("settings.users.lock")}
            checked={d.disabled}
            onChange={(e) => {
              const disabled = e.currentTarget.checked;
              draft.set((x) => ({ ...x, disabled }));
            }}
          />
        ) : null}
        {save.error ? <ProblemAlert error={save.error} /> : null}
        {reset.error ? <ProblemAlert error={reset.error} /> : null}
        <Group>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={
              !d.username.trim() ||
              !d.displayName.trim() ||
              (needsAgency && !d.agencyId) ||
              (isSecretariat && d.issuerIds.length === 0)
            }
          >
            {t("common.save")}
          </Button>
          {user !== null ? (
            <Button variant="default" color="orange" loading={reset.isPending} onClick={() => reset.mutate()}>
              {t("settings.users.reset")}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
