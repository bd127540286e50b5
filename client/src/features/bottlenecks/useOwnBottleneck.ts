import type { Bottleneck } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ownershipApi } from '../ownership/ownershipApi';
import { bottleneckKeys } from './bottlenecksApi';

export interface BottleneckEdit {
  title?: string;
  description?: string;
  confirmPersonalData?: boolean;
}

/**
 * The reporter edits or deletes their report. An edit sends the revision the reporter saw, so a
 * change made meanwhile (e.g. personal data removed) is refused instead of overwritten.
 * `onDeleted` is called from the mutation itself: the live update of the deletion may reach the
 * page first and replace the controls that started it.
 */
export function useOwnBottleneck(bottleneck: Bottleneck, onDeleted?: (title: string) => void) {
  const queryClient = useQueryClient();
  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: bottleneckKeys.lists });
    void queryClient.invalidateQueries({ queryKey: bottleneckKeys.dashboards });
  };
  const edit = useMutation({
    mutationFn: (change: BottleneckEdit) => ownershipApi.editBottleneck(bottleneck.id, change, bottleneck.revision),
    onSuccess: (next) => {
      queryClient.setQueryData(bottleneckKeys.detail(next.id), next);
      refreshLists();
    },
  });
  const remove = useMutation({
    mutationFn: () => ownershipApi.delete({ kind: 'bottleneck', id: bottleneck.id }),
    onSuccess: () => {
      refreshLists();
      onDeleted?.(bottleneck.title);
    },
  });
  return { edit, remove };
}
