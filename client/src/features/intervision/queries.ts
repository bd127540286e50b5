import type { TechnologyOverview, Thread, ThreadSearchQuery, ThreadSummary } from '@leernetwerk/shared';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';
import { useThreadsChanged } from './useThreadsChanged';

/** A technology with who uses it, its ambassadors and whether you follow it. */
export function useTechnologyOverview(technologyId: string): UseQueryResult<TechnologyOverview> {
  return useQuery({
    queryKey: intervisionKeys.overview(technologyId),
    queryFn: () => intervisionApi.overview(technologyId),
  });
}

/** The threads under one technology, fetched again when one there is started, answered or moderated. */
export function useTechnologyThreads(technologyId: string): UseQueryResult<ThreadSummary[]> {
  useThreadsChanged((changed) => changed === technologyId, intervisionKeys.threads(technologyId));
  return useQuery({
    queryKey: intervisionKeys.threads(technologyId),
    queryFn: () => intervisionApi.threads(technologyId),
  });
}

/** One thread with its replies; useThreadLive keeps it up to date. */
export function useThread(threadId: string): UseQueryResult<Thread> {
  return useQuery({ queryKey: intervisionKeys.thread(threadId), queryFn: () => intervisionApi.thread(threadId) });
}

/** Published threads per technology, for the catalogue cards. */
export function useThreadCounts(): UseQueryResult<Record<string, number>> {
  return useQuery({ queryKey: intervisionKeys.counts, queryFn: intervisionApi.counts });
}

/** Threads across technologies; an empty query lists the most recently active (for front-runners). */
export function useThreadSearch(query: ThreadSearchQuery, enabled = true): UseQueryResult<ThreadSummary[]> {
  return useQuery({
    queryKey: intervisionKeys.search(query),
    queryFn: () => intervisionApi.search(query),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Open questions for the technologies you are ambassador of. */
export function useAmbassadorQuestions(enabled: boolean): UseQueryResult<ThreadSummary[]> {
  useThreadsChanged(() => enabled, intervisionKeys.ambassadorQuestions);
  return useQuery({
    queryKey: intervisionKeys.ambassadorQuestions,
    queryFn: intervisionApi.ambassadorQuestions,
    enabled,
  });
}
