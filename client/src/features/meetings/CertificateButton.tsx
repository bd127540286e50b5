import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useDownload } from '../statements/useDownload';
import { meetingsApi } from './meetingsApi';

interface CertificateButtonProps {
  meetingId: string;
  /** Someone else's certificate (managers only); without it, the viewer's own. */
  attendee?: { userId: string; name: string };
}

/** Downloads a certificate of attendance as PDF, fetched with the access token. */
export function CertificateButton({ meetingId, attendee }: CertificateButtonProps) {
  const { t } = useTranslation();
  const fileName = `bewijs-van-deelname-${meetingId}${attendee ? `-${attendee.userId}` : ''}.pdf`;
  const download = useDownload(() => meetingsApi.certificate(meetingId, attendee?.userId), fileName);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        size={attendee ? 'xs' : 'sm'}
        loading={download.isPending}
        aria-label={attendee ? t('meetings.certificate.forLabel', { name: attendee.name }) : undefined}
        onClick={() => download.mutate()}
      >
        {t(attendee ? 'meetings.certificate.for' : 'meetings.certificate.mine')}
      </Button>
      {download.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, download.error)}
        </Alert>
      )}
    </Stack>
  );
}
