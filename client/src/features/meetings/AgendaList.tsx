import type { AgendaBlock } from '@leernetwerk/shared';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agendaTotal } from './agendaDrafts';

type LinkedKind = 'cafe' | 'statements' | 'intervision';

/** Where a linked block leads; plenary and free blocks lead nowhere. */
function blockLink(block: AgendaBlock): { kind: LinkedKind; path: string } | null {
  if (!block.linkId) return null;
  switch (block.kind) {
    case 'cafe':
      return { kind: 'cafe', path: `/wereldcafe/${block.linkId}` };
    case 'statements':
      return { kind: 'statements', path: `/stellingen/${block.linkId}` };
    case 'intervision':
      return { kind: 'intervision', path: `/intervisie/${block.linkId}` };
    case 'plenary':
    case 'free':
      return null;
    default: {
      const unhandled: never = block.kind;
      return unhandled;
    }
  }
}

/** The agenda in order, with the minutes per block and in total. */
export function AgendaList({ agenda }: { agenda: AgendaBlock[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('meetings.agenda.heading')}
      </Title>
      {agenda.length === 0 ? (
        <Text>{t('meetings.agenda.empty')}</Text>
      ) : (
        <>
          <Stack component="ol" gap="xs" pl="lg" m={0}>
            {agenda.map((block, index) => {
              const link = blockLink(block);
              return (
                <li key={index}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600}>{block.title}</Text>
                    <Text c="dimmed">
                      {t(`meetings.kinds.${block.kind}`)} · {t('meetings.minutes', { count: block.minutes })}
                    </Text>
                  </Group>
                  {link && (
                    <Anchor component={Link} to={link.path} size="sm">
                      {t(`meetings.agenda.goTo.${link.kind}`, { title: block.linkTitle ?? block.title })}
                    </Anchor>
                  )}
                </li>
              );
            })}
          </Stack>
          <Text>{t('meetings.agenda.total', { count: agendaTotal(agenda) })}</Text>
        </>
      )}
    </Stack>
  );
}
