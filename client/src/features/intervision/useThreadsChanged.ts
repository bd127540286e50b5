import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';

/**
 * Fetches a list of threads again when the server says threads of a technology changed (the signal
 * carries no content, so each list comes back with its reader's own rights), and after a reconnect.
 */
export function useThreadsChanged(concerns: (technologyId: string) => boolean, queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const refetch = () => void queryClient.invalidateQueries({ queryKey });
  useLiveEvents(
    {
      'threads:changed': ({ technologyId }) => {
        if (concerns(technologyId)) refetch();
      },
    },
    refetch,
  );
}
