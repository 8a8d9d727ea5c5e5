/**
 * ReportsPage — choose the period (month / quarter / 6 months / year; the data cut-off follows the
 * policy pack, Decree 09/2019/NĐ-CP by default; or a custom range from one day to another, taken as
 * it is) and the scope (everything, an agency, a notice), preview the report in the page, then
 * download it as DOCX, XLSX or CSV.
 */
import {
  Button,
  Card,
  Collapse,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { IconDownload } from "@tabler/icons-react";
import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { agenciesQuery, noticesQuery } from "../../api/queries.js";
import { downloadReport, type ReportDocument, type ReportRequest, reportQuery } from "../../api/reports.js";
import { DateField } from "../../components/date-field.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { isoDay } from "../../lib/dates.js";
import { noticeLabel } from "../../lib/notice-label.js";
import {
  customPeriodCode,
  type PeriodChoice,
  periodCode,
  periodContaining,
} from "../../lib/report-period.js";
import { useDraft } from "../../lib/use-draft.js";
import { ReportPreview } from "./report-preview.js";

type ScopeKind = "all" | "agency" | "notice";

export interface ReportForm {
  readonly frequency: PeriodChoice;
  readonly year: number;
  readonly index: number;
  /** The custom range's first and last day (ISO), when `frequency` is `custom`. */
  readonly from?: string | null;
  readonly to?: string | null;
  readonly scopeKind: ScopeKind;
  readonly scopeId: string | null;
}

const formats = ["docx", "xlsx", "csv"] as const;

function initialForm(): ReportForm {
  const current = periodContaining("month", isoDay(new Date()), "decree-09");
  return { frequency: "month", year: current.year, index: current.index, scopeKind: "all", scopeId: null };
}

/** The API request a form describes, or `null` while it is incomplete. */
export function requestOf(form: ReportForm, lang: "vi" | "en" = "vi"): ReportRequest | null {
  const scope = form.scopeKind === "all" ? "all" : form.scopeId ? `${form.scopeKind}:${form.scopeId}` : null;
  if (scope === null) return null;
  const period =
    form.frequency === "custom"
      ? customPeriodCode(form.from, form.to)
      : periodCode({ frequency: form.frequency, year: form.year, index: form.index });
  if (period === null) return null;
  return {
    period,
    scope,
    lang,
  };
}

const emptyDocument: ReportDocument = {
  parentBody: "",
  issuer: "",
  place: "",
  symbol: "BC-UBND",
  signerAuthority: "",
  signerTitle: "",
  signerName: "",
};

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const form = useDraft<ReportForm>("reports.form", initialForm());
  const [submitted, setSubmitted] = useState<ReportRequest | null>(null);
  const [showDocument, setShowDocument] = useState(false);
  // The office's letterhead and signer are the same report after report: kept in this browser.
  const [document, setDocument] = useLocalStorage<ReportDocument>({
    key: "dondoc.report-document",
    defaultValue: emptyDocument,
  });
  const agencies = useQuery({ ...agenciesQuery, enabled: form.value.scopeKind === "agency" });
  const notices = useInfiniteQuery({
    ...noticesQuery({ lifecycle: "published" }),
    enabled: form.value.scopeKind === "notice",
  });
  const report = useQuery({
    ...reportQuery(submitted ?? { period: "", scope: "all", lang: "vi" }),
    enabled: submitted !== null,
  });
  const download = useMutation({
    mutationFn: (format: (typeof formats)[number]) =>
      downloadReport(
        submitted ?? { period: "", scope: "all", lang: "vi" },
        format,
        document,
        isoDay(new Date()),
      ),
  });
  const f = form.value;
  const set = (patch: Partial<ReportForm>) => form.set((prev) => ({ ...prev, ...patch }));
  const request = requestOf(f, i18n.language === "en" ? "en" : "vi");
  const documentReady = Boolean(
    document.issuer.trim() &&
      document.place.trim() &&
      document.signerTitle.trim() &&
      document.signerName.trim(),
  );
  const setDoc = (patch: Partial<ReportDocument>) => setDocument((prev) => ({ ...prev, ...patch }));

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
    <Stack>
      <Title order={1} size="h2">
        {t("reports.title")}
      </Title>
      <Card
        withBorder
        p="sm"
        component="form"
        noValidate
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
            {f.frequency === "custom" ? null : (
              <Text size="xs" c="dimmed">
                {t("reports.cutOff")}
              </Text>
            )}
          </Stack>
          {f.frequency === "custom" ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateField
                label={t("reports.from")}
                value={f.from ?? null}
                onChange={(v) => set({ from: v })}
                clearable
              />
              <DateField
                label={t("reports.to")}
                value={f.to ?? null}
                onChange={(v) => set({ to: v })}
                error={f.from && f.to && f.from > f.to ? t("reports.rangeReversed") : undefined}
                clearable
              />
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
                    variant="default"
                    leftSection={<IconDownload size={16} aria-hidden />}
                    loading={download.isPending && download.variables === format}
                    onClick={() => {
                      if (format === "docx" && !documentReady) setShowDocument(true);
                      else download.mutate(format);
                    }}
                  >
                    {t("reports.download", { format: format.toUpperCase() })}
                  </Button>
                ))
              : null}
            <Button variant="subtle" onClick={() => setShowDocument((v) => !v)} aria-expanded={showDocument}>
              {t("reports.document.toggle")}
            </Button>
          </Group>
          <Collapse expanded={showDocument}>
            <Card withBorder p="sm" component="fieldset" aria-label={t("reports.document.title")}>
              <Stack gap="xs">
                <Text size="sm">{t("reports.document.hint")}</Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t("reports.document.parentBody")}
                    value={document.parentBody}
                    onChange={(e) => setDoc({ parentBody: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t("reports.document.issuer")}
                    required
                    value={document.issuer}
                    onChange={(e) => setDoc({ issuer: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t("reports.document.place")}
                    required
                    value={document.place}
                    onChange={(e) => setDoc({ place: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t("reports.document.symbol")}
                    value={document.symbol}
                    onChange={(e) => setDoc({ symbol: e.currentTarget.value })}
                  />
                  <Textarea
                    label={t("reports.document.authority")}
                    description={t("reports.document.authorityHint")}
                    autosize
                    minRows={2}
                    value={document.signerAuthority}
                    onChange={(e) => setDoc({ signerAuthority: e.currentTarget.value })}
                  />
                  <Stack gap="xs">
                    <TextInput
                      label={t("reports.document.signerTitle")}
                      required
                      value={document.signerTitle}
                      onChange={(e) => setDoc({ signerTitle: e.currentTarget.value })}
                    />
                    <TextInput
                      label={t("reports.document.signerName")}
                      required
                      value={document.signerName}
                      onChange={(e) => setDoc({ signerName: e.currentTarget.value })}
                    />
                  </Stack>
                </SimpleGrid>
                {submitted ? (
                  <Button
                    w="fit-content"
                    disabled={!documentReady}
                    loading={download.isPending && download.variables === "docx"}
                    leftSection={<IconDownload size={16} aria-hidden />}
                    onClick={() => download.mutate("docx")}
                  >
                    {t("reports.download", { format: "DOCX" })}
                  </Button>
                ) : null}
              </Stack>
            </Card>
          </Collapse>
          {download.error ? <ProblemAlert error={download.error} /> : null}
        </Stack>
      </Card>
      {report.isFetching && !report.data ? <PageLoader /> : null}
      {report.error ? <ProblemAlert error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data && submitted ? <ReportPreview report={report.data} /> : null}
    </Stack>
  );
}
