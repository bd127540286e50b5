import type { CreateCafeRequest } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cafeKeys, cafesApi } from './cafesApi';

export function useCreateCafe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCafeRequest) => cafesApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cafeKeys.list }),
  });
}
