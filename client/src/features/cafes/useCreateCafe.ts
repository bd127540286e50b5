import type { Cafe, CreateCafeRequest } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { cafeKeys, cafesApi } from './cafesApi';

export function useCreateCafe() {
  const queryClient = useQueryClient();
  return useSubmitOnce<CreateCafeRequest, Cafe>((body, key) => cafesApi.create(body, key), {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cafeKeys.list }),
  });
}
