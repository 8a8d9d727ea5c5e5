/**
 * CompletionReview — the agency's completion report while it waits for the office (“Chờ xác nhận
 * hoàn thành”, shown to everyone: the date the agency stated, its note and evidence), with Accept
 * and Return for the secretariat (a return needs a reason, asked in a dialog); and, once a report
 * was returned, the reason, shown prominently to the agency until the task is done.
 */
import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowBackUp, IconHourglass, IconPaperclip } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { acceptCompletion, returnCompletion } from "../../api/tasks.js";
import type { Task } from "../../api/types.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDate } from "../../lib/dates.js";

/** A file of the task's progress reports, by id. */
export interface EvidenceFile {
  readonly fileName: string;
  readonly url: string;
}

export interface CompletionReviewProps {
  readonly task: Task;
  readonly etag: string;
  /** The secretariat (or an administrator): may accept or return the report. */
  readonly canDecide: boolean;
  readonly files: ReadonlyMap<string, EvidenceFile>;
}

export function CompletionReview({ task, etag, canDecide, files }: CompletionReviewProps) {
  const report = task.completionReport;
  const waiting = task.lifecycle === "submitted" && report?.status === "pending";
  const back = task.completionReturn;
  return (
    <Stack gap="sm">
      {waiting && report ? (
        <PendingReport task={task} etag={etag} canDecide={canDecide} files={files} report={report} />
      ) : null}
      {!waiting && back && task.lifecycle === "open" ? (
        <ReturnedNotice reason={back.reason} on={back.on} />
      ) : null}
    </Stack>
  );
}

function ReturnedNotice({ reason, on }: { readonly reason: string; readonly on: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconArrowBackUp size={20} aria-hidden />}
      title={t("task.completion.returnedTitle", { date: formatDate(on) })}
      role="alert"
    >
      <Text size="sm" fw={600} style={{ whiteSpace: "pre-wrap" }}>
        {reason}
      </Text>
      <Text size="sm" mt={4}>
        {t("task.completion.returnedHint")}
      </Text>
    </Alert>
  );
}

function PendingReport({
  task,
  etag,
  canDecide,
  files,
  report,
}: CompletionReviewProps & { readonly report: NonNullable<Task["completionReport"]> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ["task", task.id] });
    await queryClient.invalidateQueries({ queryKey: ["tasks"] });
  };
  const accept = useMutation({
    mutationFn: () => acceptCompletion(task.id, etag),
    onSuccess: async () => {
      notifications.show({ color: "green", message: t("task.completion.accepted") });
      await refresh();
    },
  });
  const giveBack = useMutation({
    mutationFn: () => returnCompletion(task.id, etag, reason),
    onSuccess: async () => {
      setReturning(false);
      setReason("");
      notifications.show({ color: "orange", message: t("task.completion.returned") });
      await refresh();
    },
  });
  const onReturn = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) giveBack.mutate();
  };
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconHourglass size={20} aria-hidden />}
      title={t("task.completion.pendingTitle")}
    >
      <Stack gap={6}>
        <Text size="sm">{t("task.completion.reportedOn", { date: formatDate(report.completedOn) })}</Text>
        {report.note ? (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {report.note}
          </Text>
        ) : null}
        {report.attachmentIds.length > 0 ? (
          <List size="sm" icon={<IconPaperclip size={14} aria-hidden />}>
            {report.attachmentIds.map((id) => {
              const file = files.get(id);
              return (
                <List.Item key={id}>
                  {file ? (
                    <Anchor href={file.url} download={file.fileName}>
                      {file.fileName}
                    </Anchor>
                  ) : (
                    t("task.completion.file")
                  )}
                </List.Item>
              );
            })}
          </List>
        ) : null}
        {canDecide ? (
          <Group gap="sm" mt={4}>
            <Button color="teal" onClick={() => accept.mutate()} loading={accept.isPending}>
              {t("task.completion.accept")}
            </Button>
            <Button variant="outline" color="red" onClick={() => setReturning(true)}>
              {t("task.completion.return")}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t("task.completion.waitingHint")}
          </Text>
        )}
        {accept.error ? <ProblemAlert error={accept.error} /> : null}
      </Stack>
      <Modal
        opened={returning}
        onClose={() => setReturning(false)}
        title={t("task.completion.returnTitle")}
        centered
      >
        <form onSubmit={onReturn}>
          <Stack gap="sm">
            <Textarea
              label={t("task.completion.reason")}
              description={t("task.completion.reasonHint")}
              required
              autosize
              minRows={3}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            {giveBack.error ? <ProblemAlert error={giveBack.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReturning(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" color="red" disabled={!reason.trim()} loading={giveBack.isPending}>
                {t("task.completion.returnSubmit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Alert>
  );
}
