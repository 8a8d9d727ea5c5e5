/**
 * RouteError — the error boundary of every route: a screen that fails to load or render shows
 * what happened and offers to retry, while the navigation around it keeps working.
 */
import { Button, Center, Container, Stack, Text, Title } from "@mantine/core";
import type { ErrorComponentProps } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

import { ProblemAlert } from "./problem-alert.js";

export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={2}>{t("errors.boundary")}</Title>
        <ProblemAlert error={error} onRetry={reset} />
        <Button variant="default" onClick={() => window.location.reload()} w="fit-content">
          {t("errors.reload")}
        </Button>
      </Stack>
    </Container>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center">
        <Text>{t("common.notFound")}</Text>
        <Button component="a" href="/">
          {t("common.goHome")}
        </Button>
      </Stack>
    </Center>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Text c="dimmed">{t("common.loading")}</Text>
    </Center>
  );
}
