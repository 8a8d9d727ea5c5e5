/**
 * ProgressForm — an agency reports progress on a task: what was done, the percentage, and files
 * (the API limits size and type). The text is kept as a draft until the report is accepted.
 */
import { ActionIcon, Button, FileInput, Group, NumberInput, Stack, Textarea } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconMinus, IconPaperclip, IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { reportProgress } from "../../api/tasks.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useDraft } from "../../lib/use-draft.js";

export function ProgressForm({
  taskId,
  currentPercent,
}: {
  readonly taskId: string;
  readonly currentPercent: number;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // `percent` null: not touched, the field shows the task's percent as it is now (after a report
  // too, once the task is read again); "" : emptied by the user, the report carries no percent.
  const draft = useDraft(`progress.${taskId}`, { body: "", percent: null as number | "" | null });
  const percent = draft.value.percent === null ? currentPercent : draft.value.percent;
  const [files, setFiles] = useState<File[]>([]);
  const touch = useMediaQuery("(max-width: 47.99em), (pointer: coarse)") ?? false;
  const step = (by: number) =>
    draft.set((d) => {
      const from = d.percent === null ? currentPercent : d.percent === "" ? 0 : d.percent;
      return { ...d, percent: Math.min(100, Math.max(0, from + by)) };
    });

  const mutation = useMutation({
    mutationFn: () =>
      reportProgress(taskId, {
        body: draft.value.body.trim(),
        percent: percent === "" ? null : percent,
        files,
      }),
    onSuccess: async () => {
      draft.clear();
      setFiles([]);
      notifications.show({ color: "green", message: t("task.progress.sent") });
      await queryClient.invalidateQueries({ queryKey: ["task", taskId] });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  return (
    <form onSubmit={onSubmit} aria-label={t("task.progress.formTitle")}>
      <Stack gap="sm">
        <Textarea
          label={t("task.progress.body")}
          description={t("task.progress.bodyHint")}
          required
          autosize
          minRows={3}
          value={draft.value.body}
          onChange={(e) => {
            const body = e.currentTarget.value;
            draft.set((d) => ({ ...d, body }));
          }}
        />
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            label={t("task.progress.percent")}
            min={0}
            max={100}
            step={5}
            suffix="%"
            value={percent}
            onChange={(v) => draft.set((d) => ({ ...d, percent: typeof v === "number" ? v : "" }))}
            // On a touch screen the arrows give way to two 44 px buttons a finger can hit.
            hideControls={touch}
            maw={200}
          />
          {touch ? (
            <>
              <ActionIcon
                variant="default"
                size="xl"
                aria-label={t("task.progress.less")}
                onClick={() => step(-5)}
              >
                <IconMinus size={20} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="xl"
                aria-label={t("task.progress.more")}
                onClick={() => step(5)}
              >
                <IconPlus size={20} aria-hidden />
              </ActionIcon>
            </>
          ) : null}
        </Group>
        <FileInput
          label={t("task.progress.files")}
          description={t("task.progress.filesHint")}
          multiple
          clearable
          leftSection={<IconPaperclip size={16} aria-hidden />}
          value={files}
          onChange={setFiles}
        />
        {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
        <Button
          type="submit"
          loading={mutation.isPending}
          disabled={!draft.value.body.trim()}
          w="fit-content"
        >
          {t("task.progress.submit")}
        </Button>
      </Stack>
    </form>
  );
}
