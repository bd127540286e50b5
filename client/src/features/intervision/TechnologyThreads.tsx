import type { ThreadKind } from '@leernetwerk/shared';
import { Group, Select, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from './QueryState';
import { useTechnologyThreads } from './queries';
import { THREAD_KINDS } from './threadKinds';
import { ThreadSummaryList } from './ThreadSummaryList';

/** The threads of one technology, filtered by kind and tag. */
export function TechnologyThreads({ technologyId }: { technologyId: string }) {
  const { t } = useTranslation();
  const threads = useTechnologyThreads(technologyId);
  const [kind, setKind] = useState<ThreadKind | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const tags = useMemo(
    () => [...new Set((threads.data ?? []).flatMap((thread) => thread.tags))].sort(),
    [threads.data],
  );

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label={t('intervision.filters.kind')}
          placeholder={t('intervision.filters.allKinds')}
          data={THREAD_KINDS.map((value) => ({ value, label: t(`intervision.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => setKind(value as ThreadKind | null)}
          clearable
          w={220}
        />
        <Select
          label={t('intervision.filters.tag')}
          placeholder={t('intervision.filters.allTags')}
          data={tags}
          value={tag}
          onChange={setTag}
          clearable
          searchable
          w={220}
        />
      </Group>
      <QueryState query={threads}>
        {(all) => {
          const shown = all.filter((thread) => (!kind || thread.kind === kind) && (!tag || thread.tags.includes(tag)));
          const empty = all.length === 0 ? t('intervision.filters.empty') : t('intervision.filters.emptyFiltered');
          return <ThreadSummaryList threads={shown} empty={empty} label={t('intervision.technology.tabThreads')} />;
        }}
      </QueryState>
    </Stack>
  );
}
