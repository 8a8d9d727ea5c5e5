/**
 * HandlerCard — the named officer handling the task inside its lead agency (chuyên viên xử lý):
 * shown to everyone; given or taken back by the lead agency's officers and the secretariat, from
 * the lead agency's officers listed by the API. The API decides who may and whom (an active
 * officer of the lead agency); its refusal is shown as it comes.
 */
import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, call, callAll } from "../../api/client.js";
import type { Task } from "../../api/types.js";
import { can, type Role } from "../../auth/session.js";
import { ProblemAlert } from "../../components/problem-alert.js";

export interface HandlerCardProps {
  readonly task: Task;
  readonly etag: string;
  readonly role: Role;
  /** The signed-in officer's agency (`null` for the secretariat and the other roles). */
  readonly agencyId: string | null;
}

export const officersQuery = (agencyId: string) => ({
  queryKey: ["agency", agencyId, "officers"],
  queryFn: () =>
    callAll((query) => api.GET("/v1/agencies/{id}/officers", { params: { path: { id: agencyId }, query } })),
  staleTime: 60_000,
});

export function HandlerCard({ task, etag, role, agencyId }: HandlerCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lead = task.leadAgencyId;
  const active = task.lifecycle === "open" || task.lifecycle === "paused";
  const mayGive =
    active &&
    lead !== null &&
    (can.bulkEditTasks(role) || (role === "agency_officer" && agencyId !== null && agencyId === lead));
  const officers = useQuery({ ...officersQuery(lead ?? ""), enabled: mayGive });
  const [picked, setPicked] = useState<string | null>(null);
  const give = useMutation({
    mutationFn: (userId: string | null) =>
      call(
        api.PUT("/v1/tasks/{id}/handler", {
          params: { path: { id: task.id }, header: { "if-match": etag } },
          body: { userId },
        }),
      ),
    onSuccess: (data) => {
      setPicked(null);
      queryClient.setQueryData(["task", task.id], { data, etag: `"${data.version}"` });
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      void queryClient.invalidateQueries({ queryKey: ["task", task.id, "audit"] });
    },
  });

  return (
    <Stack gap={6}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {t("task.handler.label")}:
        </Text>
        <Text size="sm" data-testid="task-handler">
          {task.handlerName ?? t("task.handler.none")}
        </Text>
      </Group>
      {mayGive ? (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={t("task.handler.pick")}
            placeholder={t("task.handler.pickPlaceholder")}
            data={(officers.data ?? [])
              .filter((o) => o.id !== task.handlerId)
              .map((o) => ({ value: o.id, label: o.displayName }))}
            value={picked}
            onChange={setPicked}
            searchable
            nothingFoundMessage={t("task.handler.noOfficer")}
            w={{ base: "100%", sm: 260 }}
          />
          <Button disabled={picked === null} loading={give.isPending} onClick={() => give.mutate(picked)}>
            {t("task.handler.give")}
          </Button>
          {task.handlerId ? (
            <Button variant="default" loading={give.isPending} onClick={() => give.mutate(null)}>
              {t("task.handler.takeBack")}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {officers.error ? <ProblemAlert error={officers.error} /> : null}
      {give.error ? <ProblemAlert error={give.error} /> : null}
    </Stack>
  );
}
