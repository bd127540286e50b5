import type { Meeting } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { collabDocuments } from '../collab/collabDocuments';
import { SharedDocument } from '../collab/SharedDocument';

/** The live minutes: everyone reads along, attendees and managers write (the server decides). */
export function MeetingMinutes({ meeting }: { meeting: Pick<Meeting, 'minutesDocument' | 'checkedIn' | 'state'> }) {
  const { t } = useTranslation();
  const { minutesDocument, checkedIn, state } = meeting;
  // Checking in, or the meeting opening or closing, changes who may write: ask the server again
  // (not on the first render: opening the document asks already).
  const rights = `${minutesDocument}:${checkedIn}:${state}`;
  const askedFor = useRef(rights);
  useEffect(() => {
    if (askedFor.current === rights) return;
    askedFor.current = rights;
    collabDocuments.refreshAccess(minutesDocument);
  }, [minutesDocument, rights]);
  const headingId = useId();
  const introId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('meetings.minutesDoc.heading')}
      </Title>
      <Text size="sm" id={introId}>
        {t('meetings.minutesDoc.intro')}
      </Text>
      <SharedDocument docId={meeting.minutesDocument} label={t('meetings.minutesDoc.label')} describedBy={introId} />
    </Stack>
  );
}
