import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api";

/** Server state lives only here. Client errors (4xx) are final; network and 5xx errors get two retries. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});
