/**
 * ReportsPage — choose the period (month / quarter / 6 months / year per Decree 09, or custom
 * dates) and the scope (everything, an agency, a notice), preview the report in the page, then
 * download it as DOCX, XLSX or CSV.
 */
import {
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { agenciesQuery, noticesQuery } from "../../api/queries.js";
import { type ReportFormat, type ReportRequest, reportQuery, reportUrl } from "../../api/reports.js";
import { DateField } from "../../components/date-field.js";
import { DatesLocale } from "../../components/dates-locale.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { isoDay } from "../../lib/dates.js";
import { type Frequency, periodCode, periodContaining } from "../../lib/report-period.js";
import { useDraft } from "../../lib/use-draft.js";
import { noticeLabel } from "../task/task-detail.js";
import { ReportPreview } from "./report-preview.js";

type PeriodChoice = Frequency | "custom";
type ScopeKind = "all" | "agency" | "notice";

interface ReportForm {
  readonly frequency: PeriodChoice;
  readonly year: number;
  readonly index: number;
  readonly decree09: boolean;
  readonly from: string | null;
  readonly to: string | null;
  readonly scopeKind: ScopeKind;
  readonly scopeId: string | null;
}

const formats: readonly ReportFormat[] = ["docx", "xlsx", "csv"];

function initialForm(): ReportForm {
  const current = periodContaining("month", isoDay(new Date()), "decree-09");
  return {
    frequency: "month",
    year: current.year,
    index: current.index,
    decree09: true,
    from: null,
    to: null,
    scopeKind: "all",
    scopeId: null,
  };
}

/** The API request a form describes, or `null` while it is incomplete. */
export function requestOf(form: ReportForm): ReportRequest | null {
  const scope = form.scopeKind === "all" ? "all" : form.scopeId ? `${form.scopeKind}:${form.scopeId}` : null;
  if (scope === null) return null;
  const mode = form.decree09 ? "decree-09" : "calendar";
  if (form.frequency === "custom") {
    if (!form.from || !form.to || form.from > form.to) return null;
    return { period: "custom", mode: "calendar", from: form.from, to: form.to, scope };
  }
  return {
    period: periodCode({ frequency: form.frequency, year: form.year, index: form.index }),
    mode,
    scope,
  };
}

export function ReportsPage() {
  const { t } = useTranslation();
  const form = useDraft<ReportForm>("reports.form", initialForm());
  const [submitted, setSubmitted] = useState<ReportRequest | null>(null);
  const agencies = useQuery({ ...agenciesQuery, enabled: form.value.scopeKind === "agency" });
  const notices = useInfiniteQuery({
    ...noticesQuery({ lifecycle: "published" }),
    enabled: form.value.scopeKind === "notice",
  });
  const report = useQuery({
    ...reportQuery(submitted ?? { period: "", mode: "calendar", scope: "all" }),
    enabled: submitted !== null,
  });
  const f = form.value;
  const set = (patch: Partial<ReportForm>) => form.set((prev) => ({ ...prev, ...patch }));
  const request = requestOf(f);

  const indexOptions =
    f.frequency === "month"
      ? Array.from({ length: 12 }, (_, i) => ({
          value: String(i + 1),
          label: t("reports.month", { n: i + 1 }),
        }))
      : f.frequency === "quarter"
        ? [1, 2, 3, 4].map((n) => ({
            value: String(n),
            label: t("reports.quarter", { n: ["I", "II", "III", "IV"][n - 1] }),
          }))
        : f.frequency === "half"
          ? [
              { value: "1", label: t("reports.half1") },
              { value: "2", label: t("reports.half2") },
            ]
          : [];

  return (
    <DatesLocale>
      <Stack>
        <Title order={1} size="h2">
          {t("reports.title")}
        </Title>
        <Card
          withBorder
          p="sm"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(request);
          }}
        >
          <Stack gap="sm">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="report-period">
                {t("reports.period")}
              </Text>
              <SegmentedControl
                aria-labelledby="report-period"
                value={f.frequency}
                onChange={(v) => set({ frequency: v as PeriodChoice, index: 1 })}
                data={(["month", "quarter", "half", "year", "custom"] as const).map((v) => ({
                  value: v,
                  label: t(`reports.frequency.${v}`),
                }))}
              />
            </Stack>
            {f.frequency === "custom" ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField label={t("reports.from")} value={f.from} onChange={(v) => set({ from: v })} />
                <DateField label={t("reports.to")} value={f.to} onChange={(v) => set({ to: v })} />
              </SimpleGrid>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  label={t("reports.year")}
                  min={2000}
                  max={2100}
                  value={f.year}
                  onChange={(v) => set({ year: typeof v === "number" ? v : f.year })}
                />
                {indexOptions.length > 0 ? (
                  <Select
                    label={t(`reports.frequency.${f.frequency}`)}
                    data={indexOptions}
                    value={String(f.index)}
                    onChange={(v) => set({ index: Number(v ?? 1) })}
                    allowDeselect={false}
                  />
                ) : null}
                <Switch
                  mt="lg"
                  label={t("reports.decree09")}
                  description={t("reports.decree09Hint")}
                  checked={f.decree09}
                  onChange={(e) => set({ decree09: e.currentTarget.checked })}
                />
              </SimpleGrid>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t("reports.scope")}
                data={(["all", "agency", "notice"] as const).map((v) => ({
                  value: v,
                  label: t(`reports.scopes.${v}`),
                }))}
                value={f.scopeKind}
                onChange={(v) => set({ scopeKind: (v ?? "all") as ScopeKind, scopeId: null })}
                allowDeselect={false}
              />
              {f.scopeKind === "agency" ? (
                <Select
                  label={t("reports.scopes.agency")}
                  searchable
                  data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
                  value={f.scopeId}
                  onChange={(v) => set({ scopeId: v })}
                />
              ) : f.scopeKind === "notice" ? (
                <Select
                  label={t("reports.scopes.notice")}
                  searchable
                  data={(notices.data?.pages.flatMap((p) => p.items) ?? []).map((n) => ({
                    value: n.id,
                    label: noticeLabel(n, t("notices.unnumbered")),
                  }))}
                  value={f.scopeId}
                  onChange={(v) => set({ scopeId: v })}
                />
              ) : null}
            </SimpleGrid>
            <Group>
              <Button type="submit" disabled={request === null} loading={report.isFetching}>
                {t("reports.preview")}
              </Button>
              {submitted
                ? formats.map((format) => (
                    <Button
                      key={format}
                      component="a"
                      href={reportUrl(submitted, format)}
                      download
                      variant="default"
                      leftSection={<IconDownload size={16} aria-hidden />}
                    >
                      {t("reports.download", { format: format.toUpperCase() })}
                    </Button>
                  ))
                : null}
            </Group>
          </Stack>
        </Card>
        {report.isFetching && !report.data ? <PageLoader /> : null}
        {report.error ? <ProblemAlert error={report.error} onRetry={() => void report.refetch()} /> : null}
        {report.data && submitted ? <ReportPreview report={report.data} /> : null}
      </Stack>
    </DatesLocale>
  );
}
