/**
 * ReportPreview — the periodic report in the page before download: totals in the official
 * categories, both rates, one row per lead agency, and the overdue tasks, most overdue first.
 */
import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { PeriodicReport, ReportRates } from "../../api/types.js";
import { AnchorLink } from "../../components/anchor-link.js";
import { formatDate } from "../../lib/dates.js";

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 1000) / 10}%`);

export function ReportPreview({ report }: { readonly report: PeriodicReport }) {
  const { t, i18n } = useTranslation();
  const c = report.totals;
  const stats: [string, number][] = [
    [t("reports.counts.total"), c.total],
    [t("reports.counts.doneOnTime"), c.doneOnTime],
    [t("reports.counts.doneLate"), c.doneLate],
    [t("reports.counts.openInTime"), c.openInTime],
    [t("reports.counts.openOverdue"), c.openOverdue],
    [t("reports.counts.extended"), c.extended],
  ];
  return (
    <Stack data-testid="report-preview">
      <Stack gap={2}>
        <Title order={2} size="h4">
          {t("reports.previewTitle", {
            from: formatDate(report.period.from),
            to: formatDate(report.period.to),
          })}
        </Title>
        <Text size="sm" c="dimmed">
          {i18n.language === "en" ? report.scopeLabel.en : report.scopeLabel.vi} ·{" "}
          {t("reports.asOf", { date: formatDate(report.asOf) })}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        {stats.map(([label, value]) => (
          <Card key={label} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} fz="xl">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Rates rates={report.rates} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tasks.col.lead")}</Table.Th>
              <Table.Th ta="right">{t("reports.counts.total")}</Table.Th>
              <Table.Th ta="right">{t("reports.counts.doneOnTime")}</Table.Th>
              <Table.Th ta="right">{t("reports.counts.doneLate")}</Table.Th>
              <Table.Th ta="right">{t("reports.counts.openInTime")}</Table.Th>
              <Table.Th ta="right">{t("reports.counts.openOverdue")}</Table.Th>
              <Table.Th ta="right">{t("reports.rates.onTime")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.agency.id}>
                <Table.Td>{row.agency.name}</Table.Td>
                <Table.Td ta="right">{row.counts.total}</Table.Td>
                <Table.Td ta="right">{row.counts.doneOnTime}</Table.Td>
                <Table.Td ta="right">{row.counts.doneLate}</Table.Td>
                <Table.Td ta="right">{row.counts.openInTime}</Table.Td>
                <Table.Td ta="right">
                  {row.counts.openOverdue > 0 ? (
                    <AnchorLink to="/tasks" search={{ agencyId: row.agency.id, timeliness: "overdue" }}>
                      {row.counts.openOverdue}
                    </AnchorLink>
                  ) : (
                    0
                  )}
                </Table.Td>
                <Table.Td ta="right">{percent(row.rates.onTime)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">
        {t("reports.overdueTitle", { count: report.overdue.length })}
      </Title>
      {report.overdue.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("tasks.col.action")}</Table.Th>
                <Table.Th>{t("tasks.col.lead")}</Table.Th>
                <Table.Th>{t("tasks.col.due")}</Table.Th>
                <Table.Th ta="right">{t("reports.daysLate")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.overdue.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <AnchorLink to="/tasks/$taskId" params={{ taskId: line.id }} size="sm">
                      {line.action}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {line.notice.code} · {line.directivePath}
                    </Text>
                  </Table.Td>
                  <Table.Td>{line.lead.name}</Table.Td>
                  <Table.Td>{formatDate(line.dueOn)}</Table.Td>
                  <Table.Td ta="right">
                    {line.late
                      ? t("reports.lateBy", {
                          working: line.late.workingDays,
                          calendar: line.late.calendarDays,
                        })
                      : "—"}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t("reports.noOverdue")}
        </Text>
      )}
    </Stack>
  );
}

function Rates({ rates }: { readonly rates: ReportRates }) {
  const { t } = useTranslation();
  return (
    <Group gap="xl">
      <Text size="sm">
        {t("reports.rates.completion")}: <b>{percent(rates.completion)}</b>
      </Text>
      <Text size="sm">
        {t("reports.rates.onTime")}: <b>{percent(rates.onTime)}</b>
      </Text>
      <Text size="sm" c="dimmed">
        {t("reports.rates.due", { count: rates.due })}
      </Text>
    </Group>
  );
}
