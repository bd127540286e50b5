import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../ui/DownloadButton';
import { cafesApi } from './cafesApi';

/** The harvest as Markdown and as PDF. */
export function HarvestDownloads({ cafeId }: { cafeId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-start">
      <DownloadButton
        label={t('cafes.harvest.downloadMarkdown')}
        fetchFile={() => cafesApi.exportMarkdown(cafeId)}
        fileName={`wereldcafe-${cafeId}-oogst.md`}
      />
      <DownloadButton
        label={t('cafes.harvest.downloadPdf')}
        fetchFile={() => cafesApi.exportPdf(cafeId)}
        fileName={`wereldcafe-${cafeId}-oogst.pdf`}
      />
    </Group>
  );
}
