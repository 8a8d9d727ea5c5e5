/**
 * ImportPage — paste a notice or drop its DOCX/PDF, review the parsed draft beside the source,
 * publish. The text and the whole review are kept as a draft in this browser until published, so
 * a reload or an expired session loses nothing. Nothing is published without review.
 */
import "@mantine/dropzone/styles.css";

import { Alert, Button, Card, Group, Progress, Stack, Stepper, Text, Textarea, Title } from "@mantine/core";
import { Dropzone } from "@mantine/dropzone";
import { notifications } from "@mantine/notifications";
import { IconFileUpload } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

import { createNotice, parseFile, parseText, publishNotice } from "../../api/notices.js";
import { ApiProblem } from "../../api/problem.js";
import { agenciesQuery } from "../../api/queries.js";
import type { ParsedNotice } from "../../api/types.js";
import { sessionQuery } from "../../auth/session.js";
import { DatesLocale } from "../../components/dates-locale.js";
import { ProblemAlert } from "../../components/problem-alert.js";
import { useDraft } from "../../lib/use-draft.js";
import { ImportReview } from "./import-review.js";
import type { ReviewState } from "./review-state.js";

const accepted = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
  "application/pdf": [".pdf"],
  "text/plain": [".txt"],
};

export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const text = useDraft("import.text", "");
  const review = useDraft<ReviewState | null>("import.review", null);
  const agencies = useQuery(agenciesQuery);
  const { data: user } = useSuspenseQuery(sessionQuery);
  // A secretariat files every notice under the issuing body it follows up.
  const ownIssuer = user?.role === "secretariat" ? user.agencyId : null;

  const parse = useMutation({
    mutationFn: (input: { text: string } | { file: File }) =>
      "file" in input ? parseFile(input.file) : parseText(input.text),
    onSuccess: (parsed: ParsedNotice) => review.set({ parsed, acknowledged: [], issuerAgencyId: ownIssuer }),
  });

  const publish = useMutation({
    mutationFn: async (state: ReviewState) => {
      const draft = await createNotice(state.parsed, ownIssuer ?? state.issuerAgencyId ?? null);
      try {
        return {
          notice: await publishNotice(draft.data.id, draft.etag ?? `"${draft.data.version}"`),
          published: true,
        };
      } catch (error) {
        // The draft is saved: clicking again must not save it twice. Its page shows what the server
        // refused (a deadline that did not resolve, a lead to choose) and publishes from there.
        if (error instanceof ApiProblem && error.status >= 400 && error.status < 500)
          return { notice: draft.data, published: false };
        throw error;
      }
    },
    onSuccess: async ({ notice, published }) => {
      review.clear();
      text.clear();
      notifications.show(
        published
          ? { color: "green", message: t("import.publish.done") }
          : { color: "yellow", message: t("import.publish.savedAsDraft") },
      );
      await queryClient.invalidateQueries({ queryKey: ["notices"] });
      await queryClient.invalidateQueries({ queryKey: ["tasks"] });
      await navigate({ to: "/notices/$noticeId", params: { noticeId: notice.id } });
    },
  });

  const onChange = useCallback(
    (update: (state: ReviewState) => ReviewState) => review.set((s) => (s === null ? s : update(s))),
    [review.set],
  );

  const step = review.value === null ? 0 : 1;
  return (
    <DatesLocale>
      <Stack>
        <Title order={1} size="h2">
          {t("import.title")}
        </Title>
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t("import.steps.source")} />
          <Stepper.Step label={t("import.steps.review")} />
          <Stepper.Step label={t("import.steps.publish")} />
        </Stepper>

        {(text.isRestored || review.isRestored) && step === 1 ? (
          <Alert color="blue" withCloseButton={false}>
            <Group justify="space-between">
              <Text size="sm">{t("common.draftRestored")}</Text>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  review.clear();
                  parse.reset();
                }}
              >
                {t("import.startOver")}
              </Button>
            </Group>
          </Alert>
        ) : null}

        {review.value === null ? (
          <Stack>
            <Textarea
              label={t("import.paste")}
              description={t("import.pasteHint")}
              autosize
              minRows={10}
              maxRows={24}
              value={text.value}
              onChange={(e) => text.set(e.currentTarget.value)}
            />
            <Group>
              <Button
                onClick={() => parse.mutate({ text: text.value })}
                disabled={text.value.trim().length < 20}
                loading={parse.isPending}
              >
                {t("import.parse")}
              </Button>
            </Group>
            <Dropzone
              onDrop={(files) => {
                const file = files[0];
                if (file) parse.mutate({ file });
              }}
              accept={accepted}
              maxFiles={1}
              loading={parse.isPending}
              aria-label={t("import.drop")}
            >
              <Group justify="center" gap="md" mih={110} style={{ pointerEvents: "none" }}>
                <IconFileUpload size={40} aria-hidden />
                <Stack gap={2}>
                  <Text fw={600}>{t("import.drop")}</Text>
                  <Text size="sm" c="dimmed">
                    {t("import.dropHint")}
                  </Text>
                </Stack>
              </Group>
            </Dropzone>
            {parse.isPending ? (
              <Card withBorder p="sm" role="status">
                <Text size="sm">{t("import.parsing")}</Text>
                <Progress value={100} animated mt={6} aria-label={t("import.parsing")} />
              </Card>
            ) : null}
            {parse.error ? <ProblemAlert error={parse.error} /> : null}
          </Stack>
        ) : (
          <Stack>
            {agencies.error ? (
              <ProblemAlert error={agencies.error} onRetry={() => void agencies.refetch()} />
            ) : null}
            <ImportReview
              state={ownIssuer === null ? review.value : { ...review.value, issuerAgencyId: ownIssuer }}
              agencies={agencies.data ?? []}
              ownIssuer={ownIssuer}
              onChange={onChange}
              onPublish={() => review.value && publish.mutate(review.value)}
              isPublishing={publish.isPending}
            />
            {publish.error ? <ProblemAlert error={publish.error} /> : null}
          </Stack>
        )}
      </Stack>
    </DatesLocale>
  );
}
