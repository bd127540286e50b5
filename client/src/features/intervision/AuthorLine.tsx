import type { Author } from '@leernetwerk/shared';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Who wrote it and for which organisation; ambassadors get a badge. */
export function AuthorLine({ author }: { author: Author }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{t('intervision.meta.by', { name: author.name, organisation: author.organisationName })}</Text>
      {author.ambassador && (
        <Badge tt="none" size="sm" variant="outline" color="grape.9">
          {t('intervision.meta.ambassador')}
        </Badge>
      )}
    </Group>
  );
}
