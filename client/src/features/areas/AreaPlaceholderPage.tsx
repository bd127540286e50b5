import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { AreaKey } from './areas';

interface AreaPlaceholderPageProps {
  area: AreaKey;
}

/** An honest page for an area that is not built yet: what it will offer, and the way back. */
export function AreaPlaceholderPage({ area }: AreaPlaceholderPageProps) {
  const { t } = useTranslation();
  const name = t(`areas.${area}.name`);
  useDocumentTitle(name);
  return (
    <Stack gap="md" maw={680}>
      <Title order={1}>{name}</Title>
      <Badge variant="outline" color="gray.8" size="lg">
        {t('areas.notAvailable')}
      </Badge>
      <Text>{t('areas.comingIntro')}</Text>
      <Text>{t(`areas.${area}.coming`)}</Text>
      <Anchor component={Link} to="/">
        {t('areas.backHome')}
      </Anchor>
    </Stack>
  );
}
