/**
 * ProblemAlert — shows any failure (API problem, network, bug) as a message a clerk can act on:
 * what went wrong, what the server said, the fields to fix and what to do next.
 */
import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

import { describe } from "../api/problem.js";

export interface ProblemAlertProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
}

/**
 * A field the server names by its path (`json.username`, `query.limit`, `json.tasks.2.dueOn`): its
 * label in the reader's language (“Tên đăng nhập”), with the item number of a list; the path
 * itself only for a field the app has no name for.
 */
function FieldName({ path }: { readonly path: string }) {
  const { t } = useTranslation();
  const parts = path
    .split(".")
    .filter((p, i) => !(i === 0 && ["json", "query", "param", "form", "header"].includes(p)));
  const last = parts.filter((p) => !/^\d+$/.test(p)).at(-1) ?? "";
  const label = t(`errors.fieldNames.${last}`, { defaultValue: "" });
  const item = parts.find((p) => /^\d+$/.test(p));
  if (label === "") return <code>{parts.join(".")}</code>;
  return <strong>{item === undefined ? `${label}:` : `${label} (#${Number(item) + 1}):`}</strong>;
}

export function ProblemAlert({ error, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const message = describe(error, t);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={message.title}
      role="alert"
    >
      <Stack gap={6}>
        {message.detail && message.detail !== message.title ? <Text size="sm">{message.detail}</Text> : null}
        {message.fields.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t("errors.fields")}
            </Text>
            <List size="sm">
              {message.fields.map((f) => (
                <List.Item key={`${f.path}:${f.message}`}>
                  {f.path ? <FieldName path={f.path} /> : null} {f.message}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        {message.hint ? (
          <Text size="sm" c="dimmed">
            {message.hint}
          </Text>
        ) : null}
        {onRetry ? (
          <Button size="xs" variant="white" color="red" onClick={onRetry} w="fit-content">
            {t("common.retry")}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
