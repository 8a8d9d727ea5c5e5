/**
 * Discussion — a task's thread in order: the reminders (đôn đốc) it received and the comments
 * between the secretariat and the agency, with mentions and files; and the comment box, whose
 * `@` suggests the people who may see the task (the API refuses anyone else).
 */
import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Timeline,
} from "@mantine/core";
import { IconBellRinging, IconMessage, IconPaperclip } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import {
  addComment,
  audienceQuery,
  commentsQuery,
  newRequestKey,
  remindersQuery,
} from "../../api/discussion.js";
import type { TaskComment, TaskReminder } from "../../api/types.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { formatDateTime } from "../../lib/dates.js";

type Entry =
  | { readonly kind: "reminder"; readonly at: string; readonly item: TaskReminder }
  | { readonly kind: "comment"; readonly at: string; readonly item: TaskComment };

export function Discussion({ taskId, canWrite }: { readonly taskId: string; readonly canWrite: boolean }) {
  const { t } = useTranslation();
  const reminders = useQuery(remindersQuery(taskId));
  const comments = useQuery(commentsQuery(taskId));
  const entries: Entry[] = [
    ...(reminders.data ?? []).map((item) => ({ kind: "reminder" as const, at: item.createdAt, item })),
    ...(comments.data ?? []).map((item) => ({ kind: "comment" as const, at: item.createdAt, item })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Stack>
      {reminders.error ? <ProblemAlert error={reminders.error} /> : null}
      {comments.error ? <ProblemAlert error={comments.error} /> : null}
      {entries.length === 0 && !reminders.isPending && !comments.isPending ? (
        <Text c="dimmed">{t("discussion.none")}</Text>
      ) : null}
      <Timeline bulletSize={22} lineWidth={2}>
        {entries.map((e) =>
          e.kind === "reminder" ? (
            <Timeline.Item
              key={e.item.id}
              bullet={<IconBellRinging size={12} aria-hidden />}
              title={t("discussion.reminded", { name: e.item.remindedBy.name, at: formatDateTime(e.at) })}
              data-testid="discussion-reminder"
            >
              {e.item.message ? (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.item.message}
                </Text>
              ) : null}
            </Timeline.Item>
          ) : (
            <Timeline.Item
              key={e.item.id}
              bullet={<IconMessage size={12} aria-hidden />}
              title={`${e.item.author.name} — ${formatDateTime(e.at)}`}
              data-testid="discussion-comment"
            >
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {e.item.body}
              </Text>
              {e.item.mentions.length > 0 ? (
                <Group gap={4} mt={4}>
                  {e.item.mentions.map((m) => (
                    <Badge key={m.id} variant="light" color="blue" style={{ textTransform: "none" }}>
                      @{m.name}
                    </Badge>
                  ))}
                </Group>
              ) : null}
              {e.item.attachments.length > 0 ? (
                <List size="sm" mt={4} icon={<IconPaperclip size={14} aria-hidden />}>
                  {e.item.attachments.map((a) => (
                    <List.Item key={a.id}>
                      <Anchor href={a.url} download={a.fileName}>
                        {a.fileName}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Timeline.Item>
          ),
        )}
      </Timeline>
      {canWrite ? <CommentBox taskId={taskId} /> : null}
    </Stack>
  );
}

/** The `@word` being typed just before the caret, if any. */
const mentionAt = (text: string, caret: number): { start: number; q: string } | null => {
  const m = /(?:^|[^\p{L}\p{N}_.@-])@([A-Za-z0-9._-]*)$/u.exec(text.slice(0, caret));
  if (m === null) return null;
  const q = m[1] ?? "";
  return { start: caret - q.length - 1, q };
};

function CommentBox({ taskId }: { readonly taskId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [caret, setCaret] = useState(0);
  const [key, setKey] = useState(newRequestKey);
  const area = useRef<HTMLTextAreaElement>(null);
  const typing = mentionAt(body, caret);
  const audience = useQuery({ ...audienceQuery(taskId, typing?.q ?? ""), enabled: typing !== null });
  const mutation = useMutation({
    mutationFn: () => addComment(taskId, body.trim(), files, key),
    onSuccess: async () => {
      setBody("");
      setFiles([]);
      setKey(newRequestKey());
      await queryClient.invalidateQueries({ queryKey: ["task", taskId, "comments"] });
    },
  });
  const pick = (username: string) => {
    if (typing === null) return;
    const next = `${body.slice(0, typing.start)}@${username} ${body.slice(caret)}`;
    const at = typing.start + username.length + 2;
    setBody(next);
    setCaret(at);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(at, at);
    });
  };
  const suggestions = typing === null ? [] : (audience.data ?? []);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Textarea
          ref={area}
          label={t("discussion.write")}
          description={t("discussion.writeHint")}
          autosize
          minRows={3}
          maxLength={4000}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setCaret(e.currentTarget.selectionStart);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        />
        {suggestions.length > 0 ? (
          <Group gap={6} role="listbox" aria-label={t("discussion.mentionList")}>
            {suggestions.map((m) => (
              <Button
                key={m.id}
                size="compact-sm"
                variant="light"
                role="option"
                aria-selected={false}
                onClick={() => pick(m.username)}
              >
                {m.displayName} (@{m.username})
              </Button>
            ))}
          </Group>
        ) : null}
        <FileInput
          label={t("discussion.files")}
          description={t("task.progress.filesHint")}
          multiple
          clearable
          value={files}
          onChange={setFiles}
          leftSection={<IconPaperclip size={16} aria-hidden />}
        />
        {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
        <Button
          w="fit-content"
          onClick={() => mutation.mutate()}
          loading={mutation.isPending}
          disabled={body.trim().length === 0}
        >
          {t("discussion.send")}
        </Button>
      </Stack>
    </Paper>
  );
}
