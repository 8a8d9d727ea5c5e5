/**
 * DeadlineField — the deadline phrase as written, editable, with the due date and derivation the
 * API computes for it (live, as the clerk types), so “trong tháng 01/2023” shows “→ 31/01/2023”.
 * The rule always follows the phrase (a phrase that no longer reads keeps no rule of the one
 * before), every warning of the engine is shown beside it, and when the task's text still says the
 * old phrase the clerk is offered to change it there too.
 */
import { Button, Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ResolvedDeadline } from "../../api/notices.js";
import { resolveDeadline } from "../../api/notices.js";
import { describe } from "../../api/problem.js";
import type { ParsedDeadline } from "../../api/types.js";
import { formatDate } from "../../lib/dates.js";

export const deadlineQuery = (phrase: string, from: string) => ({
  queryKey: ["deadline", phrase, from] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => resolveDeadline(phrase, from, signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export interface DeadlineFieldProps {
  readonly deadline: ParsedDeadline;
  /** The notice's issue date, the start of relative deadlines. */
  readonly from: string | null;
  readonly onChange: (deadline: ParsedDeadline) => void;
  readonly onFocus: () => void;
  /** The task's text, where the phrase was written. */
  readonly action?: string;
  /** Replaces the task's text (to carry a changed phrase into it). */
  readonly onActionChange?: (action: string) => void;
}

export function DeadlineField({
  deadline,
  from,
  onChange,
  onFocus,
  action,
  onActionChange,
}: DeadlineFieldProps) {
  const { t, i18n } = useTranslation();
  const phrase = deadline.phrase ?? "";
  const [debounced] = useDebouncedValue(phrase.trim(), 400);
  // The parser already resolved the phrase as read; ask the server only once the clerk edits it.
  const parsedPhrase = useRef((deadline.phrase ?? "").trim());
  const resolved = useQuery({
    ...deadlineQuery(debounced, from ?? ""),
    enabled: debounced !== "" && from !== null && debounced !== parsedPhrase.current,
  });

  // Keep the draft's due date in step with what the server resolved for the phrase.
  useEffect(() => {
    const r: ResolvedDeadline | undefined = resolved.data;
    if (!r || debounced !== phrase.trim()) return;
    if (
      r.dueOn === deadline.dueOn &&
      r.kind === deadline.kind &&
      r.derivation?.vi === deadline.derivation?.vi &&
      JSON.stringify(r.rule) === JSON.stringify(deadline.rule)
    )
      return;
    // The rule is the new phrase's, or none: never the previous phrase's rule under a new phrase.
    onChange({ ...deadline, kind: r.kind, dueOn: r.dueOn, derivation: r.derivation, rule: r.rule });
  }, [resolved.data, debounced, phrase, deadline, onChange]);

  const current = resolved.data && debounced === phrase.trim() ? resolved.data : null;
  const original = parsedPhrase.current;
  const newPhrase = phrase.trim();
  const offersSentence =
    onActionChange !== undefined &&
    action !== undefined &&
    original !== "" &&
    newPhrase !== "" &&
    newPhrase !== original &&
    action.includes(original);
  const derivation = deadline.derivation
    ? i18n.language === "en"
      ? deadline.derivation.en
      : deadline.derivation.vi
    : null;
  return (
    <Stack gap={4}>
      <TextInput
        label={t("import.task.deadline")}
        description={t("import.task.deadlineHint")}
        value={phrase}
        onFocus={onFocus}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onChange({
            ...deadline,
            phrase: value === "" ? null : value,
            ...(value === "" ? { kind: "none", dueOn: null, derivation: null } : {}),
          });
        }}
      />
      <Group gap="xs" aria-live="polite">
        {resolved.isFetching ? <Loader size="xs" aria-label={t("common.loading")} /> : null}
        <Text size="sm" fw={600}>
          {deadline.dueOn
            ? t("import.task.dueOn", { date: formatDate(deadline.dueOn) })
            : t("import.task.noDate")}
        </Text>
        {derivation ? (
          <Text size="sm" c="dimmed">
            {derivation}
          </Text>
        ) : null}
      </Group>
      {current && current.kind === "none" ? (
        <Text size="sm" c="orange.9" role="status">
          {t("import.task.unreadDeadline")}
        </Text>
      ) : null}
      {current && current.warnings.length > 0 ? (
        <Stack gap={2} role="status" aria-label={t("import.task.deadlineWarnings")}>
          {current.warnings.map((w) => (
            <Text key={`${w.code}-${w.message}`} size="sm" c="orange.9">
              {w.message}
            </Text>
          ))}
        </Stack>
      ) : null}
      {offersSentence ? (
        <Group gap="xs">
          <Text size="sm">{t("import.task.sentenceSays", { phrase: original })}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onActionChange?.(action.replace(original, newPhrase))}
          >
            {t("import.task.updateSentence", { phrase: newPhrase })}
          </Button>
        </Group>
      ) : null}
      {resolved.error ? (
        <Text size="sm" c="red" role="alert">
          {describe(resolved.error, t).detail ?? describe(resolved.error, t).title}
        </Text>
      ) : null}
    </Stack>
  );
}
