/**
 * TaskManagement — what the secretariat decides on one task: move its deadline, pause, resume,
 * cancel or reopen it — each with the reference of the document that authorised it.
 */
import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, call } from "../../api/client.js";
import type { Task } from "../../api/types.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useDraft } from "../../lib/use-draft.js";

type Transition = "pause" | "resume" | "cancel" | "reopen";

/** The transitions the API allows from each lifecycle. */
export const transitionsFrom: Record<Task["lifecycle"], readonly Transition[]> = {
  draft: [],
  open: ["pause", "cancel"],
  // A report waiting for acceptance is accepted or returned (CompletionReview), or the task cancelled.
  submitted: ["cancel"],
  paused: ["resume", "cancel"],
  done: ["reopen"],
  // A cancelled task stays cancelled (the domain's lifecycle).
  cancelled: [],
};

export function TaskManagement({ task, etag }: { readonly task: Task; readonly etag: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft(`manage.${task.id}`, { decisionRef: "", note: "" });
  const d = draft.value;
  const done = async (message: string) => {
    draft.clear();
    notifications.show({ color: "green", message });
    await queryClient.invalidateQueries({ queryKey: ["task", task.id] });
    await queryClient.invalidateQueries({ queryKey: ["tasks"] });
  };

  const transition = useMutation({
    mutationFn: (action: Transition) =>
      call(
        api.POST("/v1/tasks/{id}/transitions", {
          params: { path: { id: task.id }, header: { "if-match": etag } },
          body: {
            action,
            ...(d.decisionRef.trim() ? { decisionRef: d.decisionRef.trim() } : {}),
            ...(d.note.trim() ? { note: d.note.trim() } : {}),
          },
        }),
      ),
    onSuccess: (_, action) => done(t(`task.manage.did.${action}`)),
  });

  return (
    <Card withBorder p="sm" component="section" aria-labelledby={`manage-${task.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`manage-${task.id}`}>
          {t("task.manage.title")}
        </Title>
        <TextInput
          label={t("task.decision.ref")}
          description={t("task.decision.refHint")}
          value={d.decisionRef}
          onChange={(e) => {
            const decisionRef = e.currentTarget.value;
            draft.set((x) => ({ ...x, decisionRef }));
          }}
        />
        {task.lifecycle === "open" || task.lifecycle === "paused" ? (
          <Text size="sm" c="dimmed">
            {t("task.manage.deadlineByExtension")}
          </Text>
        ) : null}
        <Textarea
          label={t("task.manage.note")}
          autosize
          minRows={2}
          value={d.note}
          onChange={(e) => {
            const note = e.currentTarget.value;
            draft.set((x) => ({ ...x, note }));
          }}
        />
        <Group gap="xs">
          {transitionsFrom[task.lifecycle].map((action) => (
            <Button
              key={action}
              variant="light"
              color={action === "cancel" ? "red" : action === "pause" ? "gray" : "blue"}
              loading={transition.isPending && transition.variables === action}
              onClick={() => transition.mutate(action)}
            >
              {t(`task.manage.${action}`)}
            </Button>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t("task.manage.hint")}
        </Text>
        {transition.error ? <ProblemAlert error={transition.error} /> : null}
      </Stack>
    </Card>
  );
}
