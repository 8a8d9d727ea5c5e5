/**
 * PolicyPanel — the local Quy chế as the system applies it: the due-soon threshold, how
 * “trước ngày X” is read, whether a deadline on a day off moves to the next working day, the
 * extension rules and the reporting periods.
 */
import {
  Alert,
  Button,
  Card,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

import { api, call } from "../../api/client.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { useDraft } from "../../lib/use-draft.js";

interface PolicyForm {
  readonly name: string;
  readonly basedOn: string;
  readonly readingOfTruoc: "by" | "day-before";
  readonly rollForward: boolean;
  readonly dueSoonWorkingDays: number;
  readonly minWorkingDaysBeforeDeadline: number;
  /** `null`: no limit. */
  readonly maxExtensions: number | null;
  /** `null`: never asked. */
  readonly overdueReasonAfterWorkingDays: number | null;
  readonly reportingPeriods: "decree-09" | "calendar";
}

type Pack = Record<string, unknown>;

const policyQuery = {
  queryKey: ["policy"] as const,
  queryFn: () => call(api.GET("/v1/policy")),
};

const num = (v: unknown, fallback: number) => (typeof v === "number" ? v : fallback);
/** A number, or `null` for “not set” (an empty field). */
const numOrNull = (v: unknown): number | null => (typeof v === "number" ? v : null);

export function formOf(pack: Pack): PolicyForm {
  const extension = (pack.extension ?? {}) as Pack;
  const overdue = (pack.overdue ?? {}) as Pack;
  return {
    name: String(pack.name ?? ""),
    basedOn: String(pack.basedOn ?? ""),
    readingOfTruoc: pack.readingOfTruoc === "by" ? "by" : "day-before",
    rollForward: pack.rollForward !== false,
    dueSoonWorkingDays: num(pack.dueSoonWorkingDays, 3),
    minWorkingDaysBeforeDeadline: num(extension.minWorkingDaysBeforeDeadline, 0),
    maxExtensions: numOrNull(extension.maxExtensions),
    overdueReasonAfterWorkingDays: numOrNull(overdue.reasonAfterWorkingDays),
    reportingPeriods: pack.reportingPeriods === "calendar" ? "calendar" : "decree-09",
  };
}

export function PolicyPanel({ canEdit }: { readonly canEdit: boolean }) {
  const { t } = useTranslation();
  const policy = useQuery(policyQuery);
  if (policy.error) return <ProblemAlert error={policy.error} onRetry={() => void policy.refetch()} />;
  if (!policy.data) return <PageLoader />;
  return (
    <PolicyEditor
      pack={policy.data.pack}
      version={policy.data.version}
      canEdit={canEdit}
      key={policy.data.version}
      t={t}
    />
  );
}

function PolicyEditor({
  pack,
  version,
  canEdit,
  t,
}: {
  readonly pack: Pack;
  readonly version: number;
  readonly canEdit: boolean;
  readonly t: TFunction;
}) {
  const queryClient = useQueryClient();
  const draft = useDraft<PolicyForm>(`policy.${version}`, formOf(pack));
  const f = draft.value;
  const set = (patch: Partial<PolicyForm>) => draft.set((prev) => ({ ...prev, ...patch }));

  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT("/v1/policy", {
          params: { header: { "if-match": `"${version}"` } },
          body: {
            pack: {
              ...pack,
              name: f.name.trim(),
              basedOn: f.basedOn.trim(),
              readingOfTruoc: f.readingOfTruoc,
              rollForward: f.rollForward,
              dueSoonWorkingDays: f.dueSoonWorkingDays,
              extension: {
                ...((pack.extension ?? {}) as Pack),
                minWorkingDaysBeforeDeadline: f.minWorkingDaysBeforeDeadline,
                maxExtensions: f.maxExtensions,
              },
              overdue: {
                ...((pack.overdue ?? {}) as Pack),
                reasonAfterWorkingDays: f.overdueReasonAfterWorkingDays,
              },
              reportingPeriods: f.reportingPeriods,
            },
          },
        }),
      ),
    onSuccess: async () => {
      draft.clear();
      notifications.show({ color: "green", message: t("settings.policy.saved") });
      await queryClient.invalidateQueries();
    },
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        {version === 0 ? <Alert color="blue">{t("settings.policy.national")}</Alert> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t("settings.policy.name")}
            value={f.name}
            disabled={!canEdit}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <TextInput
            label={t("settings.policy.basedOn")}
            value={f.basedOn}
            disabled={!canEdit}
            onChange={(e) => set({ basedOn: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Card withBorder p="sm">
          <Stack gap="sm">
            <NumberInput
              label={t("settings.policy.dueSoon")}
              description={t("settings.policy.dueSoonHint")}
              min={0}
              max={30}
              value={f.dueSoonWorkingDays}
              disabled={!canEdit}
              onChange={(v) => set({ dueSoonWorkingDays: typeof v === "number" ? v : f.dueSoonWorkingDays })}
              maw={260}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="policy-truoc">
                {t("settings.policy.truoc")}
              </Text>
              <SegmentedControl
                aria-labelledby="policy-truoc"
                disabled={!canEdit}
                value={f.readingOfTruoc}
                onChange={(v) => set({ readingOfTruoc: v === "by" ? "by" : "day-before" })}
                data={[
                  { value: "day-before", label: t("settings.policy.truocDayBefore") },
                  { value: "by", label: t("settings.policy.truocBy") },
                ]}
              />
            </Stack>
            <Switch
              label={t("settings.policy.rollForward")}
              description={t("settings.policy.rollForwardHint")}
              checked={f.rollForward}
              disabled={!canEdit}
              onChange={(e) => set({ rollForward: e.currentTarget.checked })}
            />
          </Stack>
        </Card>
        <Card withBorder p="sm">
          <Text fw={600} mb="xs">
            {t("settings.policy.extensions")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t("settings.policy.minDays")}
              description={t("settings.policy.minDaysHint")}
              min={0}
              max={60}
              value={f.minWorkingDaysBeforeDeadline}
              disabled={!canEdit}
              onChange={(v) =>
                set({
                  minWorkingDaysBeforeDeadline: typeof v === "number" ? v : f.minWorkingDaysBeforeDeadline,
                })
              }
            />
            <NumberInput
              label={t("settings.policy.maxExtensions")}
              description={t("settings.policy.maxExtensionsHint")}
              min={0}
              max={10}
              value={f.maxExtensions ?? ""}
              disabled={!canEdit}
              onChange={(v) => set({ maxExtensions: typeof v === "number" ? v : null })}
            />
            <NumberInput
              label={t("settings.policy.overdueReason")}
              description={t("settings.policy.overdueReasonHint")}
              min={1}
              max={250}
              value={f.overdueReasonAfterWorkingDays ?? ""}
              disabled={!canEdit}
              onChange={(v) => set({ overdueReasonAfterWorkingDays: typeof v === "number" ? v : null })}
            />
          </SimpleGrid>
        </Card>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="policy-periods">
            {t("settings.policy.periods")}
          </Text>
          <SegmentedControl
            aria-labelledby="policy-periods"
            disabled={!canEdit}
            value={f.reportingPeriods}
            onChange={(v) => set({ reportingPeriods: v === "calendar" ? "calendar" : "decree-09" })}
            data={[
              { value: "decree-09", label: t("settings.policy.periodsDecree") },
              { value: "calendar", label: t("settings.policy.periodsCalendar") },
            ]}
          />
        </Stack>
        {save.error ? <ProblemAlert error={save.error} /> : null}
        {canEdit ? (
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t("common.save")}
          </Button>
        ) : null}
      </Stack>
    </form>
  );
}
