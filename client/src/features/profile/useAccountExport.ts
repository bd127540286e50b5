import { accountExportSchema } from '@leernetwerk/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api/apiClient';

const FILE_NAME = 'mijn-gegevens.json';

function download(data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Fetches the AVG/GDPR export and hands it to the browser as a file download. */
export function useAccountExport() {
  return useMutation({
    mutationFn: async () => download(await api.get('/me/export', accountExportSchema)),
  });
}
