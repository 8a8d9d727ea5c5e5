/**
 * ExtensionForm — an agency asks for more time (gia hạn): the reason and the new date it needs.
 * The secretariat decides; the request stays as a draft in this browser until it is sent.
 */
import { Button, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { requestExtension } from "../../api/tasks.js";
import { DateField } from "../../components/date-field.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useDraft } from "../../lib/use-draft.js";

export function ExtensionForm({ taskId, dueOn }: { readonly taskId: string; readonly dueOn: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft(`extension.${taskId}`, { reason: "", requestedDueOn: null as string | null });

  const mutation = useMutation({
    mutationFn: () =>
      requestExtension(taskId, {
        reason: draft.value.reason.trim(),
        requestedDueOn: draft.value.requestedDueOn ?? "",
      }),
    onSuccess: async () => {
      draft.clear();
      notifications.show({ color: "green", message: t("task.extension.sent") });
      await queryClient.invalidateQueries({ queryKey: ["task", taskId] });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  return (
    <form onSubmit={onSubmit} aria-label={t("task.extension.formTitle")}>
      <Stack gap="sm">
        <DateField
          label={t("task.extension.newDate")}
          description={t("common.dateFormatHint")}
          required
          {...(dueOn ? { minDate: dueOn } : {})}
          value={draft.value.requestedDueOn}
          onChange={(v) => draft.set((d) => ({ ...d, requestedDueOn: v }))}
          maw={240}
        />
        <Textarea
          label={t("task.extension.reason")}
          required
          autosize
          minRows={2}
          value={draft.value.reason}
          onChange={(e) => {
            const reason = e.currentTarget.value;
            draft.set((d) => ({ ...d, reason }));
          }}
        />
        {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
        <Button
          type="submit"
          loading={mutation.isPending}
          disabled={!draft.value.reason.trim() || !draft.value.requestedDueOn}
          w="fit-content"
        >
          {t("task.extension.submit")}
        </Button>
      </Stack>
    </form>
  );
}
