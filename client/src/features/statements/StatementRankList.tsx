import type { GroupAgreement } from '@leernetwerk/shared';
import { List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupLetter, percent } from './resultsFormat';

interface RankedStatement {
  statementId: string;
  groups: GroupAgreement[];
}

interface StatementRankListProps {
  title: string;
  intro: string;
  empty: string;
  items: RankedStatement[];
  /** When groups are withheld, everyone counts as one group. */
  allVoters: boolean;
  textOf: (statementId: string) => string;
}

/** Common ground or divisive statements, each with how much every group agrees. */
export function StatementRankList({ title, intro, empty, items, allVoters, textOf }: StatementRankListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  function agreement(group: GroupAgreement): string {
    const name = allVoters
      ? t('statements.results.everyone')
      : t('statements.results.groupName', { letter: groupLetter(group.groupId) });
    return t('statements.results.groupAgreeShort', { name, percent: percent(group.agreeRatio) });
  }
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} id={headingId}>
        {title}
      </Title>
      <Text size="sm">{intro}</Text>
      {items.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <List spacing="xs">
          {items.map((item) => (
            <List.Item key={item.statementId}>
              <Text style={{ overflowWrap: 'anywhere' }}>{textOf(item.statementId)}</Text>
              <Text size="sm" c="dimmed">
                {item.groups.map(agreement).join(' · ')}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
