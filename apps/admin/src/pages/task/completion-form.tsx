/**
 * CompletionForm — the agency reports a task done: the completion date (today by default,
 * dd/MM/yyyy), what was achieved and evidence files, then a confirmation step that repeats the
 * date before anything is sent (one tap must never complete a task). When the policy asks the
 * office to accept completions, the report waits for the secretariat (the task comes back
 * `submitted`, “Chờ xác nhận hoàn thành”); otherwise the task is done.
 */
import { Button, Card, FileInput, Group, Modal, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPaperclip } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { completeTask } from "../../api/tasks.js";
import type { Task } from "../../api/types.js";
import { DateField } from "../../components/date-field.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDate, isoDay } from "../../lib/dates.js";

export function CompletionForm({ task, etag }: { readonly task: Task; readonly etag: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [completedOn, setCompletedOn] = useState<string | null>(isoDay(new Date()));
  const [note, setNote] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      completeTask(task.id, etag, { completedOn: completedOn ?? isoDay(new Date()), note, files }),
    onSuccess: async (after) => {
      setConfirming(false);
      setFiles([]);
      setNote("");
      notifications.show({
        color: "green",
        message: after.lifecycle === "submitted" ? t("task.complete.submitted") : t("task.complete.done"),
      });
      await queryClient.invalidateQueries({ queryKey: ["task", task.id] });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
    onError: () => setConfirming(false),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (completedOn !== null) setConfirming(true);
  };
  return (
    <Card withBorder p="sm">
      <form onSubmit={onSubmit} aria-label={t("task.complete.title")}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("task.complete.title")}
          </Title>
          <DateField
            label={t("task.complete.on")}
            value={completedOn}
            onChange={setCompletedOn}
            required
            maw={240}
          />
          <Textarea
            label={t("task.complete.note")}
            description={t("task.complete.noteHint")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <FileInput
            label={t("task.complete.files")}
            description={t("task.complete.filesHint")}
            multiple
            clearable
            leftSection={<IconPaperclip size={16} aria-hidden />}
            value={files}
            onChange={setFiles}
          />
          {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
          <Button type="submit" color="teal" disabled={completedOn === null} w="fit-content">
            {t("task.complete.submit")}
          </Button>
        </Stack>
      </form>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t("task.complete.confirmTitle")}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t("task.complete.confirmText", { date: formatDate(completedOn) })}</Text>
          {files.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t("task.complete.confirmFiles", { count: files.length })}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button color="teal" loading={mutation.isPending} onClick={() => mutation.mutate()}>
              {t("task.complete.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
