import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../ui/DownloadButton';
import { conversationsApi } from './conversationsApi';

interface DownloadButtonsProps {
  conversationId: string;
  canExportCsv: boolean;
}

/** The votes as CSV (facilitators and coordinators) and the summary as Markdown (everyone). */
export function DownloadButtons({ conversationId, canExportCsv }: DownloadButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-start">
      {canExportCsv && (
        <DownloadButton
          label={t('statements.results.downloadCsv')}
          fetchFile={() => conversationsApi.exportCsv(conversationId)}
          fileName={`stellingen-${conversationId}.csv`}
        />
      )}
      <DownloadButton
        label={t('statements.results.downloadSummary')}
        fetchFile={() => conversationsApi.summaryMarkdown(conversationId)}
        fileName={`stellingen-${conversationId}-samenvatting.md`}
      />
    </Group>
  );
}
