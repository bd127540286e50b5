import type { BottleneckFilter } from '@leernetwerk/shared';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../ui/DownloadButton';
import { bottlenecksApi } from './bottlenecksApi';

/** Every filtered bottleneck as CSV. */
export function ExportCsvButton({ filter }: { filter: BottleneckFilter }) {
  const { t } = useTranslation();
  return (
    <DownloadButton
      label={t('bottlenecks.dashboard.export')}
      fetchFile={() => bottlenecksApi.exportCsv(filter)}
      fileName="knelpunten.csv"
    />
  );
}
