import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';

import { AppProviders } from './app/AppProviders';
import { configureDayjs } from './app/dayjs';
import { createQueryClient } from './app/queryClient';
import { routes } from './app/routes';
import { installSessionExpiry } from './app/session';

configureDayjs();

const queryClient = createQueryClient();
// history routing (base '/'): the API answers every client path with index.html
const router = createBrowserRouter(routes);
installSessionExpiry(router, queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
