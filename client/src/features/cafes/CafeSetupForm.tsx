import { CAFE_LIMITS, createCafeRequestSchema, type CreateCafeRequest } from '@leernetwerk/shared';
import { Alert, Button, Group, NumberInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useConversations } from '../statements/useConversations';
import { newTableDraft, toTableSetup, type TableDraft } from './tableDrafts';
import { TablePromptFields } from './TablePromptFields';
import { useConversationStatements } from './useConversationStatements';

const asNumber = (value: string | number, fallback: number) => (typeof value === 'number' ? value : fallback);

/** A café's setup as the form holds it. */
export interface CafeSetupValues {
  title: string;
  centralQuestion: string;
  conversationId: string | null;
  tables: TableDraft[];
  rounds: number;
  minutesPerRound: number;
  tableSize: number;
}

export const NEW_CAFE_SETUP = (): CafeSetupValues => ({
  title: '',
  centralQuestion: '',
  conversationId: null,
  tables: [newTableDraft(), newTableDraft()],
  rounds: 3,
  minutesPerRound: 20,
  tableSize: 5,
});

interface CafeSetupFormProps {
  initial: CafeSetupValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (setup: CreateCafeRequest) => void;
  onCancel?: () => void;
}

/** The fields of a café's setup, checked with the shared schema; used to set a café up and to edit a draft. */
export function CafeSetupForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: CafeSetupFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [centralQuestion, setCentralQuestion] = useState(initial.centralQuestion);
  const [conversationId, setConversationId] = useState(initial.conversationId);
  const [tables, setTables] = useState(initial.tables);
  const [rounds, setRounds] = useState(initial.rounds);
  const [minutesPerRound, setMinutesPerRound] = useState(initial.minutesPerRound);
  const [tableSize, setTableSize] = useState(initial.tableSize);
  const [problem, setProblem] = useState<string | null>(null);
  const conversations = useConversations();
  const statements = useConversationStatements(conversationId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const setups = tables.map((draft) => toTableSetup(statements.length > 0 ? draft : { ...draft, kind: 'question' }));
    const parsed = createCafeRequestSchema.safeParse({
      title,
      centralQuestion,
      conversationId,
      tables: setups,
      rounds,
      minutesPerRound,
      tableSize,
    });
    if (!parsed.success) {
      const titleWrong = parsed.error.issues.some((issue) => issue.path[0] === 'title');
      return setProblem(t(titleWrong ? 'cafes.create.titleInvalid' : 'cafes.create.questionInvalid'));
    }
    setProblem(null);
    onSubmit(parsed.data);
  }

  const update = (index: number, draft: TableDraft) => setTables(tables.map((d, i) => (i === index ? draft : d)));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={640}>
        {(problem ?? Boolean(error)) && (
          <Alert color="red" role="alert">
            {problem ?? errorMessage(t, error)}
          </Alert>
        )}
        <TextInput
          label={t('cafes.create.title')}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
        />
        <Textarea
          label={t('cafes.create.centralQuestion')}
          description={t('cafes.create.centralQuestionHint')}
          value={centralQuestion}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(event) => setCentralQuestion(event.currentTarget.value)}
        />
        <Select
          label={t('cafes.create.conversation')}
          description={t('cafes.create.conversationHint')}
          placeholder={t('cafes.create.noConversation')}
          data={(conversations.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={conversationId}
          onChange={setConversationId}
          clearable
        />
        <Title order={3} size="h4" mt="sm">
          {t('cafes.create.tablesHeading')}
        </Title>
        {tables.map((draft, index) => (
          <TablePromptFields
            key={draft.key}
            draft={draft}
            index={index}
            statements={statements}
            canRemove={tables.length > 1}
            onChange={(next) => update(index, next)}
            onRemove={() => setTables(tables.filter((_, i) => i !== index))}
          />
        ))}
        <Group>
          <Button
            variant="default"
            disabled={tables.length >= CAFE_LIMITS.maxTables}
            onClick={() => setTables([...tables, newTableDraft()])}
          >
            {t('cafes.create.addTable')}
          </Button>
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('cafes.create.rounds')}
            value={rounds}
            min={1}
            max={CAFE_LIMITS.maxRounds}
            onChange={(value) => setRounds(asNumber(value, rounds))}
          />
          <NumberInput
            label={t('cafes.create.minutesPerRound')}
            value={minutesPerRound}
            min={1}
            max={CAFE_LIMITS.maxMinutesPerRound}
            onChange={(value) => setMinutesPerRound(asNumber(value, minutesPerRound))}
          />
          <NumberInput
            label={t('cafes.create.tableSize')}
            value={tableSize}
            min={CAFE_LIMITS.minTableSize}
            max={CAFE_LIMITS.maxTableSize}
            onChange={(value) => setTableSize(asNumber(value, tableSize))}
          />
        </Group>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={pending}>
              {t('cafes.draft.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
