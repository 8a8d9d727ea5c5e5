/** IntegrationsPage — webhooks, calendar links, sheet import and the calendar what-if, one tab each. */
import { Stack, Tabs, Title } from "@mantine/core";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { sessionQuery } from "../../auth/session.js";
import { FeedsPanel } from "./feeds-panel.js";
import { SheetImportPanel } from "./sheet-import-panel.js";
import { NS } from "./strings.js";
import { WebhooksPanel } from "./webhooks-panel.js";
import { WhatIfPanel } from "./what-if-panel.js";

export function IntegrationsPage() {
  const { t } = useTranslation(NS);
  const { data: user } = useSuspenseQuery(sessionQuery);
  const role = user?.role ?? "agency_officer";
  const isAdmin = role === "admin";
  const manages = isAdmin || role === "secretariat";
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("title")}
      </Title>
      <Tabs defaultValue={isAdmin ? "webhooks" : manages ? "import" : "feeds"} keepMounted={false}>
        <Tabs.List>
          {isAdmin ? <Tabs.Tab value="webhooks">{t("tabs.webhooks")}</Tabs.Tab> : null}
          <Tabs.Tab value="feeds">{t("tabs.feeds")}</Tabs.Tab>
          {manages ? <Tabs.Tab value="import">{t("tabs.import")}</Tabs.Tab> : null}
          {isAdmin ? <Tabs.Tab value="what-if">{t("tabs.whatIf")}</Tabs.Tab> : null}
        </Tabs.List>
        {isAdmin ? (
          <Tabs.Panel value="webhooks" pt="md">
            <WebhooksPanel />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="feeds" pt="md">
          <FeedsPanel />
        </Tabs.Panel>
        {manages ? (
          <Tabs.Panel value="import" pt="md">
            <SheetImportPanel />
          </Tabs.Panel>
        ) : null}
        {isAdmin ? (
          <Tabs.Panel value="what-if" pt="md">
            <WhatIfPanel />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
