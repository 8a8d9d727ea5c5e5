/**
 * FeedsPanel — calendar links (iCalendar) for an agency or for oneself: the full link with its token
 * is shown once, with a copy button; links can be revoked.
 */
import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
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
import { feeds } from "./integrations-api.js";
import { NS } from "./strings.js";

export function FeedsPanel() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ["calendar-feeds"], queryFn: feeds.list });
  const agencies = useQuery(agenciesQuery);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["calendar-feeds"] });
  const create = useMutation({
    mutationFn: (kind: "agency" | "user") =>
      feeds.create(
        kind === "agency" && agencyId !== null ? { kind, agencyId, name } : { kind: "user", name },
      ),
    onSuccess: (created) => {
      setLink(created.url);
      void refresh();
    },
  });
  const revoke = useMutation({ mutationFn: feeds.revoke, onSuccess: refresh });
  return (
    <Stack>
      <Text>{t("feeds.intro")}</Text>
      <Group align="end">
        <Select
          label={t("feeds.agency")}
          data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={agencyId}
          onChange={setAgencyId}
          searchable
          clearable
          w={320}
        />
        <TextInput label={t("feeds.name")} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button
          disabled={agencyId === null}
          loading={create.isPending && create.variables === "agency"}
          onClick={() => create.mutate("agency")}
        >
          {t("feeds.createAgency")}
        </Button>
        <Button
          variant="light"
          loading={create.isPending && create.variables === "user"}
          onClick={() => create.mutate("user")}
        >
          {t("feeds.createMine")}
        </Button>
      </Group>
      {create.isError ? <ProblemAlert error={create.error} /> : null}
      {link === null ? null : (
        <Alert color="blue" title={t("feeds.link")}>
          <Group gap="xs" wrap="nowrap">
            <Code style={{ wordBreak: "break-all" }}>{link}</Code>
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Button size="xs" onClick={copy} color={copied ? "teal" : "blue"}>
                  {copied ? t("feeds.copied") : t("feeds.copy")}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ProblemAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data?.length === 0 ? <Text c="dimmed">{t("feeds.none")}</Text> : null}
      {list.data !== undefined && list.data.length > 0 ? (
        <Table striped>
          <Table.Tbody>
            {list.data.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <Badge variant="light">{t(`feeds.kind.${f.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{f.name === "" ? (f.agencyId ?? "") : f.name}</Table.Td>
                <Table.Td>
                  <Code>{f.path}</Code>
                </Table.Td>
                <Table.Td>{formatDateTime(f.createdAt)}</Table.Td>
                <Table.Td>
                  {f.revokedAt === null ? (
                    <Button size="xs" color="red" variant="light" onClick={() => revoke.mutate(f.id)}>
                      {t("feeds.revoke")}
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("feeds.revoked")}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
