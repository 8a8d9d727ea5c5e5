/**
 * ImportReview — the parsed draft beside its source. Selecting any field highlights where it was
 * read from; directives and tasks are editable (agency from the directory, deadline phrase with
 * its resolved date); warnings are listed and resolved; publishing waits until all is checked.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Agency, ParsedNoticeHeader, ParsedTask, Span } from "../../api/types.js";
import { DateField } from "../../components/date-field.js";
import { SourceText } from "../../components/source-text.js";
import { agencyOptions } from "../../lib/agency-options.js";
import {
  addTask,
  isResolved,
  publishCheck,
  type ReviewState,
  removeTask,
  updateDirective,
  updateTask,
} from "./review-state.js";
import { TaskEditor } from "./task-editor.js";

export interface ImportReviewProps {
  readonly state: ReviewState;
  readonly agencies: readonly Agency[];
  /** Set for a secretariat: the issuer is theirs and cannot be changed. */
  readonly ownIssuer: string | null;
  readonly onChange: (update: (state: ReviewState) => ReviewState) => void;
  readonly onPublish: () => void;
  readonly isPublishing: boolean;
}

export function ImportReview({
  state,
  agencies,
  ownIssuer,
  onChange,
  onPublish,
  isPublishing,
}: ImportReviewProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Span | null>(null);
  const { parsed } = state;
  const check = publishCheck(state);

  const setHeader = (patch: Partial<ParsedNoticeHeader>) =>
    onChange((s) => ({ ...s, parsed: { ...s.parsed, notice: { ...s.parsed.notice, ...patch } } }));

  const onTask = useCallback(
    (d: number, i: number) => (patch: (task: ParsedTask) => ParsedTask) =>
      onChange((s) => ({ ...s, parsed: updateTask(s.parsed, d, i, patch) })),
    [onChange],
  );

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
        <Stack>
          <Card withBorder p="sm" component="section" aria-labelledby="review-warnings">
            <Title order={2} size="h4" id="review-warnings">
              {t("import.warnings.title", { count: parsed.warnings.length })}
            </Title>
            {parsed.warnings.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("import.warnings.none")}
              </Text>
            ) : (
              <Stack gap={6} mt="xs">
                {parsed.warnings.map((w, i) => {
                  const resolved = isResolved(state, w, i);
                  return (
                    <Group
                      key={i}
                      justify="space-between"
                      wrap="nowrap"
                      align="flex-start"
                      data-testid="warning"
                      data-resolved={resolved}
                    >
                      <Stack gap={2}>
                        <Text size="sm" {...(resolved ? { td: "line-through", c: "dimmed" } : {})}>
                          {w.message}
                        </Text>
                        {w.span ? (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            w="fit-content"
                            onClick={() => setSelected(w.span)}
                          >
                            {t("import.warnings.show")}
                          </Button>
                        ) : null}
                      </Stack>
                      <Checkbox
                        label={t("import.warnings.done")}
                        checked={resolved}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          onChange((s) => ({
                            ...s,
                            acknowledged: on ? [...s.acknowledged, i] : s.acknowledged.filter((x) => x !== i),
                          }));
                        }}
                      />
                    </Group>
                  );
                })}
              </Stack>
            )}
          </Card>

          <Card withBorder p="sm" component="section" aria-labelledby="review-header">
            <Title order={2} size="h4" id="review-header" mb="xs">
              {t("import.header.title")}
            </Title>
            <Grid gap="sm">
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <TextInput
                  label={t("import.header.number")}
                  value={parsed.notice.number ?? ""}
                  placeholder={t("import.header.numberBlank")}
                  onChange={(e) => setHeader({ number: e.currentTarget.value || null })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <TextInput
                  label={t("import.header.symbol")}
                  value={parsed.notice.symbol ?? ""}
                  onChange={(e) => setHeader({ symbol: e.currentTarget.value || null })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <DateField
                  label={t("import.header.issuedOn")}
                  value={parsed.notice.issuedOn}
                  onChange={(v) => setHeader({ issuedOn: v })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <DateField
                  label={t("import.header.meetingOn")}
                  value={parsed.notice.meetingOn}
                  onChange={(v) => setHeader({ meetingOn: v })}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Select
                  label={t("import.header.issuerAgency")}
                  description={t("import.header.issuerAgencyHint", {
                    written: parsed.notice.issuer ?? t("import.header.issuerNotWritten"),
                  })}
                  data={agencyOptions(agencies, t)}
                  searchable
                  required
                  readOnly={ownIssuer !== null}
                  value={state.issuerAgencyId ?? null}
                  onChange={(issuerAgencyId) => onChange((s) => ({ ...s, issuerAgencyId }))}
                  error={state.issuerAgencyId ? undefined : t("import.header.pickIssuer")}
                  nothingFoundMessage={t("common.empty")}
                  comboboxProps={{ withinPortal: true }}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={t("import.header.subject")}
                  autosize
                  minRows={2}
                  value={parsed.notice.subject ?? ""}
                  onChange={(e) => setHeader({ subject: e.currentTarget.value || null })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t("import.header.chair")}
                  value={[parsed.notice.chair?.name, parsed.notice.chair?.title].filter(Boolean).join(", ")}
                  readOnly
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t("import.header.signer")}
                  value={[parsed.notice.signer?.authority, parsed.notice.signer?.name]
                    .filter(Boolean)
                    .join(" — ")}
                  readOnly
                />
              </Grid.Col>
            </Grid>
          </Card>

          {parsed.directives.map((d, di) => (
            <Card
              key={`${d.path}-${d.span.start}`}
              withBorder
              p="sm"
              component="section"
              aria-label={t("import.directive", { path: d.path })}
            >
              <Stack gap="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge variant="filled" radius="sm">
                      {d.path}
                    </Badge>
                    <Button size="compact-sm" variant="subtle" onClick={() => setSelected(d.span)}>
                      {t("import.showInSource")}
                    </Button>
                  </Group>
                  <Switch
                    label={t("import.informational")}
                    checked={d.informational}
                    onChange={(e) => {
                      const informational = e.currentTarget.checked;
                      onChange((s) => ({ ...s, parsed: updateDirective(s.parsed, di, { informational }) }));
                    }}
                  />
                </Group>
                <Textarea
                  label={t("import.directiveText")}
                  autosize
                  minRows={1}
                  maxRows={6}
                  value={d.text}
                  onFocus={() => setSelected(d.span)}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    onChange((s) => ({ ...s, parsed: updateDirective(s.parsed, di, { text }) }));
                  }}
                />
                {!d.informational
                  ? d.tasks.map((task, ti) => (
                      <TaskEditor
                        key={ti}
                        task={task}
                        label={t("import.task.title", { path: d.path, n: ti + 1 })}
                        agencies={agencies}
                        issuedOn={parsed.notice.issuedOn}
                        onChange={onTask(di, ti)}
                        onSelect={setSelected}
                        onRemove={() => onChange((s) => ({ ...s, parsed: removeTask(s.parsed, di, ti) }))}
                      />
                    ))
                  : null}
                <Button
                  size="xs"
                  variant="light"
                  w="fit-content"
                  onClick={() => onChange((s) => ({ ...s, parsed: addTask(s.parsed, di) }))}
                >
                  {t("import.task.add", { path: d.path })}
                </Button>
              </Stack>
            </Card>
          ))}

          <Card withBorder p="sm" component="section" aria-labelledby="review-publish">
            <Stack gap="xs">
              <Title order={2} size="h4" id="review-publish">
                {t("import.publish.title")}
              </Title>
              <Text size="sm">{t("import.publish.tasks", { count: check.tasks })}</Text>
              {check.openWarnings > 0 ? (
                <Alert color="orange" p="xs">
                  {t("import.publish.openWarnings", { count: check.openWarnings })}
                </Alert>
              ) : null}
              {check.missingIssuer ? (
                <Alert color="orange" p="xs">
                  {t("import.publish.missingIssuer")}
                </Alert>
              ) : null}
              {check.unidentifiedLeads > 0 ? (
                <Alert color="orange" p="xs">
                  {t("import.publish.unidentified", { count: check.unidentifiedLeads })}
                </Alert>
              ) : null}
              <Button onClick={onPublish} disabled={!check.canPublish} loading={isPublishing} w="fit-content">
                {t("import.publish.submit")}
              </Button>
            </Stack>
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
        <Card withBorder p="sm" style={{ position: "sticky", top: 70 }}>
          <Text size="sm" fw={600} mb={4}>
            {t("import.source")}
          </Text>
          <SourceText text={parsed.text} highlight={selected} maxHeight="75vh" label={t("import.source")} />
        </Card>
      </Grid.Col>
    </Grid>
  );
}
