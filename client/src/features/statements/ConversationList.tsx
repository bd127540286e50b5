import type { Conversation } from '@leernetwerk/shared';
import { Badge, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from '../home/AreaCard.module.css';

/** Conversations as cards; each card is one link named by its title. */
export function ConversationList({ conversations }: { conversations: Conversation[] }) {
  const { t } = useTranslation();
  if (conversations.length === 0) return <Text>{t('statements.empty')}</Text>;
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      spacing="md"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {conversations.map((conversation) => (
        <li key={conversation.id}>
          <Card component={Link} to={`/stellingen/${conversation.id}`} withBorder padding="lg" className={classes.card}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
              <Title order={3} size="h4">
                {conversation.title}
              </Title>
              <Badge
                variant="outline"
                color={conversation.status === 'open' ? 'green.9' : 'gray.8'}
                style={{ flexShrink: 0 }}
              >
                {t(`statements.conversationStatus.${conversation.status}`)}
              </Badge>
            </Group>
            {conversation.description && <Text lineClamp={3}>{conversation.description}</Text>}
          </Card>
        </li>
      ))}
    </SimpleGrid>
  );
}
