/**
 * DelegateCard — the lead agency hands a task down to one of its units (department → office) and
 * stays accountable; the unit's officers then see it too. The delegation can be taken back.
 */
import { Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { api, call } from "../../api/client.js";
import { agenciesQuery } from "../../api/queries.js";
import type { Agency, Task } from "../../api/types.js";
import { ProblemAlert } from "../../components/problem-alert.js";

/** Every unit under `rootId` in the directory, nearest first. */
export function unitsUnder(agencies: readonly Agency[], rootId: string): Agency[] {
  const out: Agency[] = [];
  let level = agencies.filter((a) => a.parentId === rootId && !a.validTo);
  while (level.length > 0) {
    out.push(...level);
    const ids = new Set(level.map((a) => a.id));
    level = agencies.filter((a) => a.parentId !== null && ids.has(a.parentId) && !a.validTo);
  }
  return out;
}

export function DelegateCard({ task, etag }: { readonly task: Task; readonly etag: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const agencies = useQuery(agenciesQuery);
  const [unit, setUnit] = useState<string | null>(null);
  const delegate = useMutation({
    mutationFn: (agencyId: string | null) =>
      call(
        api.POST("/v1/tasks/{id}/delegate", {
          params: { path: { id: task.id }, header: { "if-match": etag } },
          body: { agencyId, userId: null },
        }),
      ),
    onSuccess: async (_, agencyId) => {
      setUnit(null);
      notifications.show({
        color: "green",
        message: t(agencyId ? "task.delegate.done" : "task.delegate.revoked"),
      });
      await queryClient.invalidateQueries({ queryKey: ["task", task.id] });
    },
  });
  if (!task.leadAgencyId) return null;
  const units = unitsUnder(agencies.data ?? [], task.leadAgencyId);
  const current = task.delegatedToAgencyId
    ? ((agencies.data ?? []).find((a) => a.id === task.delegatedToAgencyId)?.name ?? task.delegatedToAgencyId)
    : null;
  if (units.length === 0 && current === null) return null;
  return (
    <Card withBorder p="sm" component="section" aria-labelledby={`delegate-${task.id}`}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`delegate-${task.id}`}>
          {t("task.delegate.title")}
        </Title>
        {current ? (
          <Group gap="xs">
            <Text size="sm">{t("task.delegate.current", { name: current })}</Text>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              loading={delegate.isPending}
              onClick={() => delegate.mutate(null)}
            >
              {t("task.delegate.revoke")}
            </Button>
          </Group>
        ) : (
          <>
            <Select
              label={t("task.delegate.unit")}
              description={t("task.delegate.hint")}
              data={units.map((a) => ({ value: a.id, label: a.name }))}
              searchable
              value={unit}
              onChange={setUnit}
            />
            <Button
              w="fit-content"
              variant="default"
              disabled={!unit}
              loading={delegate.isPending}
              onClick={() => delegate.mutate(unit)}
            >
              {t("task.delegate.submit")}
            </Button>
          </>
        )}
        {delegate.error ? <ProblemAlert error={delegate.error} /> : null}
      </Stack>
    </Card>
  );
}
