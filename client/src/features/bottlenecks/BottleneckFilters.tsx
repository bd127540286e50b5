import { BOTTLENECK_STATUSES, bottleneckScopeSchema, compassPillarSchema } from '@leernetwerk/shared';
import { Group, NativeSelect, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTechnologies } from '../../lib/api/useTechnologies';
import { AGE_RANGES, isAgeRange, type FilterChoice } from './bottleneckFilters';

interface BottleneckFiltersProps {
  choice: FilterChoice;
  onChange: (choice: FilterChoice) => void;
  /** The register filters on scope, the dashboard on age. */
  fields: 'register' | 'dashboard';
}

/** Plain selects: each has its own label and works the same with keyboard and screen reader. */
export function BottleneckFilters({ choice, onChange, fields }: BottleneckFiltersProps) {
  const { t } = useTranslation();
  const technologies = useTechnologies();
  const all = { value: '', label: t('bottlenecks.filters.all') };
  const set = (change: Partial<FilterChoice>) => onChange({ ...choice, ...change });

  return (
    <Group component="fieldset" gap="md" align="flex-end" style={{ border: 0, padding: 0, margin: 0 }}>
      <VisuallyHidden component="legend">{t('bottlenecks.filters.label')}</VisuallyHidden>
      <NativeSelect
        label={t('bottlenecks.filters.technology')}
        value={choice.technologyId}
        onChange={(event) => set({ technologyId: event.currentTarget.value })}
        data={[all, ...(technologies.data ?? []).map(({ id, name }) => ({ value: id, label: name }))]}
      />
      <NativeSelect
        label={t('bottlenecks.filters.pillar')}
        value={choice.pillar}
        onChange={(event) => set({ pillar: event.currentTarget.value })}
        data={[
          all,
          ...compassPillarSchema.options.map((value) => ({ value, label: t(`intervision.pillars.${value}`) })),
        ]}
      />
      <NativeSelect
        label={t('bottlenecks.filters.status')}
        value={choice.status}
        onChange={(event) => set({ status: event.currentTarget.value })}
        data={[all, ...BOTTLENECK_STATUSES.map((value) => ({ value, label: t(`bottlenecks.status.${value}`) }))]}
      />
      {fields === 'register' ? (
        <NativeSelect
          label={t('bottlenecks.filters.scope')}
          value={choice.scope}
          onChange={(event) => set({ scope: event.currentTarget.value })}
          data={[
            all,
            ...bottleneckScopeSchema.options.map((value) => ({ value, label: t(`bottlenecks.scope.${value}`) })),
          ]}
        />
      ) : (
        <NativeSelect
          label={t('bottlenecks.filters.age')}
          value={choice.age}
          onChange={(event) => {
            const age = event.currentTarget.value;
            if (isAgeRange(age)) set({ age });
          }}
          data={AGE_RANGES.map((value) => ({ value, label: t(`bottlenecks.filters.ages.${value}`) }))}
        />
      )}
    </Group>
  );
}
