import type { StatementTally } from '@leernetwerk/shared';
import { Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { percentage } from './TallyBar';
import { VOTE_COLOUR, VOTE_VALUES } from './VoteButtons';
import classes from './ResultsTable.module.css';

interface TalliesTableProps {
  tallies: StatementTally[];
  textOf: (statementId: string) => string;
}

/**
 * Votes per statement: counts and percentages in a table, with a bar as decoration. The numbers
 * take two short lines, and on a phone the total moves under the statement, so the statements keep
 * their width and whole words.
 */
export function TalliesTable({ tallies, textOf }: TalliesTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table striped withTableBorder verticalSpacing="sm" horizontalSpacing="xs" className={classes.table}>
        <Table.Caption>{t('statements.results.talliesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statements.results.statement')}</Table.Th>
            {VOTE_VALUES.map((value) => (
              <Table.Th scope="col" key={value} ta="right">
                {t(`statements.vote.${value}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right" className={classes.wideOnly}>
              {t('statements.results.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tallies.map((tally) => (
            <Table.Tr key={tally.statementId}>
              <Table.Th scope="row" fw={400}>
                <Stack gap={6}>
                  <Text className={classes.statement}>{textOf(tally.statementId)}</Text>
                  <Text size="sm" className={classes.phoneOnly}>
                    {t('statements.results.totalLine', { count: tally.total })}
                  </Text>
                  {tally.total > 0 && (
                    <Progress.Root size={10} aria-hidden maw={320}>
                      {VOTE_VALUES.map((value) => (
                        <Progress.Section
                          key={value}
                          value={(tally[value] / tally.total) * 100}
                          color={VOTE_COLOUR[value]}
                        />
                      ))}
                    </Progress.Root>
                  )}
                </Stack>
              </Table.Th>
              {VOTE_VALUES.map((value) => (
                <Table.Td key={value} ta="right" className={classes.number}>
                  {tally[value]}{' '}
                  <Text span size="xs" display="block">
                    ({percentage(tally[value], tally.total)}%)
                  </Text>
                </Table.Td>
              ))}
              <Table.Td ta="right" className={`${classes.number} ${classes.wideOnly}`}>
                {tally.total}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
