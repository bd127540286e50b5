import { Alert, Button, Stack, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api/errorMessage';
import type { DownloadedFile } from '../lib/api/apiClient';
import { useDownload } from '../lib/api/useDownload';

interface DownloadButtonProps {
  label: string;
  /** Fetches the file (with the access token: a plain link cannot send it). */
  fetchFile: () => Promise<DownloadedFile>;
  /** The name to save under when the server gives none. */
  fileName: string;
  size?: ButtonProps['size'];
  /** A fuller name for screen readers when the label alone is ambiguous (e.g. one per person). */
  ariaLabel?: string;
}

/** A button that downloads a file, with the reason underneath when that fails. */
export function DownloadButton({ label, fetchFile, fileName, size = 'sm', ariaLabel }: DownloadButtonProps) {
  const { t } = useTranslation();
  const download = useDownload(fetchFile, fileName);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        size={size}
        loading={download.isPending}
        aria-label={ariaLabel}
        onClick={() => download.mutate()}
      >
        {label}
      </Button>
      {download.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, download.error)}
        </Alert>
      )}
    </Stack>
  );
}
