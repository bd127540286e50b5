import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

interface AuthCardProps {
  title: string;
  intro: string;
  children: ReactNode;
}

/** The narrow card that frames the login and register forms. */
export function AuthCard({ title, intro, children }: AuthCardProps) {
  useDocumentTitle(title);
  return (
    <Paper withBorder shadow="xs" p="xl" maw={460} mx="auto">
      <Stack gap="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text>{intro}</Text>
        {children}
      </Stack>
    </Paper>
  );
}
