import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../intervision/QueryState';

export interface LiveItem {
  key: string;
  to: string;
  title: string;
  /** A line under the title: a state, a date, a technology. */
  meta?: ReactNode;
}

interface LiveBlockProps<T> {
  heading: string;
  empty: string;
  query: UseQueryResult<T>;
  items: (data: T) => LiveItem[];
  /** Where the whole list lives ("Alle wereldcafés"). */
  more: { to: string; label: string };
}

/** One block of home's "live now": a heading, what is live as links, or a plain "nothing now". */
export function LiveBlock<T>({ heading, empty, query, items, more }: LiveBlockProps<T>) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" h="100%">
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {heading}
        </Title>
        <QueryState query={query} height={48}>
          {(data) => {
            const list = items(data);
            if (list.length === 0) return <Text c="dimmed">{empty}</Text>;
            return (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {list.map((item) => (
                  <li key={item.key}>
                    <Anchor component={Link} to={item.to} fw={600}>
                      {item.title}
                    </Anchor>
                    {item.meta && <Text size="sm">{item.meta}</Text>}
                  </li>
                ))}
              </Stack>
            );
          }}
        </QueryState>
        <Anchor component={Link} to={more.to} size="sm">
          {more.label}
        </Anchor>
      </Stack>
    </Paper>
  );
}
