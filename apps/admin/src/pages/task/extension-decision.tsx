/**
 * ExtensionDecision — the secretariat approves or rejects a pending extension request, with a
 * note, the approved date (the requested one by default) and the reference of the document that
 * authorised it (`Công văn 123/UBND-TH ngày …`). A request made after the due date (“yêu cầu sau
 * hạn”) or beyond the policy pack is flagged above the decision, as the API's flags say.
 */
import { Button, Card, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { decideExtension } from "../../api/tasks.js";
import type { ExtensionRequest } from "../../api/types.js";
import { DateField } from "../../components/date-field.js";
import { ExtensionDue, ExtensionFlagNotes } from "../../components/extension-facts.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDate } from "../../lib/dates.js";
import { useDraft } from "../../lib/use-draft.js";

export function ExtensionDecision({ request }: { readonly request: ExtensionRequest }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const draft = useDraft(`decision.${request.id}`, {
    note: "",
    decisionRef: "",
    approvedDueOn: request.requestedDueOn as string | null,
  });

  const mutation = useMutation({
    mutationFn: (decision: "approved" | "rejected") => decideExtension(request, { decision, ...draft.value }),
    onSuccess: async (_, decision) => {
      draft.clear();
      notifications.show({
        color: decision === "approved" ? "green" : "orange",
        message: t(decision === "approved" ? "task.decision.approvedDone" : "task.decision.rejectedDone"),
      });
      await queryClient.invalidateQueries({ queryKey: ["task", request.taskId] });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
  });

  return (
    <Card withBorder p="sm" component="section" aria-label={t("task.decision.title")}>
      <Stack gap="sm">
        <Text fw={600}>{t("task.decision.title")}</Text>
        <Text size="sm">
          {t("task.decision.asked", {
            from: formatDate(request.currentDueOn) || "—",
            to: formatDate(request.requestedDueOn),
          })}
        </Text>
        <ExtensionDue request={request} />
        <ExtensionFlagNotes request={request} />
        <Text size="sm" c="dimmed">
          {t("task.extension.reason")}: {request.reason}
        </Text>
        <DateField
          label={t("task.decision.approvedDueOn")}
          value={draft.value.approvedDueOn}
          onChange={(v) => draft.set((d) => ({ ...d, approvedDueOn: v }))}
          maw={240}
        />
        <TextInput
          label={t("task.decision.ref")}
          description={t("task.decision.refHint")}
          value={draft.value.decisionRef}
          onChange={(e) => {
            const decisionRef = e.currentTarget.value;
            draft.set((d) => ({ ...d, decisionRef }));
          }}
        />
        <Textarea
          label={t("task.decision.note")}
          autosize
          minRows={2}
          value={draft.value.note}
          onChange={(e) => {
            const note = e.currentTarget.value;
            draft.set((d) => ({ ...d, note }));
          }}
        />
        {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
        <Group>
          <Button color="green" loading={mutation.isPending} onClick={() => mutation.mutate("approved")}>
            {t("task.decision.approve")}
          </Button>
          <Button
            color="red"
            variant="outline"
            loading={mutation.isPending}
            onClick={() => mutation.mutate("rejected")}
          >
            {t("task.decision.reject")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
