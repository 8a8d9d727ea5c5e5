/**
 * RemindButton — “Đôn đốc”: reminds the lead agency of one task, or an agency of its whole list
 * (overdue and due soon, as the API decides), after a confirmation dialog that shows the message.
 */
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconBellRinging } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { newRequestKey, remindAgency, remindTask } from "../../api/discussion.js";
import { ProblemAlert } from "../../components/problem-alert.js";

export type RemindTarget =
  | { readonly kind: "task"; readonly taskId: string; readonly label: string }
  | {
      readonly kind: "agency";
      readonly agencyId: string;
      readonly label: string;
      readonly noticeId?: string;
    };

export function RemindButton({
  target,
  size = "sm",
}: {
  readonly target: RemindTarget;
  readonly size?: "xs" | "sm" | "compact-sm";
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [message, setMessage] = useState("");
  const [key, setKey] = useState(newRequestKey);
  const mutation = useMutation({
    mutationFn: async (): Promise<number> => {
      if (target.kind === "agency") return remindAgency(target.agencyId, message, key, target.noticeId);
      await remindTask(target.taskId, message, key);
      return 1;
    },
    onSuccess: async (count) => {
      notifications.show({ color: "green", message: t("remind.sent", { count }) });
      setOpened(false);
      setMessage("");
      setKey(newRequestKey());
      if (target.kind === "task") await queryClient.invalidateQueries({ queryKey: ["task", target.taskId] });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
  });
  const title =
    target.kind === "task" ? t("remind.titleTask") : t("remind.titleAgency", { name: target.label });
  return (
    <>
      <Button
        size={size}
        variant="light"
        color="orange"
        leftSection={<IconBellRinging size={14} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-label={
          target.kind === "task" ? t("remind.buttonFor", { action: target.label.slice(0, 80) }) : undefined
        }
      >
        {target.kind === "task" ? t("remind.button") : t("remind.buttonAgency")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} centered>
        <Stack>
          <Text size="sm">
            {target.kind === "task"
              ? t("remind.confirmTask", { action: target.label })
              : t("remind.confirmAgency")}
          </Text>
          <Textarea
            label={t("remind.message")}
            description={t("remind.messageHint")}
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
          <Text size="sm" c="dimmed" data-testid="remind-preview">
            {message.trim() ? t("remind.preview", { message: message.trim() }) : t("remind.noMessage")}
          </Text>
          {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t("common.cancel")}
            </Button>
            <Button color="orange" loading={mutation.isPending} onClick={() => mutation.mutate()}>
              {t("remind.submit")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
