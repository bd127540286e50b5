import { CAFE_LIMITS, createCafeRequestSchema } from '@leernetwerk/shared';
import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import { useConversations } from '../statements/useConversations';
import { newTableDraft, toTableSetup, type TableDraft } from './tableDrafts';
import { TablePromptFields } from './TablePromptFields';
import { useConversationStatements } from './useConversationStatements';
import { useCreateCafe } from './useCreateCafe';

const asNumber = (value: string | number, fallback: number) => (typeof value === 'number' ? value : fallback);

/** "Nieuw wereldcafé", for facilitators; opens the new café once it is made. */
export function NewCafeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [centralQuestion, setCentralQuestion] = useState('');
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [tables, setTables] = useState<TableDraft[]>(() => [newTableDraft(), newTableDraft()]);
  const [rounds, setRounds] = useState(3);
  const [minutesPerRound, setMinutesPerRound] = useState(20);
  const [tableSize, setTableSize] = useState(5);
  const [autoAdvance, setAutoAdvance] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const conversations = useConversations();
  const statements = useConversationStatements(conversationId);
  const create = useCreateCafe();

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
      autoAdvance,
    });
    if (!parsed.success) {
      const titleWrong = parsed.error.issues.some((issue) => issue.path[0] === 'title');
      return setProblem(t(titleWrong ? 'cafes.create.titleInvalid' : 'cafes.create.questionInvalid'));
    }
    setProblem(null);
    create.mutate(parsed.data, { onSuccess: (cafe) => void navigate(`/wereldcafe/${cafe.id}`) });
  }

  const update = (index: number, draft: TableDraft) => setTables(tables.map((d, i) => (i === index ? draft : d)));

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('cafes.create.heading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          {(problem ?? create.isError) && (
            <Alert color="red" role="alert">
              {problem ?? errorMessage(t, create.error)}
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
          <Checkbox
            label={t('cafes.create.autoAdvance')}
            description={t('cafes.create.autoAdvanceHint')}
            checked={autoAdvance}
            onChange={(event) => setAutoAdvance(event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('cafes.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
