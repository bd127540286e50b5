import { Alert, Skeleton } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  height?: number;
  children: (data: T) => ReactNode;
}

/** A placeholder while loading, a clear message on failure, else the content. */
export function QueryState<T>({ query, height = 80, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton height={height} />;
  if (query.isError) {
    return (
      <Alert color="red" role="alert">
        {errorMessage(t, query.error)}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
