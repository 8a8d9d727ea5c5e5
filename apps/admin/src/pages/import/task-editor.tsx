/** TaskEditor — one parsed task: lead and coordinating agencies, mode, action and deadline. */
import { Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { Agency, ParsedTask, Span } from "../../api/types.js";
import { AgencyPicker } from "./agency-picker.js";
import { DeadlineField } from "./deadline-field.js";

export interface TaskEditorProps {
  readonly task: ParsedTask;
  readonly label: string;
  readonly agencies: readonly Agency[];
  readonly issuedOn: string | null;
  readonly onChange: (patch: (task: ParsedTask) => ParsedTask) => void;
  readonly onSelect: (span: Span | null) => void;
  readonly onRemove: () => void;
}

export function TaskEditor({
  task,
  label,
  agencies,
  issuedOn,
  onChange,
  onSelect,
  onRemove,
}: TaskEditorProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder p="sm" component="fieldset" aria-label={label} style={{ minWidth: 0 }}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600} component="legend">
            {label}
          </Text>
          <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
            {t("import.task.remove")}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <AgencyPicker
            label={t("import.task.lead")}
            agency={task.lead}
            agencies={agencies}
            onFocus={() => onSelect(task.lead.span)}
            onChange={(lead) => onChange((x) => ({ ...x, lead }))}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`${label}-mode`}>
              {t("import.task.mode")}
            </Text>
            <SegmentedControl
              aria-labelledby={`${label}-mode`}
              value={task.mode}
              onChange={(mode) =>
                onChange((x) => ({ ...x, mode: mode === "requested" ? "requested" : "assigned" }))
              }
              data={[
                { value: "assigned", label: t("task.mode.assigned") },
                { value: "requested", label: t("task.mode.requested") },
              ]}
            />
          </Stack>
        </SimpleGrid>
        {task.coordinators.length > 0 ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {task.coordinators.map((c, i) => (
              <AgencyPicker
                key={i}
                label={t("import.task.coordinator", { n: i + 1 })}
                agency={c}
                agencies={agencies}
                onFocus={() => onSelect(c.span)}
                onChange={(next) =>
                  onChange((x) => ({
                    ...x,
                    coordinators: x.coordinators.map((old, j) => (j === i ? next : old)),
                  }))
                }
              />
            ))}
          </SimpleGrid>
        ) : null}
        <Textarea
          label={t("import.task.action")}
          autosize
          minRows={2}
          maxRows={8}
          value={task.action}
          onFocus={() => onSelect(task.span)}
          onChange={(e) => {
            const action = e.currentTarget.value;
            onChange((x) => ({ ...x, action }));
          }}
        />
        <DeadlineField
          deadline={task.deadline}
          from={issuedOn}
          onFocus={() => onSelect(task.deadline.span ?? task.span)}
          onChange={(deadline) => onChange((x) => ({ ...x, deadline }))}
          action={task.action}
          onActionChange={(action) => onChange((x) => ({ ...x, action }))}
        />
      </Stack>
    </Card>
  );
}
