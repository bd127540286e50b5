import type { MediaJoin } from '@leernetwerk/shared';
import { Text } from '@mantine/core';
import { useLocalParticipant, useLocalParticipantPermissions, useRemoteParticipants } from '@livekit/components-react';
import { useTranslation } from 'react-i18next';

const NAMES_SHOWN = 6;

/** One honest line about who hears you now: the names in the room, or why nobody does. */
export function WhoHearsYou({ join }: { join: MediaJoin }) {
  const { t, i18n } = useTranslation();
  const { isMicrophoneEnabled } = useLocalParticipant();
  const canPublish = useLocalParticipantPermissions()?.canPublish ?? false;
  // A visiting facilitator hears the table too; they are named as a visitor.
  const others = useRemoteParticipants()
    .map((person) => {
      const name = person.name || person.identity;
      return person.attributes.visitor === 'true' ? `${name} (${t('calls.people.visitor')})` : name;
    })
    .sort((a, b) => a.localeCompare(b));
  const number = (join.table ?? 0) + 1;

  const line = () => {
    if (join.visitor) return t('calls.hears.visitor');
    if (!canPublish) return join.kind === 'meeting' ? t('calls.hears.meetingListening') : t('calls.hears.listening');
    if (!isMicrophoneEnabled) return t('calls.hears.muted');
    if (others.length === 0) {
      if (join.kind === 'table') return t('calls.hears.tableAlone', { number });
      return join.kind === 'plenary' ? t('calls.hears.plenaryAlone') : t('calls.hears.meetingAlone');
    }
    const shown = others.length > NAMES_SHOWN + 1 ? others.slice(0, NAMES_SHOWN) : others;
    const rest = others.length - shown.length;
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      rest > 0 ? [...shown, t('calls.hears.others', { count: rest })] : shown,
    );
    if (join.kind === 'table') return t('calls.hears.table', { number, names: list });
    return join.kind === 'plenary'
      ? t('calls.hears.plenary', { names: list })
      : t('calls.hears.meeting', { names: list });
  };

  return (
    <Text size="sm" fw={600}>
      {line()}
    </Text>
  );
}
