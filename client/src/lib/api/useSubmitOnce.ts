import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from './idempotencyKey';

interface Attempt {
  key: string;
  body: string;
}

export interface SubmitCallbacks<TResult> {
  onSuccess?: (result: TResult) => void;
  onError?: (error: unknown) => void;
}

export interface SubmitOnce<TBody, TResult> {
  /** Sends unless a request of this form is still running; a retry of the same data reuses its key. */
  submit(body: TBody, callbacks?: SubmitCallbacks<TResult>): void;
  pending: boolean;
  /** The last attempt created what it sent. */
  succeeded: boolean;
  /** What the last successful attempt created. */
  data: TResult | undefined;
  /** The last attempt's error; null while sending and after a success. */
  error: unknown;
  reset(): void;
}

/**
 * The one way a create form sends: one request at a time (a second click or Enter while the first is
 * on its way does nothing, even before React has re-rendered), and an `Idempotency-Key` per submit
 * attempt, so a retry after a lost answer, or a double click that got through anyway, creates once.
 */
export function useSubmitOnce<TBody, TResult>(
  send: (body: TBody, key: string) => Promise<TResult>,
  options: { onSuccess?: (result: TResult) => void } = {},
): SubmitOnce<TBody, TResult> {
  const inFlight = useRef(false);
  const attempt = useRef<Attempt | null>(null);
  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: TBody; key: string }) => send(body, key),
    onSuccess: (result) => {
      attempt.current = null; // the next submit is a new thing to create
      options.onSuccess?.(result);
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const { mutate, reset } = mutation;

  const submit = useCallback(
    (body: TBody, callbacks?: SubmitCallbacks<TResult>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const text = JSON.stringify(body);
      // Changed data is a new attempt: reusing the key would be refused (IDEMPOTENCY_KEY_REUSED).
      if (attempt.current?.body !== text) attempt.current = { key: newIdempotencyKey(), body: text };
      mutate(
        { body, key: attempt.current.key },
        {
          onSuccess: (result) => callbacks?.onSuccess?.(result),
          onError: (error) => callbacks?.onError?.(error),
        },
      );
    },
    [mutate],
  );

  return {
    submit,
    pending: mutation.isPending,
    succeeded: mutation.isSuccess,
    data: mutation.data,
    error: mutation.isError ? mutation.error : null,
    reset,
  };
}
