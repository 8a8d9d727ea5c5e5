/**
 * AppLayout — the frame around every signed-in screen: a header with the language switch and the
 * user, and a navigation that follows the role (collapsed behind a burger on a phone).
 */
import { AppShell, Burger, Button, Divider, Group, NavLink, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconBuilding,
  IconCalendar,
  IconChecklist,
  IconFileImport,
  IconFileText,
  IconHistory,
  IconKey,
  IconLayoutDashboard,
  IconLogout,
  IconPlugConnected,
  IconReportAnalytics,
  IconSettings,
  IconUserCheck,
  IconUserCircle,
} from "@tabler/icons-react";
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Link, Outlet, useNavigate, useRouterState } from "@tanstack/react-router";
import { type ComponentType, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

import { can, type Role, sessionQuery, signOut } from "../auth/session.js";
import "../pages/integrations/nav-label.js";
import { LanguageSwitch } from "./language-switch.js";

/** The notification bell loads after the first screen, keeping its popover out of the first load. */
const NotificationBell = lazy(async () => ({
  default: (await import("../pages/integrations/notification-bell.js")).NotificationBell,
}));

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }>;
  readonly allowed: (role: Role) => boolean;
  /** The list's filter this entry opens (“my tasks” is the task list with `handlerId=me`). */
  readonly search?: { readonly handlerId: string };
}

/** The screens in the menu. Only finished screens are listed. */
export const navItems: readonly NavItem[] = [
  { to: "/", label: "nav.dashboard", icon: IconLayoutDashboard, allowed: can.seeDashboard },
  { to: "/tasks", label: "nav.tasks", icon: IconChecklist, allowed: () => true },
  {
    to: "/tasks",
    label: "nav.myTasks",
    icon: IconUserCheck,
    allowed: can.seeMyTasks,
    search: { handlerId: "me" },
  },
  { to: "/notices", label: "nav.notices", icon: IconFileText, allowed: can.seeNotices },
  { to: "/import", label: "nav.import", icon: IconFileImport, allowed: can.importNotices },
  { to: "/agencies", label: "nav.agencies", icon: IconBuilding, allowed: can.seeAgencies },
  { to: "/calendar", label: "nav.calendar", icon: IconCalendar, allowed: can.seeAgencies },
  { to: "/reports", label: "nav.reports", icon: IconReportAnalytics, allowed: can.seeReports },
  { to: "/settings", label: "nav.settings", icon: IconSettings, allowed: can.seeSettings },
  { to: "/audit", label: "nav.audit", icon: IconHistory, allowed: can.readAudit },
  {
    to: "/integrations",
    label: "integrations:title",
    icon: IconPlugConnected,
    allowed: (r) => r !== "integrator",
  },
];

export function AppLayout({ enabled }: { readonly enabled: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: user } = useSuspenseQuery(sessionQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const mine = useRouterState({
    select: (s) => (s.location.search as { handlerId?: string }).handlerId === "me",
  });
  const role: Role = user?.role ?? "agency_officer";

  const onSignOut = async () => {
    try {
      await signOut();
    } finally {
      queryClient.clear();
      await navigate({ to: "/sign-in" });
    }
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "xs", sm: "md" }}
    >
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t("app.closeMenu") : t("app.openMenu")}
            />
            <Text fw={700} size="lg">
              {t("app.name")}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t("app.tagline")}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
            <LanguageSwitch />
            <Group gap={6} wrap="nowrap" visibleFrom="sm">
              <IconUserCircle aria-hidden size={22} />
              <Stack gap={0}>
                <Text size="sm" fw={500} lh={1.2}>
                  {user?.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {t(`roles.${role}`)}
                </Text>
              </Stack>
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t("nav.main")}>
        <div style={{ overflowY: "auto", flex: 1 }}>
          <div>
            {navItems
              .filter((item) => enabled.has(item.to) && item.allowed(role))
              .map((item) => {
                const Icon = item.icon;
                const active =
                  (item.to === "/" ? pathname === "/" : pathname.startsWith(item.to)) &&
                  (item.to !== "/tasks" || pathname !== "/tasks" || mine === (item.search !== undefined));
                return (
                  <NavLink
                    key={item.label}
                    component={Link}
                    to={item.to}
                    // The entry's own filter, and none of the list's current ones.
                    search={(() => ({ ...item.search })) as never}
                    label={t(item.label)}
                    leftSection={<Icon size={18} aria-hidden />}
                    active={active}
                    onClick={close}
                    aria-current={active ? "page" : undefined}
                  />
                );
              })}
          </div>
          <Divider my="sm" />
          <Stack gap={4} px="xs" hiddenFrom="sm">
            <Text size="sm" fw={500}>
              {user?.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`roles.${role}`)}
            </Text>
          </Stack>
          <NavLink
            component={Link}
            to="/account/password"
            label={t("nav.account")}
            leftSection={<IconKey size={18} aria-hidden />}
            active={pathname === "/account/password"}
            onClick={close}
          />
          <Button
            variant="subtle"
            color="gray"
            justify="flex-start"
            fullWidth
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void onSignOut()}
          >
            {t("nav.signOut")}
          </Button>
        </div>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
