import type { OpinionGroup } from '@leernetwerk/shared';
import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { groupLetter, percent } from './resultsFormat';
import classes from './ResultsTable.module.css';

interface OpinionGroupsTableProps {
  groups: OpinionGroup[];
  textOf: (statementId: string) => string;
}

/**
 * The chart's content for everyone who does not read charts: who is in each group and what sets it
 * apart. On a phone the number of people moves under the group's name, so the statements keep their
 * width and whole words.
 */
export function OpinionGroupsTable({ groups, textOf }: OpinionGroupsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table withTableBorder verticalSpacing="sm" horizontalSpacing="xs" className={classes.table}>
        <Table.Caption>{t('statements.results.groupsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('statements.results.group')}</Table.Th>
            <Table.Th scope="col" ta="right" className={classes.wideOnly}>
              {t('statements.results.members')}
            </Table.Th>
            <Table.Th scope="col">{t('statements.results.representative')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.id}>
              <Table.Th scope="row" className={classes.number}>
                {t('statements.results.groupName', { letter: groupLetter(group.id) })}
                <Text span size="sm" fw={400} className={classes.phoneOnly}>
                  {t('statements.results.membersLine', { count: group.members.length })}
                </Text>
              </Table.Th>
              <Table.Td ta="right" className={`${classes.number} ${classes.wideOnly}`}>
                {group.members.length}
              </Table.Td>
              <Table.Td>
                {group.representative.length === 0 ? (
                  <Text size="sm">—</Text>
                ) : (
                  <List size="sm" spacing={4} className={classes.statement}>
                    {group.representative.map((item) => (
                      <List.Item key={item.statementId}>
                        {textOf(item.statementId)}{' '}
                        <Text span size="sm" c="dimmed">
                          {t('statements.results.groupAgree', {
                            group: percent(item.groupAgreeRatio),
                            others: percent(item.othersAgreeRatio),
                          })}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
