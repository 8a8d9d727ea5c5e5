/**
 * CalendarPage — the working-day calendar of a year: statutory holidays, the official days off
 * and make-up working days the Government announces each year. Admins edit the year (the API
 * then uses it for every deadline); everyone else reads it.
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call, type Schemas } from "../../api/client.js";
import { can, sessionQuery } from "../../auth/session.js";
import { DateField } from "../../components/date-field.js";
import { DatesLocale } from "../../components/dates-locale.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { PageLoader } from "../../components/route-error.js";
import { formatDate, isoDay } from "../../lib/dates.js";
import { useDraft } from "../../lib/use-draft.js";

type CalendarYear = Schemas["CalendarYear"];

interface Row {
  readonly date: string | null;
  readonly name: string;
  /** For days off: `holiday` (lễ, tết) or `day-off` (nghỉ bù, hoán đổi). */
  readonly kind?: "holiday" | "day-off";
}

interface YearDraft {
  readonly source: string;
  readonly daysOff: readonly Row[];
  readonly makeUp: readonly Row[];
}

const kindColor: Record<string, string> = {
  holiday: "red",
  "day-off": "orange",
  "make-up": "blue",
  weekend: "gray",
};

export const calendarQuery = (year: number) => ({
  queryKey: ["calendar", year] as const,
  queryFn: async () => {
    const response = api.GET("/v1/calendar/{year}", { params: { path: { year } } });
    const etag = (await response).response.headers.get("etag");
    return { data: await call(response), etag };
  },
});

export function CalendarPage() {
  const { t } = useTranslation();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const [year, setYear] = useState(Number(isoDay(new Date()).slice(0, 4)));
  const calendar = useQuery(calendarQuery(year));
  const [editing, setEditing] = useState(false);
  const canEdit = can.editCalendar(user?.role ?? "agency_officer");

  return (
    <DatesLocale>
      <Stack>
        <Title order={1} size="h2">
          {t("calendar.title")}
        </Title>
        <Group align="flex-end">
          <NumberInput
            label={t("reports.year")}
            min={1990}
            max={2100}
            value={year}
            onChange={(v) => {
              if (typeof v === "number") {
                setYear(v);
                setEditing(false);
              }
            }}
            w={140}
          />
          {canEdit && calendar.data && !editing ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t("calendar.edit")}
            </Button>
          ) : null}
        </Group>
        {calendar.error ? (
          <ProblemAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
        ) : null}
        {calendar.isPending ? <PageLoader /> : null}
        {calendar.data ? (
          editing ? (
            <CalendarEditor
              year={calendar.data.data}
              etag={calendar.data.etag}
              onDone={() => setEditing(false)}
            />
          ) : (
            <CalendarView year={calendar.data.data} />
          )
        ) : null}
      </Stack>
    </DatesLocale>
  );
}

function CalendarView({ year }: { readonly year: CalendarYear }) {
  const { t } = useTranslation();
  const days = year.days.filter((d) => d.kind !== "weekend");
  return (
    <Stack>
      <Group gap="xs">
        <Badge color={year.confirmed ? "green" : "yellow"} variant="light" style={{ textTransform: "none" }}>
          {year.confirmed ? t("calendar.confirmed") : t("calendar.provisional")}
        </Badge>
        {year.source ? <Text size="sm">{t("calendar.source", { source: year.source })}</Text> : null}
        <Text size="sm" c="dimmed">
          {t("calendar.workingDays", { count: year.workingDays })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("calendar.date")}</Table.Th>
              <Table.Th>{t("calendar.name")}</Table.Th>
              <Table.Th>{t("calendar.kindLabel")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((d) => (
              <Table.Tr key={`${d.date}-${d.kind}`}>
                <Table.Td>{formatDate(d.date)}</Table.Td>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td>
                  <Badge
                    color={kindColor[d.kind] ?? "gray"}
                    variant="light"
                    style={{ textTransform: "none" }}
                  >
                    {t(`calendar.kind.${d.kind}`, { defaultValue: d.kind })}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function CalendarEditor({
  year,
  etag,
  onDone,
}: {
  readonly year: CalendarYear;
  readonly etag: string | null;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft<YearDraft>(`calendar.${year.year}`, {
    source: year.source,
    daysOff: year.days
      .filter((d) => d.kind === "holiday" || d.kind === "day-off")
      .map((d) => ({
        date: d.date,
        name: d.name,
        kind: d.kind === "day-off" ? ("day-off" as const) : ("holiday" as const),
      })),
    makeUp: year.days.filter((d) => d.kind === "make-up").map((d) => ({ date: d.date, name: d.name })),
  });
  const d = draft.value;
  const complete = (rows: readonly Row[]) => rows.every((r) => r.date && r.name.trim());

  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT("/v1/calendar/{year}", {
          params: { path: { year: year.year }, header: { "if-match": etag ?? `"${year.version}"` } },
          body: {
            source: d.source.trim(),
            daysOff: d.daysOff.map((r) => ({
              date: r.date ?? "",
              name: r.name.trim(),
              kind: "holiday" as const,
            })),
            makeUpWorkdays: d.makeUp.map((r) => ({ date: r.date ?? "", name: r.name.trim() })),
          },
        }),
      ),
    onSuccess: async () => {
      draft.clear();
      notifications.show({ color: "green", message: t("calendar.saved") });
      await queryClient.invalidateQueries({ queryKey: ["calendar", year.year] });
      onDone();
    },
  });

  const rowsEditor = (key: "daysOff" | "makeUp", title: string) => (
    <Card withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        {d[key].map((row, i) => (
          <SimpleGrid key={i} cols={{ base: 1, sm: 3 }} spacing="xs">
            <DateField
              label={t("calendar.date")}
              value={row.date}
              minDate={`${year.year}-01-01`}
              maxDate={`${year.year}-12-31`}
              onChange={(date) =>
                draft.set((prev) => ({
                  ...prev,
                  [key]: prev[key].map((r, j) => (j === i ? { ...r, date } : r)),
                }))
              }
            />
            <TextInput
              label={t("calendar.name")}
              value={row.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                draft.set((prev) => ({
                  ...prev,
                  [key]: prev[key].map((r, j) => (j === i ? { ...r, name } : r)),
                }));
              }}
            />
            <ActionIcon
              mt={{ base: 0, sm: 28 }}
              variant="subtle"
              color="red"
              aria-label={t("calendar.remove", { date: formatDate(row.date) })}
              onClick={() => draft.set((prev) => ({ ...prev, [key]: prev[key].filter((_, j) => j !== i) }))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </SimpleGrid>
        ))}
        <Button
          variant="subtle"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
          onClick={() => draft.set((prev) => ({ ...prev, [key]: [...prev[key], { date: null, name: "" }] }))}
        >
          {t("common.add")}
        </Button>
      </Stack>
    </Card>
  );

  return (
    <Stack>
      <Alert color="blue">{t("calendar.editHint")}</Alert>
      <TextInput
        label={t("calendar.sourceLabel")}
        description={t("calendar.sourceHint")}
        value={d.source}
        onChange={(e) => {
          const source = e.currentTarget.value;
          draft.set((prev) => ({ ...prev, source }));
        }}
      />
      {rowsEditor("daysOff", t("calendar.daysOff"))}
      {rowsEditor("makeUp", t("calendar.makeUp"))}
      {save.error ? <ProblemAlert error={save.error} /> : null}
      <Group>
        <Button
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!complete(d.daysOff) || !complete(d.makeUp)}
        >
          {t("common.save")}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            draft.clear();
            onDone();
          }}
        >
          {t("common.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}
