/** WatchButton — follow a task (receive its notifications) or stop following it; shows who follows. */
import { Button, Group, Text } from "@mantine/core";
import { IconEye, IconEyeOff } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { api, call, callAll } from "../../api/client.js";

export function WatchButton({ taskId, userId }: { readonly taskId: string; readonly userId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ["task", taskId, "watchers"] as const;
  const watchers = useQuery({
    queryKey: key,
    queryFn: () =>
      callAll((query) => api.GET("/v1/tasks/{id}/watchers", { params: { path: { id: taskId }, query } })),
  });
  const isWatching = (watchers.data ?? []).some((w) => w.userId === userId);
  const toggle = useMutation({
    mutationFn: async () => {
      const params = { params: { path: { id: taskId } } };
      const result = isWatching
        ? await call(api.DELETE("/v1/tasks/{id}/watchers/me", params))
        : await call(api.PUT("/v1/tasks/{id}/watchers/me", params));
      return result.items;
    },
    onSuccess: (items) => queryClient.setQueryData(key, items),
  });
  if (watchers.error) return null;
  const names = (watchers.data ?? []).map((w) => w.displayName);
  return (
    <Group gap="xs">
      <Button
        size="compact-sm"
        variant={isWatching ? "light" : "default"}
        leftSection={isWatching ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
        loading={toggle.isPending || watchers.isPending}
        onClick={() => toggle.mutate()}
        aria-pressed={isWatching}
      >
        {isWatching ? t("task.watch.stop") : t("task.watch.start")}
      </Button>
      {names.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t("task.watch.by", { names: names.join(", ") })}
        </Text>
      ) : null}
    </Group>
  );
}
