import { isApiError, HTTP_ERROR, NETWORK_ERROR } from '@thidua/web-data-access';
import { QueryClient } from '@tanstack/react-query';

/** Only transient failures are worth retrying; a 403 or a validation error will not change. */
const TRANSIENT = new Set([NETWORK_ERROR, HTTP_ERROR, 'INTERNAL_SERVER_ERROR']);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || TRANSIENT.has(error.code)),
      },
      mutations: { retry: false },
    },
  });
}
