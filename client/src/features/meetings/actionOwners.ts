import type { Meeting, MeetingPerson } from '@leernetwerk/shared';
import { personLabel } from './useMeetingPeople';

type Option = { value: string; label: string };

/** Who is here (the facilitator and the attendees) first; then anyone else in the network. */
export function ownerGroups(
  meeting: Pick<Meeting, 'facilitator' | 'attendees'>,
  others: readonly MeetingPerson[],
  groupNames: { present: string; others: string },
): { group: string; items: Option[] }[] {
  const present = new Map<string, string>([[meeting.facilitator.id, meeting.facilitator.name]]);
  for (const attendee of meeting.attendees) present.set(attendee.userId, attendee.name);
  const rest = others.filter((person) => !present.has(person.id));
  return [
    { group: groupNames.present, items: [...present].map(([value, label]) => ({ value, label })) },
    ...(rest.length > 0
      ? [{ group: groupNames.others, items: rest.map((person) => ({ value: person.id, label: personLabel(person) })) }]
      : []),
  ];
}
