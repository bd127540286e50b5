import type { Meeting } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SharedDocument } from '../collab/SharedDocument';

/** The live minutes: everyone reads along, attendees and managers write (the server decides). */
export function MeetingMinutes({ meeting }: { meeting: Pick<Meeting, 'minutesDocument'> }) {
  const { t } = useTranslation();
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
