/**
 * NotificationBell — the header bell: unread count (polled), the latest notifications, mark one or
 * all read; a notification about a task links to it.
 */
import {
  ActionIcon,
  Button,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

import { formatDateTime } from "../../lib/dates.js";
import type { Notification } from "./integrations-api.js";
import { notifications } from "./integrations-api.js";
import { NS } from "./strings.js";

export function NotificationBell() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const unread = useQuery({
    queryKey: ["notifications", "unread"],
    queryFn: notifications.unread,
    refetchInterval: 30_000,
  });
  const list = useQuery({ queryKey: ["notifications", "list"], queryFn: notifications.list, enabled: false });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["notifications"] });
  const read = useMutation({ mutationFn: notifications.read, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: notifications.readAll, onSuccess: refresh });
  const count = unread.data ?? 0;
  const open = (n: Notification) => {
    if (n.readAt === null) read.mutate(n.id);
    if (n.taskId !== null) void navigate({ to: "/tasks/$taskId", params: { taskId: n.taskId } });
  };
  return (
    <Popover width={360} position="bottom-end" shadow="md" onOpen={() => void list.refetch()}>
      <Popover.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={t("bell.label", { count })}>
          <Indicator label={count} size={16} disabled={count === 0} offset={2}>
            <IconBell size={20} aria-hidden />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600}>{t("bell.title")}</Text>
          <ScrollArea.Autosize mah={360}>
            <Stack gap={4}>
              {(list.data?.items ?? []).length === 0 ? <Text c="dimmed">{t("bell.none")}</Text> : null}
              {(list.data?.items ?? []).map((n) => (
                <UnstyledButton key={n.id} onClick={() => open(n)} p={4}>
                  <Text size="sm" fw={n.readAt === null ? 600 : 400}>
                    {n.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.createdAt)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
          <Button
            size="xs"
            variant="light"
            disabled={count === 0}
            loading={readAll.isPending}
            onClick={() => readAll.mutate()}
          >
            {t("bell.readAll")}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
