import { createActionRequestSchema, MEETING_LIMITS, type Meeting } from '@leernetwerk/shared';
import { Alert, Button, Group, NativeSelect, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useAddAction } from './useActions';
import { useBottleneckOptions } from './useMeetingBottlenecks';
import { ownerGroups } from './actionOwners';
import { useMeetingPeople } from './useMeetingPeople';

/** For managers: name an action with an owner, an optional due date and bottleneck. */
export function ActionForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const headingId = useId();
  const people = useMeetingPeople(meeting.id, meeting.attendees.length);
  const owners = ownerGroups(meeting, people.data ?? [], {
    present: t('meetings.actions.ownersPresent'),
    others: t('meetings.actions.ownersOthers'),
  });
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(meeting.facilitator.id);
  const [dueDate, setDueDate] = useState('');
  const [bottleneckId, setBottleneckId] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<'text' | 'dueDate' | null>(null);
  const bottlenecks = useBottleneckOptions(true);
  const add = useAddAction(meeting.id);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { text, ownerId, dueDate: dueDate || null, bottleneckId };
    const parsed = createActionRequestSchema.safeParse(body);
    if (!parsed.success) {
      return setInvalid(parsed.error.issues.some((issue) => issue.path[0] === 'text') ? 'text' : 'dueDate');
    }
    setInvalid(null);
    add.mutate(body, {
      onSuccess: () => {
        setText('');
        setDueDate('');
        setBottleneckId(null);
      },
    });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} size="h4" id={headingId}>
        {t('meetings.actions.addHeading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          {add.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, add.error)}
            </Alert>
          )}
          <Textarea
            label={t('meetings.actions.text')}
            value={text}
            maxLength={MEETING_LIMITS.actionTextMax}
            error={invalid === 'text' ? t('meetings.actions.textInvalid') : undefined}
            autosize
            minRows={2}
            onChange={(event) => setText(event.currentTarget.value)}
            required
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('meetings.actions.ownerLabel')}
              description={t('meetings.actions.ownerHint')}
              data={owners}
              value={ownerId}
              onChange={(event) => setOwnerId(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('meetings.actions.dueDate')}
              value={dueDate}
              error={invalid === 'dueDate' ? t('meetings.actions.dueDateInvalid') : undefined}
              onChange={(event) => setDueDate(event.currentTarget.value)}
            />
          </Group>
          <Select
            label={t('meetings.actions.bottleneckLabel')}
            placeholder={t('meetings.actions.noBottleneck')}
            data={(bottlenecks.data ?? []).map((b) => ({ value: b.id, label: b.title }))}
            value={bottleneckId}
            onChange={setBottleneckId}
            searchable
            clearable
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('meetings.actions.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
