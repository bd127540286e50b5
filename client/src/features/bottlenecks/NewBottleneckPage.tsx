import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ReportBottleneckForm } from './ReportBottleneckForm';
import { useSourceMeetingTitle } from './queries';
import { sourceFromParams } from './reportSource';

/** `/knelpunten/nieuw`: report a bottleneck, on its own or from a meeting or café tablecloth. */
export function NewBottleneckPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const source = sourceFromParams(params);
  const meetingTitle = useSourceMeetingTitle(source.kind === 'meeting' ? source.meetingId : null);
  useDocumentTitle(t('bottlenecks.form.heading'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/knelpunten">
        ← {t('bottlenecks.back')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{t('bottlenecks.form.heading')}</Title>
        <Text maw={720}>{t('bottlenecks.form.intro')}</Text>
      </Stack>
      <ReportBottleneckForm
        key={params.toString()}
        source={source}
        sourceTitle={meetingTitle.data}
        onReported={(bottleneck) => void navigate(`/knelpunten/${bottleneck.id}`)}
      />
    </Stack>
  );
}
