/**
 * SignInPage — login with a user name and password against the API's cookie session; returns
 * to the page the visitor asked for.
 */
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { ApiProblem } from "../api/problem.js";
import { sessionQuery, signIn } from "../auth/session.js";
import { ProblemAlert } from "../components/problem-alert.js";
import { LanguageSwitch } from "../layout/language-switch.js";

const route = getRouteApi("/sign-in");

export function SignInPage() {
  const { t } = useTranslation();
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");

  const mutation = useMutation({
    mutationFn: () => signIn(login.trim(), password),
    onSuccess: async (user) => {
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, user);
      await navigate({ href: next ?? "/" });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  const badCredentials = mutation.error instanceof ApiProblem && mutation.error.status === 401;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Group justify="space-between">
              <Title order={1} size="h2">
                {t("auth.title")}
              </Title>
              <LanguageSwitch />
            </Group>
            <Text size="sm" c="dimmed">
              {t("app.tagline")}. {t("auth.intro")}
            </Text>
            {badCredentials ? (
              <Alert color="red" role="alert">
                {t("auth.failed")}
              </Alert>
            ) : mutation.error ? (
              <ProblemAlert error={mutation.error} />
            ) : null}
            <TextInput
              label={t("auth.email")}
              name="login"
              autoComplete="username"
              required
              value={login}
              onChange={(e) => setLogin(e.currentTarget.value)}
              data-autofocus
            />
            <PasswordInput
              label={t("auth.password")}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={mutation.isPending} disabled={!login || !password}>
              {mutation.isPending ? t("auth.submitting") : t("auth.submit")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
