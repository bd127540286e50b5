import { cafeDocuments, type Cafe } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SharedDocument } from '../collab/SharedDocument';
import { useCollabDocument } from '../collab/useCollabDocument';
import { tableNumber } from './cafeSeats';
import { insertHarvestTemplate } from './harvestTemplate';

interface HarvestDocumentProps {
  cafe: Cafe;
  facilitator: boolean;
}

/** The facilitator's editor for the harvest, with the outline inserted once it is empty. */
function FacilitatorHarvestDocument({ cafe, describedBy }: { cafe: Cafe; describedBy: string }) {
  const { t } = useTranslation();
  const docId = cafeDocuments.harvest(cafe.id);
  const document = useCollabDocument(docId);
  const sections = useMemo(() => {
    const seen = new Set<string>();
    return cafe.tables.flatMap((table) => {
      if (seen.has(table.promptText)) return [];
      seen.add(table.promptText);
      return [`${t('cafes.table.name', { number: tableNumber(table.table) })}: ${table.promptText}`];
    });
  }, [cafe.tables, t]);
  const ready = document?.status === 'synced' && document.access === 'write';
  const ydoc = document?.ydoc;

  // Only after the first sync, so an outline never lands on top of what the server already holds.
  useEffect(() => {
    if (ready && ydoc) {
      insertHarvestTemplate(ydoc, sections, [
        t('cafes.harvest.findings'),
        t('cafes.harvest.recommendations'),
        t('cafes.harvest.followUp'),
      ]);
    }
  }, [ready, ydoc, sections, t]);

  return <SharedDocument docId={docId} label={t('cafes.harvest.documentLabel')} describedBy={describedBy} />;
}

/** The shared harvest document: written by the facilitator, read by participants from the review on. */
export function HarvestDocument({ cafe, facilitator }: HarvestDocumentProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const introId = useId();
  const shared = cafe.harvest.status !== 'draft';
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} id={headingId}>
        {t('cafes.harvest.documentHeading')}
      </Title>
      <Text size="sm" id={introId}>
        {t('cafes.harvest.documentIntro')}
      </Text>
      {facilitator ? (
        <FacilitatorHarvestDocument cafe={cafe} describedBy={introId} />
      ) : shared ? (
        <SharedDocument
          docId={cafeDocuments.harvest(cafe.id)}
          label={t('cafes.harvest.documentLabel')}
          describedBy={introId}
        />
      ) : (
        <Text c="dimmed">{t('cafes.harvest.notYet')}</Text>
      )}
    </Stack>
  );
}
