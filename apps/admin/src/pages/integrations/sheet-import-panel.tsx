/**
 * SheetImportPanel — the import wizard: choose a sheet (and optionally map columns), read it into a
 * preview (with progress for large files), see what would be created or changed and which rows
 * cannot be read, then confirm; the import is written in one go and its result shown. The sheet's
 * notices belong to an issuing body: a secretariat's own, or the one an administrator picks.
 */
import {
  Alert,
  Badge,
  Button,
  Code,
  FileInput,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { agenciesQuery } from "../../api/queries.js";
import { sessionQuery } from "../../auth/session.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { agencyOptions } from "../../lib/agency-options.js";
import type { ImportJob } from "./integrations-api.js";
import { imports } from "./integrations-api.js";
import { NS } from "./strings.js";

const fields = [
  "externalId",
  "documentRef",
  "issuedOn",
  "content",
  "lead",
  "coordinators",
  "dueOn",
  "status",
  "completedOn",
] as const;
const busy = (job: ImportJob | undefined) => job?.status === "parsing" || job?.status === "applying";

export function SheetImportPanel() {
  const { t } = useTranslation(NS);
  const { t: common } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState("");
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [issuer, setIssuer] = useState<string | null>(null);
  const { data: user } = useSuspenseQuery(sessionQuery);
  const choosesIssuer = user?.role !== "secretariat";
  const agencies = useQuery({ ...agenciesQuery, enabled: choosesIssuer });
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useQuery({
    queryKey: ["import-job", jobId],
    queryFn: () => imports.get(jobId ?? ""),
    enabled: jobId !== null,
    refetchInterval: (q) => (busy(q.state.data) ? 500 : false),
  });
  const upload = useMutation({
    mutationFn: () => imports.upload(file as File, source, mapping, choosesIssuer ? issuer : null),
    onSuccess: (created) => setJobId(created.id),
  });
  const apply = useMutation({
    mutationFn: (j: ImportJob) => imports.apply(j),
    onSuccess: () => void job.refetch(),
  });
  const current = job.data;
  const report = current?.report ?? null;
  return (
    <Stack>
      <Text>{t("import.intro")}</Text>
      {jobId === null ? (
        <Stack
          gap="xs"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            upload.mutate();
          }}
        >
          <FileInput
            label={t("import.file")}
            accept=".xlsx,.csv,text/csv"
            value={file}
            onChange={setFile}
            required
            clearable
          />
          {choosesIssuer ? (
            <Select
              label={t("import.issuer")}
              description={t("import.issuerHint")}
              data={agencyOptions(agencies.data ?? [], common)}
              value={issuer}
              onChange={setIssuer}
              searchable
              required
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}
          <TextInput
            label={t("import.source")}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            placeholder="sheet"
          />
          <Title order={3} size="h5">
            {t("import.mapping")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {fields.map((f) => (
              <TextInput
                key={f}
                label={t(`import.fields.${f}`)}
                value={mapping[f] ?? ""}
                onChange={(e) => setMapping({ ...mapping, [f]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button
              type="submit"
              disabled={file === null || (choosesIssuer && issuer === null)}
              loading={upload.isPending}
            >
              {t("import.preview")}
            </Button>
          </Group>
          {upload.isError ? <ProblemAlert error={upload.error} /> : null}
        </Stack>
      ) : null}
      {job.isError ? <ProblemAlert error={job.error} onRetry={() => void job.refetch()} /> : null}
      {current?.status === "parsing" ? (
        <Stack gap={4}>
          <Text size="sm">{t("import.reading", { processed: current.processed, total: current.total })}</Text>
          <Progress
            value={current.total === 0 ? 0 : (100 * current.processed) / current.total}
            animated
            aria-label={t("import.preview")}
          />
        </Stack>
      ) : null}
      {current?.status === "applying" ? (
        <Progress value={100} animated aria-label={t("import.applying")} />
      ) : null}
      {current?.status === "failed" ? (
        <Alert color="red" title={t("import.failed")}>
          {current.error}
        </Alert>
      ) : null}
      {report !== null && current !== undefined && !busy(current) ? (
        <Stack>
          {report.mappingProblems.length > 0 ? (
            <Alert color="red" title={t("import.mappingProblems")}>
              {report.mappingProblems.map((p) => (
                <Text key={p.field} size="sm">
                  {p.message}
                </Text>
              ))}
            </Alert>
          ) : null}
          <Text fw={600}>
            {t("import.summary", {
              total: report.total,
              create: report.create,
              update: report.update,
              unchanged: report.unchanged,
              errorCount: report.errorCount,
            })}
          </Text>
          {report.applied !== null ? (
            <Alert color="green">
              {t("import.applied", {
                created: report.applied.created,
                updated: report.applied.updated,
                noticesCreated: report.applied.noticesCreated,
              })}
            </Alert>
          ) : null}
          {report.errors.length > 0 ? (
            <Table striped aria-label={t("import.errors")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("import.row")}</Table.Th>
                  <Table.Th>{t("import.column")}</Table.Th>
                  <Table.Th>{t("import.reason")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.slice(0, 200).map((e) => (
                  <Table.Tr key={`${e.row}-${e.column ?? ""}`}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>{e.column ?? ""}</Table.Td>
                    <Table.Td>{e.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          {report.changes.length > 0 && report.applied === null ? (
            <Table striped aria-label={t("import.changes")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("import.row")}</Table.Th>
                  <Table.Th>{t("import.changes")}</Table.Th>
                  <Table.Th>{t("import.fields.externalId")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.changes.slice(0, 200).map((c) => (
                  <Table.Tr key={c.externalId}>
                    <Table.Td>{c.row}</Table.Td>
                    <Table.Td>
                      <Badge color={c.action === "create" ? "blue" : "orange"}>
                        {t(`import.action.${c.action}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Code>{c.externalId}</Code>
                    </Table.Td>
                    <Table.Td>
                      {c.changes
                        .map((x) => `${x.field}: ${String(x.from ?? "—")} → ${String(x.to ?? "—")}`)
                        .join("; ")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          <Group>
            {current.status === "previewed" &&
            report.mappingProblems.length === 0 &&
            report.create + report.update > 0 ? (
              <Button loading={apply.isPending} onClick={() => apply.mutate(current)}>
                {t("import.apply")}
              </Button>
            ) : null}
            <Button
              variant="default"
              onClick={() => {
                setJobId(null);
                setFile(null);
                apply.reset();
              }}
            >
              {t("import.again")}
            </Button>
          </Group>
          {apply.isError ? <ProblemAlert error={apply.error} /> : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
