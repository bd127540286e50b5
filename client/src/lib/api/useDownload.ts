import { useMutation } from '@tanstack/react-query';
import type { DownloadedFile } from './apiClient';

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Fetches a file with the access token (a plain link cannot send it) and saves it under the name
 * the server gives it (title and date), or the fallback name.
 */
export function useDownload(fetchFile: () => Promise<DownloadedFile>, fallbackName: string) {
  return useMutation({
    mutationFn: async () => {
      const file = await fetchFile();
      saveBlob(file.blob, file.fileName ?? fallbackName);
    },
  });
}
