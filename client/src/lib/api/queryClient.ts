import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';

const NOT_WORTH_RETRYING = new Set([400, 401, 403, 404, 409, 413, 429]);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && NOT_WORTH_RETRYING.has(error.status)),
    },
    mutations: { retry: false },
  },
});
