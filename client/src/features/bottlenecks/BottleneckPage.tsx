import type { BottleneckStatus } from '@leernetwerk/shared';
import { Anchor, Stack, VisuallyHidden } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { QueryState } from '../intervision/QueryState';
import type { DeletedBottleneckState } from './DeletedBottleneckState';
import { BottleneckView } from './BottleneckView';
import { useBottleneck } from './queries';
import { useBottleneckLive } from './useBottleneckLive';
import { useCanCoordinate } from './useCanCoordinate';

/** `/knelpunten/:id`: one bottleneck, kept live; a status change is announced to screen readers. */
export function BottleneckPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const bottleneck = useBottleneck(id);
  const canCoordinate = useCanCoordinate();
  const [announcement, setAnnouncement] = useState('');
  const onStatus = useCallback(
    (status: BottleneckStatus) =>
      setAnnouncement(t('bottlenecks.detail.statusAnnounce', { status: t(`bottlenecks.status.${status}`) })),
    [t],
  );
  const navigate = useNavigate();
  const onDeleted = useCallback(
    (deletedTitle: string) => {
      const state: DeletedBottleneckState = { deletedTitle };
      void navigate('/knelpunten', { state });
    },
    [navigate],
  );
  useBottleneckLive(id, onStatus);
  useDocumentTitle(
    bottleneck.data?.deletedAt ? t('ownership.deletedByWriter') : (bottleneck.data?.title ?? t('bottlenecks.title')),
  );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/knelpunten">
        ← {t('bottlenecks.back')}
      </Anchor>
      <VisuallyHidden aria-live="polite" role="status">
        {announcement}
      </VisuallyHidden>
      <QueryState query={bottleneck} height={240}>
        {(data) => <BottleneckView bottleneck={data} canCoordinate={canCoordinate} onDeleted={onDeleted} />}
      </QueryState>
    </Stack>
  );
}
