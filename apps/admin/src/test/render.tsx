/**
 * Test harness: renders a component with the app's providers — theme, translations (Vietnamese),
 * a query client the test fills with recorded API data, and a memory router for links.
 */
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from "@tanstack/react-router";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";

import { DatesLocale } from "../components/dates-locale.js";
import { i18n } from "../i18n/i18n.js";
import { theme } from "../theme.js";

export function testQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY },
    },
  });
}

export function renderWithProviders(ui: ReactNode, queryClient: QueryClient = testQueryClient()) {
  void i18n.changeLanguage("vi");
  const rootRoute = createRootRoute({ component: Outlet });
  const catchAll = createRoute({ getParentRoute: () => rootRoute, path: "$", component: () => <>{ui}</> });
  const index = createRoute({ getParentRoute: () => rootRoute, path: "/", component: () => <>{ui}</> });
  const router = createRouter({
    routeTree: rootRoute.addChildren([index, catchAll]),
    history: createMemoryHistory({ initialEntries: ["/"] }),
  });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <QueryClientProvider client={queryClient}>
          <DatesLocale>
            <RouterProvider router={router} />
          </DatesLocale>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient, router };
}
