import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../ui/DownloadButton';
import { meetingsApi } from './meetingsApi';

interface CertificateButtonProps {
  meetingId: string;
  /** Someone else's certificate (managers only); without it, the viewer's own. */
  attendee?: { userId: string; name: string };
}

/** Downloads a certificate of attendance as PDF. */
export function CertificateButton({ meetingId, attendee }: CertificateButtonProps) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      label={t(attendee ? 'meetings.certificate.for' : 'meetings.certificate.mine')}
      ariaLabel={attendee ? t('meetings.certificate.forLabel', { name: attendee.name }) : undefined}
      size={attendee ? 'xs' : 'sm'}
      fetchFile={() => meetingsApi.certificate(meetingId, attendee?.userId)}
      fileName={`bewijs-van-deelname-${meetingId}${attendee ? `-${attendee.userId}` : ''}.pdf`}
    />
  );
}
