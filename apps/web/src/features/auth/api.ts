import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Me, SignInResponse, TwoFactorSetup } from "../../api/types";
import { api } from "../../lib/api";

export const meKeys = {
  all: ["me"] as const,
};

/** The signed-in user. 401 is an expected answer here (signed out), so it does not trigger the redirect. */
export function useMe() {
  return useQuery({
    queryKey: meKeys.all,
    queryFn: ({ signal }) => api.get<Me>("/me", { signal, skipAuthRedirect: true }),
    staleTime: 60_000,
  });
}

export function useSignIn() {
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.post<SignInResponse>("/auth/sign-in", input, { skipAuthRedirect: true }),
  });
}

export function useVerifyTwoFactor() {
  return useMutation({
    mutationFn: (input: { code: string }) =>
      api.post<{ user: Me }>("/auth/two-factor/verify", input, { skipAuthRedirect: true }),
  });
}

export function useSignOut() {
  return useMutation({
    mutationFn: () => api.post<void>("/auth/sign-out", undefined, { skipAuthRedirect: true }),
  });
}

/* Two-factor management. A wrong password may answer 401, which must not end the session in the UI. */

export function useEnableTwoFactor() {
  return useMutation({
    mutationFn: (input: { password: string }) =>
      api.post<TwoFactorSetup>("/me/two-factor/enable", input, { skipAuthRedirect: true }),
  });
}

export function useConfirmTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) =>
      api.post<void>("/me/two-factor/confirm", input, { skipAuthRedirect: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { password: string }) =>
      api.post<void>("/me/two-factor/disable", input, { skipAuthRedirect: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

/* Password self-service. A wrong current password answers 400, never 401, so the session stays in the UI. */

export const accountPaths = {
  changePassword: "/app/tai-khoan/doi-mat-khau",
  forgotPassword: "/quen-mat-khau",
  resetPassword: "/dat-lai-mat-khau",
} as const;

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<{ endedSessions: number }>("/me/password", input, { skipAuthRedirect: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) =>
      api.post<{ message: string }>("/auth/password-reset/request", input, { skipAuthRedirect: true }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (input: { token: string; newPassword: string }) =>
      api.post<void>("/auth/password-reset", input, { skipAuthRedirect: true }),
  });
}
