import { userSchema } from '@leernetwerk/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api/apiClient';
import { session } from '../../lib/auth/session';

export function useUpdateName() {
  return useMutation({
    mutationFn: (name: string) => api.send('PATCH', '/me', { name }, userSchema),
    onSuccess: (user) => session.updateUser(user),
  });
}
