import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/apiClient';
import { session } from '../../lib/auth/session';

/** Deletes the account; on success this device forgets the user and the login page says so. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.sendWithoutAnswer('DELETE', '/me', { password }),
    onSuccess: () => {
      queryClient.clear();
      session.forgetDeletedAccount();
    },
  });
}
