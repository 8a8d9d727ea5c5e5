/**
 * TaskBulkActions — what the secretariat does to many tasks at once: ask the agencies for an
 * explanation (yêu cầu giải trình), pause or cancel by a decision (with the authorising document),
 * or follow them. Each task is sent on its own with its version; progress and failures are shown.
 */
import { Alert, Button, Group, List, Modal, Progress, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, call } from "../api/client.js";
import { describe } from "../api/problem.js";
import type { Task } from "../api/types.js";
import { DateField } from "../components/date-field.js";
import { useDraft } from "../lib/use-draft.js";

type Action = "explain" | "pause" | "cancel" | "watch";

interface Outcome {
  readonly done: number;
  readonly failed: readonly { readonly task: Task; readonly message: string }[];
}

function send(action: Action, task: Task, form: BulkForm): Promise<unknown> {
  const path = { id: task.id };
  switch (action) {
    case "explain":
      return call(
        api.POST("/v1/tasks/{id}/explanations", {
          params: { path },
          body: { question: form.question.trim(), replyDueOn: form.replyDueOn },
        }),
      );
    case "watch":
      return call(api.PUT("/v1/tasks/{id}/watchers/me", { params: { path } }));
    default:
      return call(
        api.POST("/v1/tasks/{id}/transitions", {
          params: { path, header: { "if-match": `"${task.version}"` } },
          body: {
            action,
            ...(form.decisionRef.trim() ? { decisionRef: form.decisionRef.trim() } : {}),
            ...(form.note.trim() ? { note: form.note.trim() } : {}),
          },
        }),
      );
  }
}

interface BulkForm {
  readonly question: string;
  readonly replyDueOn: string | null;
  readonly decisionRef: string;
  readonly note: string;
}

export function TaskBulkActions({
  tasks,
  onDone,
}: {
  readonly tasks: readonly Task[];
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useDraft<BulkForm>("tasks.bulk", {
    question: t("bulk.defaultQuestion"),
    replyDueOn: null,
    decisionRef: "",
    note: "",
  });

  const run = async (chosen: Action) => {
    setProgress(0);
    let done = 0;
    const failed: { task: Task; message: string }[] = [];
    for (const [i, task] of tasks.entries()) {
      try {
        await send(chosen, task, form.value);
        done += 1;
      } catch (error) {
        const m = describe(error, t);
        failed.push({ task, message: m.detail ?? m.title });
      }
      setProgress(((i + 1) / tasks.length) * 100);
    }
    setProgress(null);
    setOutcome({ done, failed });
    if (failed.length === 0) form.clear();
    await queryClient.invalidateQueries({ queryKey: ["tasks"] });
    if (failed.length === 0) {
      notifications.show({ color: "green", message: t("bulk.done", { count: done }) });
      setAction(null);
      onDone();
    }
  };

  const valid =
    action === "explain"
      ? form.value.question.trim().length > 0
      : action === "pause" || action === "cancel"
        ? form.value.note.trim().length > 0
        : true;

  return (
    <Stack gap="xs">
      <Group gap="xs" aria-label={t("bulk.title", { count: tasks.length })} role="group">
        <Text size="sm" fw={600}>
          {t("bulk.title", { count: tasks.length })}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => setAction("explain")}>
          {t("bulk.explain")}
        </Button>
        <Button size="xs" variant="light" onClick={() => setAction("watch")}>
          {t("bulk.watch")}
        </Button>
        <Button size="xs" variant="light" color="gray" onClick={() => setAction("pause")}>
          {t("bulk.pause")}
        </Button>
        <Button size="xs" variant="light" color="dark" onClick={() => setAction("cancel")}>
          {t("bulk.cancel")}
        </Button>
      </Group>
      {outcome && outcome.failed.length === 0 ? (
        <Alert
          color="green"
          withCloseButton
          onClose={() => setOutcome(null)}
          closeButtonLabel={t("common.close")}
        >
          {t("bulk.done", { count: outcome.done })}
        </Alert>
      ) : null}
      <Modal
        opened={action !== null}
        onClose={() => {
          if (progress === null) setAction(null);
        }}
        title={action ? t(`bulk.${action}`) : ""}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (action) void run(action);
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t("bulk.applies", { count: tasks.length })}</Text>
            {action === "explain" ? (
              <>
                <Textarea
                  label={t("bulk.question")}
                  autosize
                  minRows={3}
                  required
                  value={form.value.question}
                  onChange={(e) => {
                    const question = e.currentTarget.value;
                    form.set((f) => ({ ...f, question }));
                  }}
                />
                <DateField
                  label={t("bulk.replyDueOn")}
                  value={form.value.replyDueOn}
                  onChange={(replyDueOn) => form.set((f) => ({ ...f, replyDueOn }))}
                  clearable
                />
              </>
            ) : null}
            {action === "pause" || action === "cancel" ? (
              <>
                <TextInput
                  label={t("task.decision.ref")}
                  description={t("task.decision.refHint")}
                  value={form.value.decisionRef}
                  onChange={(e) => {
                    const decisionRef = e.currentTarget.value;
                    form.set((f) => ({ ...f, decisionRef }));
                  }}
                />
                <Textarea
                  label={t("bulk.reason")}
                  required
                  value={form.value.note}
                  onChange={(e) => {
                    const note = e.currentTarget.value;
                    form.set((f) => ({ ...f, note }));
                  }}
                />
              </>
            ) : null}
            {progress !== null ? <Progress value={progress} animated aria-label={t("bulk.sending")} /> : null}
            {outcome && outcome.failed.length > 0 ? (
              <Alert
                color="orange"
                title={t("bulk.partial", { done: outcome.done, failed: outcome.failed.length })}
              >
                <List size="sm">
                  {outcome.failed.map((f) => (
                    <List.Item key={f.task.id}>
                      {f.task.leadName}: {f.message}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <Button type="submit" loading={progress !== null} disabled={!valid}>
              {t("bulk.submit", { count: tasks.length })}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
