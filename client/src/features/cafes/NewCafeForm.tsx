import { CAFE_LIMITS, createCafeRequestSchema } from '@leernetwerk/shared';
import { Alert, Button, Checkbox, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api/ApiError';
import { errorMessage } from '../../lib/api/errorMessage';
import { firstPerField, useFieldErrors } from '../../lib/forms/useFieldErrors';
import { SubmitButton } from '../../ui/SubmitButton';
import { RangeInput, type RangeValue } from '../../ui/RangeInput';
import { useConversations } from '../statements/useConversations';
import { newTableDraft, toTableSetup, type TableDraft } from './tableDrafts';
import { TablePromptFields } from './TablePromptFields';
import { useConversationStatements } from './useConversationStatements';
import { useCreateCafe } from './useCreateCafe';

/** The fields in the order the form shows them; a table's question is `tables.<index>`. */
const RANGES = {
  rounds: [1, CAFE_LIMITS.maxRounds],
  minutesPerRound: [1, CAFE_LIMITS.maxMinutesPerRound],
  tableSize: [CAFE_LIMITS.minTableSize, CAFE_LIMITS.maxTableSize],
} as const;

const asIndex = (part: string): string | number => (/^\d+$/.test(part) ? Number(part) : part);

/** An empty field is no number: the schema refuses it with the range, like one out of range. */
const toNumber = (value: RangeValue): number => (typeof value === 'number' ? value : Number.NaN);

/** `tables.3.prompt.text` is about table 3; other paths name their field directly. */
function fieldOfPath(path: readonly PropertyKey[]): string {
  return path[0] === 'tables' && typeof path[1] === 'number' ? `tables.${path[1]}` : String(path[0]);
}

/** "Nieuw wereldcafé", for facilitators; opens the new café once it is made. */
export function NewCafeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [centralQuestion, setCentralQuestion] = useState('');
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [tables, setTables] = useState<TableDraft[]>(() => [newTableDraft(), newTableDraft()]);
  const [rounds, setRounds] = useState<RangeValue>(3);
  const [minutesPerRound, setMinutesPerRound] = useState<RangeValue>(20);
  const [tableSize, setTableSize] = useState<RangeValue>(5);
  const { formRef, errors, show, clear } = useFieldErrors();
  const [autoAdvance, setAutoAdvance] = useState(false);
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
      rounds: toNumber(rounds),
      minutesPerRound: toNumber(minutesPerRound),
      tableSize: toNumber(tableSize),
      autoAdvance,
    });
    if (!parsed.success) return show(firstPerField(parsed.error.issues, (issue) => fieldOfPath(issue.path), message));
    show({});
    create.submit(parsed.data, {
      onSuccess: (cafe) => void navigate(`/wereldcafe/${cafe.id}`),
      onError: (error) => {
        if (!isApiError(error)) return;
        show(firstPerField(error.fieldIssues(), (issue) => fieldOfPath(issue.path.split('.').map(asIndex)), message));
      },
    });
  }

  function message(_issue: unknown, field: string): string {
    if (field === 'title') return t('cafes.create.titleInvalid');
    if (field.startsWith('tables')) return t('cafes.create.questionInvalid');
    const range = RANGES[field as keyof typeof RANGES] as readonly [number, number] | undefined;
    return range ? t('validation.numberRange', { min: range[0], max: range[1] }) : t('validation.generic');
  }

  const serverProblem = create.error !== null && !(isApiError(create.error) && create.error.fieldIssues().length > 0);

  const update = (index: number, draft: TableDraft) => setTables(tables.map((d, i) => (i === index ? draft : d)));

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('cafes.create.heading')}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          <TextInput
            name="title"
            label={t('cafes.create.title')}
            value={title}
            maxLength={200}
            error={errors.title}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              clear('title');
            }}
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
              error={errors[`tables.${index}`]}
              onChange={(next) => {
                update(index, next);
                clear(`tables.${index}`);
              }}
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
            <RangeInput
              name="rounds"
              label={t('cafes.create.rounds')}
              value={rounds}
              range={RANGES.rounds}
              error={errors.rounds}
              onChange={(value) => {
                setRounds(value);
                clear('rounds');
              }}
            />
            <RangeInput
              name="minutesPerRound"
              label={t('cafes.create.minutesPerRound')}
              value={minutesPerRound}
              range={RANGES.minutesPerRound}
              error={errors.minutesPerRound}
              onChange={(value) => {
                setMinutesPerRound(value);
                clear('minutesPerRound');
              }}
            />
            <RangeInput
              name="tableSize"
              label={t('cafes.create.tableSize')}
              value={tableSize}
              range={RANGES.tableSize}
              error={errors.tableSize}
              onChange={(value) => {
                setTableSize(value);
                clear('tableSize');
              }}
            />
          </Group>
          <Checkbox
            label={t('cafes.create.autoAdvance')}
            description={t('cafes.create.autoAdvanceHint')}
            checked={autoAdvance}
            onChange={(event) => setAutoAdvance(event.currentTarget.checked)}
          />
          {serverProblem && (
            <Alert color="red" role="alert">
              {errorMessage(t, create.error)}
            </Alert>
          )}
          <Group>
            <SubmitButton pending={create.pending}>{t('cafes.create.submit')}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
