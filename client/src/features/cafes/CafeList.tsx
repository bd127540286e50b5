import type { CafeSummary } from '@leernetwerk/shared';
import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from '../home/AreaCard.module.css';
import { CafeStateBadge } from './CafeStateBadge';

/** Cafés as cards; each card is one link named by its title. */
export function CafeList({ cafes }: { cafes: CafeSummary[] }) {
  const { t } = useTranslation();
  if (cafes.length === 0) return <Text>{t('cafes.empty')}</Text>;
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      spacing="md"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {cafes.map((cafe) => (
        <li key={cafe.id}>
          <Card component={Link} to={`/wereldcafe/${cafe.id}`} withBorder padding="lg" className={classes.card}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
              <Title order={3} size="h4">
                {cafe.title}
              </Title>
              <CafeStateBadge state={cafe.state} />
            </Group>
            {cafe.centralQuestion && <Text lineClamp={3}>{cafe.centralQuestion}</Text>}
          </Card>
        </li>
      ))}
    </SimpleGrid>
  );
}
