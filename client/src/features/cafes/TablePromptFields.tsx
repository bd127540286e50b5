import type { Statement } from '@leernetwerk/shared';
import { Button, Fieldset, Group, Radio, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TableDraft } from './tableDrafts';

interface TablePromptFieldsProps {
  draft: TableDraft;
  index: number;
  statements: Statement[];
  canRemove: boolean;
  /** Shown at the statement or question field, which carries the name `tables.<index>`. */
  error?: string;
  onChange: (draft: TableDraft) => void;
  onRemove: () => void;
}

/** What one table talks about: a statement of the chosen discussion, or a question of its own. */
export function TablePromptFields({
  draft,
  index,
  statements,
  canRemove,
  error,
  onChange,
  onRemove,
}: TablePromptFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const kind = statements.length === 0 ? 'question' : draft.kind;
  return (
    <Fieldset legend={t('cafes.create.tableLegend', { number })} variant="filled">
      {statements.length > 0 && (
        <Radio.Group
          label={t('cafes.create.promptKind', { number })}
          value={kind}
          onChange={(value) => onChange({ ...draft, kind: value === 'statement' ? 'statement' : 'question' })}
          mb="sm"
        >
          <Group gap="lg" mt="xs">
            <Radio value="statement" label={t('cafes.create.kindStatement')} />
            <Radio value="question" label={t('cafes.create.kindQuestion')} />
          </Group>
        </Radio.Group>
      )}
      {kind === 'statement' ? (
        <Select
          name={`tables.${index}`}
          error={error}
          label={t('cafes.create.statement', { number })}
          placeholder={t('cafes.create.pickStatement')}
          data={statements.map((statement) => ({ value: statement.id, label: statement.text }))}
          value={draft.statementId}
          onChange={(statementId) => onChange({ ...draft, statementId })}
          searchable
          required
        />
      ) : (
        <Textarea
          name={`tables.${index}`}
          error={error}
          label={t('cafes.create.question', { number })}
          value={draft.text}
          maxLength={500}
          autosize
          minRows={1}
          onChange={(event) => onChange({ ...draft, text: event.currentTarget.value })}
          required
        />
      )}
      {canRemove && (
        <Button variant="subtle" color="red.9" size="compact-sm" mt="xs" onClick={onRemove}>
          {t('cafes.create.removeTable', { number })}
        </Button>
      )}
    </Fieldset>
  );
}
