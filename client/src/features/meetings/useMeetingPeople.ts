import type { MeetingPerson } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { meetingKeys, meetingsApi } from './meetingsApi';

/**
 * For managers: everyone in the network who is not on the attendance list; `attendeeCount` is in
 * the key so the choice is fetched again whenever the list changes.
 */
export function useMeetingPeople(meetingId: string, attendeeCount: number): UseQueryResult<MeetingPerson[]> {
  return useQuery({
    queryKey: [...meetingKeys.people(meetingId), attendeeCount],
    queryFn: () => meetingsApi.people(meetingId),
  });
}

/** "Name (Organisation)", or the name alone. */
export function personLabel(person: Pick<MeetingPerson, 'name' | 'organisationName'>): string {
  return person.organisationName ? `${person.name} (${person.organisationName})` : person.name;
}
