/**
 * WebhooksPanel — subscriptions (URL, event types, optionally one agency), the signing secret shown
 * once, pause/resume/delete, and each subscription's delivery log with replay.
 */
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
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

import { agenciesQuery } from "../../api/queries.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { formatDateTime } from "../../lib/dates.js";
import type { Subscription } from "./integrations-api.js";
import { type EventType, eventTypes, webhooks } from "./integrations-api.js";
import { NS } from "./strings.js";

const statusColor = { pending: "yellow", delivered: "green", failed: "red" } as const;

function Deliveries({ subscription }: { readonly subscription: Subscription }) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const key = ["webhook-deliveries", subscription.id] as const;
  const list = useQuery({
    queryKey: key,
    queryFn: () => webhooks.deliveries(subscription.id),
    refetchInterval: 5_000,
  });
  const replay = useMutation({
    mutationFn: webhooks.replay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <Text c="dimmed">{t("webhooks.noDeliveries")}</Text>;
  return (
    <Table striped aria-label={t("webhooks.deliveries")}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("webhooks.time")}</Table.Th>
          <Table.Th>{t("webhooks.event")}</Table.Th>
          <Table.Th>{t("webhooks.status")}</Table.Th>
          <Table.Th>{t("webhooks.attempts")}</Table.Th>
          <Table.Th>{t("webhooks.response")}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.data.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
            <Table.Td>
              <Code>{d.eventType}</Code>
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor[d.status]}>{t(`webhooks.statuses.${d.status}`)}</Badge>
            </Table.Td>
            <Table.Td>{d.attempts}</Table.Td>
            <Table.Td>{d.lastError ?? d.lastStatusCode ?? ""}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                loading={replay.isPending && replay.variables === d.id}
                onClick={() => replay.mutate(d.id)}
              >
                {t("webhooks.replay")}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function WebhooksPanel() {
  const { t } = useTranslation(NS);
  /** “Nhiệm vụ quá hạn (task.overdue)”: the clerk's words, with the code an integrator subscribes to. */
  const eventLabel = (e: string) =>
    `${t(`webhooks.eventLabels.${e.replace(".", "_")}`, { defaultValue: e })} (${e})`;
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ["webhooks"], queryFn: webhooks.list });
  const agencies = useQuery(agenciesQuery);
  const [url, setUrl] = useState("");
  const [types, setTypes] = useState<EventType[]>(["task.created", "task.overdue", "task.done"]);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["webhooks"] });
  const create = useMutation({
    mutationFn: () => webhooks.create({ url, eventTypes: types, agencyId, description }),
    onSuccess: (created) => {
      setSecret(created.secret);
      setUrl("");
      void refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (s: Subscription) => webhooks.setActive(s, !s.active),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: webhooks.remove, onSuccess: refresh });
  return (
    <Stack>
      <Text>{t("webhooks.intro")}</Text>
      <Stack
        gap="xs"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <TextInput
          label={t("webhooks.url")}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          placeholder="https://"
          required
        />
        <MultiSelect
          label={t("webhooks.events")}
          data={eventTypes.map((e) => ({ value: e, label: eventLabel(e) }))}
          value={types}
          onChange={(values) =>
            setTypes(values.filter((v): v is EventType => eventTypes.some((e) => e === v)))
          }
          searchable
        />
        <Select
          label={t("webhooks.agency")}
          placeholder={t("webhooks.allAgencies")}
          data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={agencyId}
          onChange={setAgencyId}
          searchable
          clearable
        />
        <TextInput
          label={t("webhooks.description")}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={url === "" || types.length === 0}>
            {t("webhooks.add")}
          </Button>
        </Group>
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        {secret === null ? null : (
          <Alert color="yellow" title={t("webhooks.secret")}>
            <Code>{secret}</Code>
          </Alert>
        )}
      </Stack>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data?.length === 0 ? <Text c="dimmed">{t("webhooks.none")}</Text> : null}
      {list.data?.map((s) => (
        <Stack
          key={s.id}
          gap="xs"
          p="sm"
          style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 8 }}
        >
          <Group justify="space-between">
            <Stack gap={0}>
              <Text fw={600}>{s.url}</Text>
              <Text size="sm" c="dimmed">
                {s.eventTypes.map(eventLabel).join(", ")}
                {s.agencyId === null ? "" : ` · ${s.agencyId}`}
                {s.description === "" ? "" : ` · ${s.description}`}
              </Text>
            </Stack>
            <Group gap="xs">
              <Badge color={s.active ? "green" : "gray"}>
                {s.active ? t("webhooks.active") : t("webhooks.paused")}
              </Badge>
              <Button size="xs" variant="default" onClick={() => setOpen(open === s.id ? null : s.id)}>
                {t("webhooks.deliveries")}
              </Button>
              <Button size="xs" variant="default" onClick={() => toggle.mutate(s)}>
                {s.active ? t("webhooks.pause") : t("webhooks.resume")}
              </Button>
              <Button size="xs" color="red" variant="light" onClick={() => remove.mutate(s.id)}>
                {t("webhooks.remove")}
              </Button>
            </Group>
          </Group>
          {open === s.id ? <Deliveries subscription={s} /> : null}
        </Stack>
      ))}
    </Stack>
  );
}
