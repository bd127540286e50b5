import type { OpinionShift } from '@leernetwerk/shared';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percentage } from './TallyBar';
import { percent } from './resultsFormat';
import classes from './ResultsTable.module.css';

interface OpinionShiftTableProps {
  shift: OpinionShift[];
  textOf: (statementId: string) => string;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/**
 * How views moved between the vote before and the vote after the conversation. On a phone the
 * difference and the changed votes move under the statement, so the statements keep their width
 * and whole words, like the tallies table.
 */
export function OpinionShiftTable({ shift, textOf }: OpinionShiftTableProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const withAfter = shift.filter((item) => item.after.total > 0);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} id={headingId}>
        {t('statements.results.shiftHeading')}
      </Title>
      <Text size="sm">{t('statements.results.shiftIntro')}</Text>
      {withAfter.length === 0 ? (
        <Text c="dimmed">{t('statements.results.shiftNone')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={300}>
          <Table
            withTableBorder
            striped
            verticalSpacing="sm"
            horizontalSpacing="xs"
            className={classes.table}
            aria-labelledby={headingId}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statements.results.statement')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('statements.results.agreeBefore')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('statements.results.agreeAfter')}
                </Table.Th>
                <Table.Th scope="col" ta="right" className={classes.wideOnly}>
                  {t('statements.results.change')}
                </Table.Th>
                <Table.Th scope="col" ta="right" className={classes.wideOnly}>
                  {t('statements.results.changedVotes')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {withAfter.map((item) => {
                const change = signed(percent(item.agreeRatioChange));
                return (
                  <Table.Tr key={item.statementId}>
                    <Table.Th scope="row" fw={400}>
                      <Text className={classes.statement}>{textOf(item.statementId)}</Text>
                      <Text size="sm" c="dimmed" className={classes.phoneOnly}>
                        {t('statements.results.shiftLine', { change, count: item.changedVotes })}
                      </Text>
                    </Table.Th>
                    <Table.Td ta="right" className={classes.number}>
                      {percentage(item.before.agree, item.before.total)}%
                    </Table.Td>
                    <Table.Td ta="right" className={classes.number}>
                      {percentage(item.after.agree, item.after.total)}%
                    </Table.Td>
                    <Table.Td ta="right" className={`${classes.number} ${classes.wideOnly}`}>
                      {change}
                    </Table.Td>
                    <Table.Td ta="right" className={`${classes.number} ${classes.wideOnly}`}>
                      {item.changedVotes}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
