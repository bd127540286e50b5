import { knowledgePageDocument } from '@leernetwerk/shared';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SharedDocument } from '../collab/SharedDocument';
import { useCollabDocument } from '../collab/useCollabDocument';
import { insertKnowledgeTemplate } from './knowledgeTemplate';
import { useEmptyPage } from './useEmptyPage';

interface KnowledgePageProps {
  technologyId: string;
  name: string;
}

/** The technology's shared knowledge page; on an empty page, an offer to start from the template. */
export function KnowledgePage({ technologyId, name }: KnowledgePageProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const introId = useId();
  const docId = knowledgePageDocument(technologyId);
  const document = useCollabDocument(docId);
  const ready = document?.status === 'synced' && document.access === 'write';
  const empty = useEmptyPage(document?.ydoc);

  function startTemplate() {
    if (!document) return;
    insertKnowledgeTemplate(document.ydoc, [
      t('intervision.knowledge.headings.practical'),
      t('intervision.knowledge.headings.agreements'),
      t('intervision.knowledge.headings.pitfalls'),
      t('intervision.knowledge.headings.checklist'),
    ]);
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('intervision.knowledge.heading')}
      </Title>
      <Text size="sm" id={introId}>
        {t('intervision.knowledge.intro', { name })}
      </Text>
      {ready && empty && (
        <Paper withBorder p="sm" bg="blue.0">
          <Group justify="space-between" gap="sm">
            <Text size="sm" maw={560}>
              {t('intervision.knowledge.templateHint')}
            </Text>
            <Button variant="default" onClick={startTemplate}>
              {t('intervision.knowledge.start')}
            </Button>
          </Group>
        </Paper>
      )}
      <SharedDocument docId={docId} label={t('intervision.knowledge.label', { name })} describedBy={introId} />
    </Stack>
  );
}
