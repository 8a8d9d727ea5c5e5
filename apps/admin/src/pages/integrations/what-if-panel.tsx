/**
 * WhatIfPanel — add a day off to a year and preview which deadlines move and which statuses change
 * before the calendar is saved; saving moves the deadlines in the same step.
 */
import { Alert, Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/date-field.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDate } from "../../lib/dates.js";
import type { Move } from "./integrations-api.js";
import { proposedYear, whatIf } from "./integrations-api.js";
import { NS } from "./strings.js";

function Moves({ moves }: { readonly moves: readonly Move[] }) {
  const { t } = useTranslation(NS);
  const { t: tApp } = useTranslation();
  const at = (dueOn: string, timeliness: string) =>
    `${formatDate(dueOn)} (${tApp(`timeliness.${timeliness}`)})`;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("whatIf.task")}</Table.Th>
          <Table.Th>{t("whatIf.lead")}</Table.Th>
          <Table.Th>{t("whatIf.before")}</Table.Th>
          <Table.Th>{t("whatIf.after")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {moves.slice(0, 300).map((m) => (
          <Table.Tr key={m.taskId}>
            <Table.Td>{m.action}</Table.Td>
            <Table.Td>{m.leadName}</Table.Td>
            <Table.Td>{at(m.dueOnBefore, m.timelinessBefore)}</Table.Td>
            <Table.Td>{at(m.dueOnAfter, m.timelinessAfter)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function WhatIfPanel() {
  const { t } = useTranslation(NS);
  const [date, setDate] = useState("");
  const [name, setName] = useState("");
  const year = Number(date.slice(0, 4));
  const preview = useMutation({
    mutationFn: async () => {
      const proposal = await proposedYear(year, { date, name });
      return { proposal, result: await whatIf.preview(year, proposal.body) };
    },
  });
  const apply = useMutation({
    mutationFn: () => {
      const p = preview.data?.proposal;
      if (p === undefined) throw new Error("no preview");
      return whatIf.apply(year, p.version, p.body);
    },
  });
  const result = preview.data?.result;
  return (
    <Stack>
      <Text>{t("whatIf.intro")}</Text>
      <Group
        align="end"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          apply.reset();
          preview.mutate();
        }}
      >
        <DateField
          label={t("whatIf.date")}
          value={date === "" ? null : date}
          onChange={(v) => setDate(v ?? "")}
          required
        />
        <TextInput
          label={t("whatIf.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <Button type="submit" loading={preview.isPending} disabled={date === "" || name.trim() === ""}>
          {t("whatIf.preview")}
        </Button>
      </Group>
      {preview.isError ? <ProblemAlert error={preview.error} /> : null}
      {result === undefined ? null : (
        <Stack>
          <Text fw={600}>{t("whatIf.moved", { count: result.moved.length, examined: result.examined })}</Text>
          {result.moved.length === 0 ? (
            <Text c="dimmed">{t("whatIf.nothing")}</Text>
          ) : (
            <Moves moves={result.moved} />
          )}
          {result.statusChanged.length > 0 ? (
            <>
              <Text fw={600}>{t("whatIf.statusChanged", { count: result.statusChanged.length })}</Text>
              <Moves moves={result.statusChanged} />
            </>
          ) : null}
          {apply.data === undefined ? (
            <Group>
              <Button color="orange" loading={apply.isPending} onClick={() => apply.mutate()}>
                {t("whatIf.apply")}
              </Button>
            </Group>
          ) : (
            <Alert color="green">{t("whatIf.applied", { count: apply.data.applied ?? 0 })}</Alert>
          )}
          {apply.isError ? <ProblemAlert error={apply.error} /> : null}
        </Stack>
      )}
    </Stack>
  );
}
