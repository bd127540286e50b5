import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CollaborativeEditor } from '../collab/CollaborativeEditor';
import { useCollabDocument, useCollabUser } from '../collab/useCollabDocument';
import { PageLoader } from '../../ui/PageLoader';
import { useDocActivity } from './useDocActivity';
import classes from './TableclothPreview.module.css';

interface TableclothPreviewProps {
  docId: string;
  label: string;
  /** Show when it was last written and how many people have it open (the cockpit). */
  withActivity?: boolean;
}

/** A tablecloth, read-only and compact: for the facilitator's overview and the harvest. */
export function TableclothPreview({ docId, label, withActivity = false }: TableclothPreviewProps) {
  const { t } = useTranslation();
  const user = useCollabUser();
  const document = useCollabDocument(docId);
  const minutesAgo = useDocActivity(document?.ydoc, document?.status);
  if (!document) return <PageLoader />;
  const activity =
    minutesAgo === null
      ? t('cafes.cockpit.activity.never')
      : minutesAgo === 0
        ? t('cafes.cockpit.activity.now')
        : t('cafes.cockpit.activity.minutes', { count: minutesAgo });
  return (
    <Box>
      {withActivity && (
        <Group gap="sm" mb={4}>
          <Text size="xs" c="dimmed">
            {activity}
          </Text>
          <Text size="xs" c="dimmed">
            {t('cafes.cockpit.activity.writers', { count: document.people.length })}
          </Text>
        </Group>
      )}
      <Box className={classes.compact} tabIndex={0} role="region" aria-label={label}>
        <CollaborativeEditor
          ydoc={document.ydoc}
          provider={document.provider}
          user={user}
          editable={false}
          label={label}
        />
      </Box>
    </Box>
  );
}
