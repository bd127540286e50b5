import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from './QueryState';
import { useThreadSearch } from './queries';
import { ThreadSummaryList } from './ThreadSummaryList';

/** Searches threads across every technology; results show under the box. */
export function ThreadSearchSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const results = useThreadSearch({ q: query }, query !== '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(text.trim());
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('intervision.search.heading')}
      </Title>
      <form onSubmit={submit} role="search" aria-labelledby={headingId}>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="search"
            label={t('intervision.search.label')}
            description={t('intervision.search.hint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit">{t('intervision.search.submit')}</Button>
        </Group>
      </form>
      {query !== '' && (
        <QueryState query={results}>
          {(threads) => (
            <Stack gap="xs">
              <Text role="status" fw={500}>
                {t('intervision.search.results', { count: threads.length })}
              </Text>
              <ThreadSummaryList threads={threads} empty={t('intervision.search.empty')} />
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
