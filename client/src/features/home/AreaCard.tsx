import { Badge, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AreaKey } from '../areas/areas';
import classes from './AreaCard.module.css';

interface AreaCardProps {
  area: AreaKey;
  path: string;
  available: boolean;
}

/** A navigation card; the whole card is one link, named by its heading. */
export function AreaCard({ area, path, available }: AreaCardProps) {
  const { t } = useTranslation();
  return (
    <Card component={Link} to={path} withBorder padding="lg" className={classes.card}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t(`areas.${area}.name`)}
        </Title>
        <Text>{t(`areas.${area}.summary`)}</Text>
        {!available && (
          <Badge variant="outline" color="gray.8">
            {t('home.notYet')}
          </Badge>
        )}
      </Stack>
    </Card>
  );
}
