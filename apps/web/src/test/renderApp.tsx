import { StyleProvider } from '@ant-design/cssinjs';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { onTestFinished } from 'vitest';

import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { installSessionExpiry } from '../app/session';

/**
 * The whole SPA (real routes, guards, data layer) at `path`, over a mocked fetch.
 *
 * antd's CSS-in-JS is told it renders on a server (`mock="server"`), so it injects no `<style>` into
 * jsdom: jsdom's `getComputedStyle`, which antd and Testing Library's role queries call on every
 * element, matched each element against every antd rule and took 70% of the suite's time (the
 * congress panel's 8 tests: 25.3 s with the styles, 4.7 s without; the whole web suite 395 s → 200 s).
 * Every spec passed unchanged: antd hides closed parts with attributes and inline styles too.
 */
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
    <StyleProvider mock="server">
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StyleProvider>,
  );
  return { ...view, router, queryClient };
}
