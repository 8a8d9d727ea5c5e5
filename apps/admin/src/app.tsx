/**
 * App — the providers every screen relies on: theme, notifications,
 * translations, the data cache and the router.
 */
import { MantineProvider } from "@mantine/core";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { I18nextProvider } from "react-i18next";

import { ApiProblem } from "./api/problem.js";
import { i18n } from "./i18n/i18n.js";
import { makeRouter } from "./router.js";
import { cssVariablesResolver, theme } from "./theme.js";

/** The toast container loads after the first screen; `notifications.show` queues until then. */
const Notifications = lazy(async () => ({ default: (await import("@mantine/notifications")).Notifications }));

/**
 * A session that expired while someone worked: go to the sign-in page and come back here after.
 * Forms keep their drafts in sessionStorage, so nothing typed is lost on the way.
 */
function onUnauthenticated(error: unknown) {
  if (!(error instanceof ApiProblem) || error.status !== 401) return;
  // A wrong password (invalid-credentials) is the user's to fix, not an expired session.
  if (error.body.code !== undefined && error.body.code !== "unauthenticated") return;
  if (window.location.pathname === "/sign-in") return;
  const next = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/sign-in?next=${encodeURIComponent(next)}`);
}

export function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onUnauthenticated }),
    mutationCache: new MutationCache({ onError: onUnauthenticated }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) =>
          count < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
      },
    },
  });
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  const [router] = useState(() => makeRouter(queryClient));
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Suspense fallback={null}>
          <Notifications position="top-right" />
        </Suspense>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
