/**
 * The route tree. Every screen is its own lazily loaded chunk (route-level code splitting), so
 * the first load carries only the shell; signed-in routes check the session first and send a
 * visitor to the sign-in page, coming back afterwards.
 */
import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";

import type { TaskSearch } from "./api/queries.js";
import { sessionQuery } from "./auth/session.js";
import { NotFound, PageLoader, RouteError } from "./components/route-error.js";
import { AppLayout } from "./layout/app-layout.js";
import { type AuditFilters, auditFilterKeys } from "./pages/audit/audit-filters.js";

export interface RouterContext {
  readonly queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
  pendingComponent: PageLoader,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (search: Record<string, unknown>): { next?: string } =>
    typeof search.next === "string" && search.next.startsWith("/") ? { next: search.next } : {},
  component: lazyRouteComponent(() => import("./pages/sign-in-page.js"), "SignInPage"),
});

/** Screens shipped in this build; the menu lists only these. */
export const enabledScreens: ReadonlySet<string> = new Set([
  "/",
  "/tasks",
  "/notices",
  "/import",
  "/agencies",
  "/calendar",
  "/settings",
  "/reports",
  "/integrations",
  "/audit",
]);

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(sessionQuery);
    if (!user) throw redirect({ to: "/sign-in", search: { next: location.href } });
    if (user.mustChangePassword && location.pathname !== "/account/password") {
      throw redirect({ to: "/account/password" });
    }
    return { user };
  },
  component: () => <AppLayout enabled={enabledScreens} />,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  beforeLoad: ({ context }) => {
    if (context.user.role === "agency_officer" || context.user.role === "integrator")
      throw redirect({ to: "/tasks" });
  },
  component: lazyRouteComponent(() => import("./pages/dashboard/dashboard-page.js"), "DashboardPage"),
});

const taskFilterKeys = [
  "q",
  "agencyId",
  "timeliness",
  "latenessBand",
  "lifecycle",
  "noticeId",
  "resolutionId",
  "handlerId",
  "dueFrom",
  "dueTo",
  "sort",
  "view",
  "by",
] as const satisfies readonly (keyof TaskSearch)[];

const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/tasks",
  validateSearch: (search: Record<string, unknown>): TaskSearch => {
    const out: Record<string, string> = {};
    for (const key of taskFilterKeys) {
      const value = search[key];
      if (typeof value === "string" && value !== "") out[key] = value;
    }
    return out;
  },
  component: lazyRouteComponent(() => import("./pages/tasks-page.js"), "TasksPage"),
});

const taskDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/tasks/$taskId",
  component: lazyRouteComponent(() => import("./pages/task-detail-page.js"), "TaskDetailPage"),
});

const noticesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/notices",
  component: lazyRouteComponent(() => import("./pages/notices-page.js"), "NoticesPage"),
});

const noticeDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/notices/$noticeId",
  component: lazyRouteComponent(() => import("./pages/notice-detail-page.js"), "NoticeDetailPage"),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/import",
  component: lazyRouteComponent(() => import("./pages/import/import-page.js"), "ImportPage"),
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/reports",
  component: lazyRouteComponent(() => import("./pages/reports/reports-page.js"), "ReportsPage"),
});

const agenciesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/agencies",
  component: lazyRouteComponent(() => import("./pages/agencies/agencies-page.js"), "AgenciesPage"),
});

const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/calendar",
  component: lazyRouteComponent(() => import("./pages/calendar/calendar-page.js"), "CalendarPage"),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/settings",
  component: lazyRouteComponent(() => import("./pages/settings/settings-page.js"), "SettingsPage"),
});

const integrationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/integrations",
  component: lazyRouteComponent(
    () => import("./pages/integrations/integrations-page.js"),
    "IntegrationsPage",
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/audit",
  validateSearch: (search: Record<string, unknown>): AuditFilters => {
    const out: Record<string, string> = {};
    for (const key of auditFilterKeys) {
      const value = search[key];
      if (typeof value === "string" && value !== "") out[key] = value;
    }
    return out;
  },
  component: lazyRouteComponent(() => import("./pages/audit/audit-page.js"), "AuditPage"),
});

const passwordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account/password",
  component: lazyRouteComponent(() => import("./pages/change-password-page.js"), "ChangePasswordPage"),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    indexRoute,
    passwordRoute,
    importRoute,
    reportsRoute,
    agenciesRoute,
    calendarRoute,
    settingsRoute,
    integrationsRoute,
    auditRoute,
    tasksRoute,
    taskDetailRoute,
    noticesRoute,
    noticeDetailRoute,
  ]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    defaultPendingComponent: PageLoader,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
