import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PagedQueryOf, ResponseOf, User, UserCreate, UserUpdate } from "../../api/types";
import { api } from "../../lib/api";

export type UserListParams = PagedQueryOf<"/api/v1/users">;

export type UserAction = "disable" | "enable" | "revoke-sessions";

export const userKeys = {
  all: ["users"] as const,
  lists: () => [...userKeys.all, "list"] as const,
  list: (params: UserListParams) => [...userKeys.lists(), params] as const,
  roles: () => [...userKeys.all, "roles"] as const,
};

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => api.get<ResponseOf<"/api/v1/users", "get">>("/users", { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: userKeys.roles(),
    queryFn: ({ signal }) => api.get<ResponseOf<"/api/v1/users/roles", "get">>("/users/roles", { signal }),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}

/** Every user mutation refreshes the lists, also on failure: a 409 means the row we hold is stale. */
function useUserMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}

export function useCreateUser() {
  return useUserMutation((input: UserCreate) => api.post<User>("/users", input));
}

export function useUpdateUser() {
  return useUserMutation(({ id, ...input }: UserUpdate & { id: string }) =>
    api.patch<User>(`/users/${encodeURIComponent(id)}`, input),
  );
}

export function useUserAction() {
  return useUserMutation(({ id, action, version }: { id: string; action: UserAction; version: number }) =>
    api.post<User | undefined>(`/users/${encodeURIComponent(id)}/${action}`, { version }),
  );
}

export function useResetPassword() {
  return useUserMutation(({ id, password }: { id: string; password: string }) =>
    api.post<void>(`/users/${encodeURIComponent(id)}/reset-password`, { password }),
  );
}
