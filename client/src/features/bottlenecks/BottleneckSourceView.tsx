import type { Bottleneck } from '@leernetwerk/shared';
import { Anchor, Blockquote, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where the bottleneck was first noticed, with a link back to the meeting or café. */
export function BottleneckSourceView({ view }: { view: Bottleneck['source'] }) {
  const { t } = useTranslation();
  const { source } = view;
  const title = view.title ?? t('bottlenecks.detail.sourceUnknownTitle');
  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-source-heading">
      <Title order={2} size="h4" id="bottleneck-source-heading">
        {t('bottlenecks.detail.source')}
      </Title>
      {source.kind === 'standalone' && <Text>{t('bottlenecks.detail.sourceStandalone')}</Text>}
      {source.kind === 'meeting' && (
        <Text>
          {t('bottlenecks.detail.sourceMeeting')}{' '}
          <Anchor component={Link} to={`/bijeenkomsten/${source.meetingId}`}>
            {title}
          </Anchor>
        </Text>
      )}
      {source.kind === 'cafe' && (
        <>
          <Text>
            {t('bottlenecks.detail.sourceCafe')}{' '}
            <Anchor component={Link} to={`/wereldcafe/${source.cafeId}`}>
              {title}
            </Anchor>
            {' – '}
            {t('bottlenecks.detail.sourceTable', { table: source.table + 1, round: source.round })}
          </Text>
          <Blockquote p="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {source.excerpt}
          </Blockquote>
        </>
      )}
    </Stack>
  );
}
