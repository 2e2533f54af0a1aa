import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { onTestFinished } from 'vitest';

import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { installSessionExpiry } from '../app/session';

/** The whole SPA (real routes, guards, data layer) at `path`, over a mocked fetch. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const uninstall = installSessionExpiry(router, queryClient);
  onTestFinished(() => {
    uninstall();
    queryClient.clear();
  });
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}
