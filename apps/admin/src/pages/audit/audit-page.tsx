/** AuditPage — the route `/audit`: the audit log with its filters kept in the URL (a link can open it filtered). */
import { Stack, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

import type { AuditFilters } from "./audit-filters.js";
import { AuditLog } from "./audit-log.js";

const route = getRouteApi("/app/audit");

const clean = (filters: Record<string, string | undefined>): AuditFilters =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== "")) as AuditFilters;

export function AuditPage() {
  const { t } = useTranslation();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("auditLog.title")}
      </Title>
      <Text c="dimmed" size="sm">
        {t("auditLog.intro")}
      </Text>
      <AuditLog
        filters={filters}
        onChange={(patch) => void navigate({ search: (prev) => clean({ ...prev, ...patch }) })}
      />
    </Stack>
  );
}
