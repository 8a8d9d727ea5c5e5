/**
 * Explanations — the secretariat's requests for an explanation (yêu cầu giải trình) on a task, and
 * the agency's answers, given in the system. An agency officer answers an open request here.
 */
import { Badge, Button, Card, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, call, callAll, type Schemas } from "../../api/client.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDate, formatDateTime } from "../../lib/dates.js";
import { useDraft } from "../../lib/use-draft.js";

type Explanation = Schemas["ExplanationRequest"];

export const explanationsQuery = (taskId: string) => ({
  queryKey: ["task", taskId, "explanations"] as const,
  queryFn: () =>
    callAll((query) => api.GET("/v1/tasks/{id}/explanations", { params: { path: { id: taskId }, query } })),
});

export function Explanations({
  taskId,
  canAnswer,
}: {
  readonly taskId: string;
  readonly canAnswer: boolean;
}) {
  const { t } = useTranslation();
  const explanations = useQuery(explanationsQuery(taskId));
  if (explanations.error) return <ProblemAlert error={explanations.error} />;
  const items = explanations.data ?? [];
  if (items.length === 0) return <Text c="dimmed">{t("task.explanation.none")}</Text>;
  return (
    <Stack>
      {items.map((e) => (
        <Card key={e.id} withBorder p="sm">
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              {t("task.explanation.asked", { at: formatDateTime(e.createdAt) })}
              {e.replyDueOn ? ` · ${t("task.explanation.replyBy", { date: formatDate(e.replyDueOn) })}` : ""}
            </Text>
            <Text size="sm" fw={500} style={{ whiteSpace: "pre-wrap" }}>
              {e.question}
            </Text>
            {e.status === "answered" ? (
              <>
                <Badge color="green" variant="light" w="fit-content" style={{ textTransform: "none" }}>
                  {t("task.explanation.answered", { at: formatDateTime(e.answeredAt) })}
                </Badge>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.answer}
                </Text>
              </>
            ) : canAnswer ? (
              <AnswerForm explanation={e} />
            ) : (
              <Badge color="orange" variant="light" w="fit-content" style={{ textTransform: "none" }}>
                {t("task.explanation.waiting")}
              </Badge>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function AnswerForm({ explanation }: { readonly explanation: Explanation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft(`explanation.${explanation.id}`, "");
  const answer = useMutation({
    mutationFn: () =>
      call(
        api.POST("/v1/explanations/{id}/answer", {
          params: { path: { id: explanation.id }, header: { "if-match": `"${explanation.version}"` } },
          body: { answer: draft.value.trim() },
        }),
      ),
    onSuccess: async () => {
      draft.clear();
      notifications.show({ color: "green", message: t("task.explanation.sent") });
      await queryClient.invalidateQueries({ queryKey: ["task", explanation.taskId] });
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        answer.mutate();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t("task.explanation.answer")}
          autosize
          minRows={3}
          required
          value={draft.value}
          onChange={(e) => draft.set(e.currentTarget.value)}
        />
        {answer.error ? <ProblemAlert error={answer.error} /> : null}
        <Button type="submit" loading={answer.isPending} disabled={!draft.value.trim()} w="fit-content">
          {t("task.explanation.submit")}
        </Button>
      </Stack>
    </form>
  );
}
