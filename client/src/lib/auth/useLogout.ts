import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { localCopies } from '../collab/localCopies';
import { session } from './session';

/** Logs out, forgets every cached answer and saved offline copy of this user, and goes to the login page. */
export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    await session.logout().catch(() => undefined);
    queryClient.clear();
    await navigate('/inloggen', { replace: true });
    localCopies.forgetSaved();
  }, [queryClient, navigate]);
}
