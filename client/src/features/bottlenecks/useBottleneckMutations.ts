import type {
  Bottleneck,
  ChangeBottleneckStatusRequest,
  MergeBottleneckRequest,
  ReportBottleneckRequest,
} from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { bottleneckKeys, bottlenecksApi } from './bottlenecksApi';

/** After any change the answer is the fresh bottleneck; the register and dashboard are fetched again. */
function useStoreAnswer() {
  const queryClient = useQueryClient();
  return (bottleneck: Bottleneck) => {
    queryClient.setQueryData(bottleneckKeys.detail(bottleneck.id), bottleneck);
    void queryClient.invalidateQueries({ queryKey: bottleneckKeys.lists });
    void queryClient.invalidateQueries({ queryKey: bottleneckKeys.dashboards });
  };
}

export function useReportBottleneck() {
  const store = useStoreAnswer();
  return useSubmitOnce<ReportBottleneckRequest, Bottleneck>((body, key) => bottlenecksApi.report(body, key), {
    onSuccess: store,
  });
}

/** "Bij ons ook" with an optional note: once, however often it is clicked. */
export function useSupportBottleneck(id: string) {
  const store = useStoreAnswer();
  return useSubmitOnce<{ note: string; confirmPersonalData?: boolean }, Bottleneck>(
    (body, key) => bottlenecksApi.support(id, body, key),
    {
      onSuccess: store,
    },
  );
}

/** Withdrawing "bij ons ook" again. */
export function useWithdrawSupport(id: string) {
  const store = useStoreAnswer();
  return useMutation({ mutationFn: () => bottlenecksApi.withdraw(id), onSuccess: store });
}

export function useChangeBottleneckStatus(id: string) {
  const store = useStoreAnswer();
  return useMutation({
    mutationFn: (body: ChangeBottleneckStatusRequest) => bottlenecksApi.changeStatus(id, body),
    onSuccess: store,
  });
}

/** Merges this bottleneck into another; the answer is the one kept. */
export function useMergeBottleneck(id: string) {
  const store = useStoreAnswer();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeBottleneckRequest) => bottlenecksApi.merge(id, body),
    onSuccess: (kept) => {
      store(kept);
      void queryClient.invalidateQueries({ queryKey: bottleneckKeys.detail(id) });
    },
  });
}
