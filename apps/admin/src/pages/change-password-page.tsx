/**
 * ChangePasswordPage — the signed-in user sets a new password; required after the first sign-in
 * with the one-time password the server printed.
 */
import { Alert, Button, Paper, PasswordInput, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { changePassword, sessionQuery } from "../auth/session.js";
import { ProblemAlert } from "../components/problem-alert.js";

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  // The server's rule (`auth/password-policy.ts`), counted in characters; it also refuses the
  // username and common passwords, shown from its problem.
  const tooShort = next.length > 0 && [...next.normalize("NFC")].length < 12;
  const mismatch = again.length > 0 && again !== next;

  const mutation = useMutation({
    mutationFn: () => changePassword(current, next),
    onSuccess: async () => {
      notifications.show({ color: "green", message: t("account.changed") });
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await navigate({ to: "/" });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!tooShort && !mismatch) mutation.mutate();
  };

  return (
    <Paper withBorder p="lg" maw={480}>
      <form onSubmit={onSubmit}>
        <Stack>
          <Title order={1} size="h3">
            {t("account.title")}
          </Title>
          {user?.mustChangePassword ? <Alert color="yellow">{t("account.mustChange")}</Alert> : null}
          <PasswordInput
            label={t("account.current")}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("account.new")}
            description={t("account.rule")}
            autoComplete="new-password"
            required
            error={tooShort ? t("account.rule") : undefined}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
          />
          <PasswordInput
            label={t("account.again")}
            autoComplete="new-password"
            required
            error={mismatch ? t("account.mismatch") : undefined}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
          />
          {mutation.error ? <ProblemAlert error={mutation.error} /> : null}
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={!current || !next || tooShort || mismatch}
          >
            {t("account.submit")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
