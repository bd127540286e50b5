import type { Technology } from '@leernetwerk/shared';
import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from '../home/AreaCard.module.css';

interface TechnologyCardsProps {
  technologies: Technology[];
  /** Threads per technology; undefined while they load. */
  counts: Map<string, number> | undefined;
}

/** One card per technology; each card is one link named by the technology. */
export function TechnologyCards({ technologies, counts }: TechnologyCardsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, md: 3 }}
      spacing="md"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {technologies.map((technology) => (
        <li key={technology.id}>
          <Card component={Link} to={`/intervisie/${technology.id}`} withBorder padding="lg" className={classes.card}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
              <Title order={3} size="h4">
                {technology.name}
              </Title>
              <Badge variant="outline" color="gray.8" style={{ flexShrink: 0 }}>
                {t(`intervision.technologyKinds.${technology.kind}`)}
              </Badge>
            </Group>
            <Text lineClamp={3} mb="xs">
              {technology.description}
            </Text>
            {/* Unknown until the threads are in: no count rather than a wrong "0". */}
            {counts && (
              <Text size="sm" fw={600} c="blue.9">
                {t('intervision.catalogue.threads', { count: counts.get(technology.id) ?? 0 })}
              </Text>
            )}
          </Card>
        </li>
      ))}
    </SimpleGrid>
  );
}
