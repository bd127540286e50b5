import { CAFE_LIMITS, createCafeRequestSchema, type CreateCafeRequest } from '@leernetwerk/shared';
import { Alert, Button, Checkbox, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { pathParts } from '../../lib/forms/pathParts';
import { firstPerField, useFieldErrors } from '../../lib/forms/useFieldErrors';
import { RangeInput, type RangeValue } from '../../ui/RangeInput';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useRefusalAtFields } from '../privacy/useRefusalAtFields';
import { useConversations } from '../statements/useConversations';
import { newTableDraft, toTableSetup, type TableDraft } from './tableDrafts';
import { TablePromptFields } from './TablePromptFields';
import { useConversationStatements } from './useConversationStatements';

/** The number fields and their ranges, as the shared schema checks them. */
const RANGES = {
  rounds: [1, CAFE_LIMITS.maxRounds],
  minutesPerRound: [1, CAFE_LIMITS.maxMinutesPerRound],
  tableSize: [CAFE_LIMITS.minTableSize, CAFE_LIMITS.maxTableSize],
} as const;

/** An empty field is no number: the schema refuses it with the range, like one out of range. */
const toNumber = (value: RangeValue): number => (typeof value === 'number' ? value : Number.NaN);

/** `tables.3.prompt.text` is about table 3; other paths name their field directly. */
function fieldOfPath(path: readonly PropertyKey[]): string {
  return path[0] === 'tables' && typeof path[1] === 'number' ? `tables.${path[1]}` : String(path[0]);
}

/** The same for the server's paths, which come as text (`tables.3.prompt.text`). */
const fieldOfRequestPath = (path: string): string => fieldOfPath(pathParts(path));

/** A café's setup as the form holds it. */
export interface CafeSetupValues {
  title: string;
  centralQuestion: string;
  conversationId: string | null;
  tables: TableDraft[];
  rounds: number;
  minutesPerRound: number;
  tableSize: number;
  autoAdvance: boolean;
}

export const NEW_CAFE_SETUP = (): CafeSetupValues => ({
  title: '',
  centralQuestion: '',
  conversationId: null,
  tables: [newTableDraft(), newTableDraft()],
  rounds: 3,
  minutesPerRound: 20,
  tableSize: 5,
  autoAdvance: false,
});

interface CafeSetupFormProps {
  initial: CafeSetupValues;
  submitLabel: string;
  pending: boolean;
  /**
   * The last attempt's error: a VALIDATION_FAILED or a privacy refusal is shown at its fields,
   * anything else above the buttons.
   */
  error: unknown;
  onSubmit: (setup: CreateCafeRequest) => void;
  onCancel?: () => void;
}

/**
 * The fields of a café's setup, checked with the shared schema; used to set a café up and to edit a
 * draft. Errors appear at their field and the first one gets focus; a number out of range is refused
 * with the range, never changed behind the person's back. Client data in a text is refused at its
 * field; a work number there can be confirmed, and that confirmation goes with the next save.
 */
export function CafeSetupForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: CafeSetupFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [centralQuestion, setCentralQuestion] = useState(initial.centralQuestion);
  const [conversationId, setConversationId] = useState(initial.conversationId);
  const [tables, setTables] = useState(initial.tables);
  const [rounds, setRounds] = useState<RangeValue>(initial.rounds);
  const [minutesPerRound, setMinutesPerRound] = useState<RangeValue>(initial.minutesPerRound);
  const [tableSize, setTableSize] = useState<RangeValue>(initial.tableSize);
  const [autoAdvance, setAutoAdvance] = useState(initial.autoAdvance);
  const { formRef, errors, show, clear } = useFieldErrors();
  const conversations = useConversations();
  const statements = useConversationStatements(conversationId);

  function message(field: string): string {
    if (field === 'title') return t('cafes.create.titleInvalid');
    if (field.startsWith('tables')) return t('cafes.create.questionInvalid');
    const range = RANGES[field as keyof typeof RANGES] as readonly [number, number] | undefined;
    return range ? t('validation.numberRange', { min: range[0], max: range[1] }) : t('validation.generic');
  }

  // The server's own checks, when they refuse what the form let through, land at the same fields.
  const guard = useRefusalAtFields(error, { show, fieldOf: fieldOfRequestPath, message });

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
      ...guard.confirmation,
    });
    if (!parsed.success) {
      return show(
        firstPerField(
          parsed.error.issues,
          (issue) => fieldOfPath(issue.path),
          (_issue, field) => message(field),
        ),
      );
    }
    show({});
    onSubmit(parsed.data);
  }

  const update = (index: number, draft: TableDraft) => setTables(tables.map((d, i) => (i === index ? draft : d)));

  return (
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
          name="centralQuestion"
          label={t('cafes.create.centralQuestion')}
          description={t('cafes.create.centralQuestionHint')}
          value={centralQuestion}
          maxLength={1000}
          autosize
          minRows={2}
          error={errors.centralQuestion}
          onChange={(event) => {
            setCentralQuestion(event.currentTarget.value);
            clear('centralQuestion');
          }}
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
        <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
        {guard.elsewhere && (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        )}
        <Group>
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
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
