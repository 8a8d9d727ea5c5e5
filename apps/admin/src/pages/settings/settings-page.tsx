/** SettingsPage — accounts and roles, API keys for integrators, and the policy pack (Quy chế). */
import { Stack, Tabs, Title } from "@mantine/core";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";

import { can, sessionQuery } from "../../auth/session.js";
import { ApiKeysPanel } from "./api-keys-panel.js";
import { PolicyPanel } from "./policy-panel.js";
import { UsersPanel } from "./users-panel.js";

export function SettingsPage() {
  const { t } = useTranslation();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const isAdmin = can.seeSettings(user?.role ?? "agency_officer");
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("settings.title")}
      </Title>
      <Tabs defaultValue={isAdmin ? "users" : "policy"} keepMounted={false}>
        <Tabs.List>
          {isAdmin ? <Tabs.Tab value="users">{t("settings.tabs.users")}</Tabs.Tab> : null}
          {isAdmin ? <Tabs.Tab value="keys">{t("settings.tabs.keys")}</Tabs.Tab> : null}
          <Tabs.Tab value="policy">{t("settings.tabs.policy")}</Tabs.Tab>
        </Tabs.List>
        {isAdmin ? (
          <Tabs.Panel value="users" pt="md">
            <UsersPanel />
          </Tabs.Panel>
        ) : null}
        {isAdmin ? (
          <Tabs.Panel value="keys" pt="md">
            <ApiKeysPanel />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="policy" pt="md">
          <PolicyPanel canEdit={isAdmin} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
