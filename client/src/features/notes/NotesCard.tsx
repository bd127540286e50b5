import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from '../home/AreaCard.module.css';

/** The home page's way to the organisation's shared notes; the whole card is one link. */
export function NotesCard() {
  const { t } = useTranslation();
  return (
    <Card component={Link} to="/notities" withBorder padding="lg" className={classes.card}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('notes.title')}
        </Title>
        <Text>{t('notes.summary')}</Text>
      </Stack>
    </Card>
  );
}
