import {
  compassPillarSchema,
  createThreadRequestSchema,
  INTERVISION_LIMITS,
  type CompassPillar,
  type ThreadKind,
} from '@leernetwerk/shared';
import { Alert, Checkbox, Group, Radio, Select, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import { firstPerField, useFieldErrors } from '../../lib/forms/useFieldErrors';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { personalDataRefusal } from '../privacy/personalDataRefusal';
import { PrivacyWarning } from './PrivacyWarning';
import { privacyRiskFindings } from './privacyRisk';
import { THREAD_KINDS } from './threadKinds';
import { useCreateThread } from './useCreateThread';
import { checkPrivacy, usePrivacyFindings } from './usePrivacyFindings';
import { SubmitButton } from '../../ui/SubmitButton';

interface NewThreadFormProps {
  technologyId: string;
  hasAmbassadors: boolean;
}

/** Starts a question, case, tip, lesson or mistake; warns while typing when a client seems recognisable. */
export function NewThreadForm({ technologyId, hasAmbassadors }: NewThreadFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [kind, setKind] = useState<ThreadKind>('question');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [pillar, setPillar] = useState<CompassPillar | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [askAmbassadors, setAskAmbassadors] = useState(false);
  const { formRef, errors, show, clear } = useFieldErrors();
  const typed = usePrivacyFindings({ title, body });
  const [checked, setChecked] = useState<ReturnType<typeof checkPrivacy> | null>(null);
  const create = useCreateThread(technologyId);
  const navigate = useNavigate();
  const findings = checked ?? typed;
  const serverFindings = privacyRiskFindings(create.error);
  const [confirmed, setConfirmed] = useState(false);
  const confirmation = confirmed ? { confirmPersonalData: true } : {};

  function edited(field: 'title' | 'body') {
    clear(field);
    setChecked(null);
    if (create.error !== null || create.succeeded) create.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const now = checkPrivacy({ title, body });
    setChecked(now);
    if (now.length > 0) return;
    const request = {
      kind,
      title,
      body,
      pillar,
      tags,
      askAmbassadors: kind === 'question' && askAmbassadors,
      ...confirmation,
    };
    const parsed = createThreadRequestSchema.safeParse(request);
    if (!parsed.success) return show(firstPerField(parsed.error.issues, (issue) => String(issue.path[0]), message));
    show({});
    create.submit(parsed.data, { onSuccess: (thread) => void navigate(`/intervisie/draad/${thread.id}`) });
  }

  function message(_issue: unknown, field: string): string {
    if (field === 'title') return t('intervision.form.titleInvalid');
    if (field === 'body') return t('intervision.form.bodyInvalid');
    return t('validation.generic');
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" maw={720}>
      <Title order={2} id={headingId}>
        {t('intervision.form.heading')}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Radio.Group
            label={t('intervision.form.kind')}
            value={kind}
            onChange={(value) => setKind(value as ThreadKind)}
          >
            <Group gap="md" mt={4}>
              {THREAD_KINDS.map((value) => (
                <Radio key={value} value={value} label={t(`intervision.kinds.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            name="title"
            label={t('intervision.form.title')}
            value={title}
            maxLength={INTERVISION_LIMITS.titleMax}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              edited('title');
            }}
            error={errors.title}
            errorProps={{ role: 'alert' }}
            required
          />
          <Textarea
            name="body"
            label={t('intervision.form.body')}
            description={t('intervision.form.bodyHint')}
            value={body}
            maxLength={INTERVISION_LIMITS.bodyMax}
            autosize
            minRows={4}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              edited('body');
            }}
            error={errors.body}
            errorProps={{ role: 'alert' }}
            required
          />
          <PrivacyWarning findings={findings} />
          <PrivacyWarning findings={serverFindings} fromServer />
          <Select
            label={t('intervision.form.pillar')}
            description={t('intervision.form.pillarHint')}
            placeholder={t('intervision.form.pillarNone')}
            data={compassPillarSchema.options.map((value) => ({ value, label: t(`intervision.pillars.${value}`) }))}
            value={pillar}
            onChange={(value) => setPillar(value as CompassPillar | null)}
            clearable
          />
          <TagsInput
            label={t('intervision.form.tags')}
            description={t('intervision.form.tagsHint')}
            value={tags}
            onChange={(value) => setTags(value.map((tag) => tag.trim().toLowerCase()).filter(Boolean))}
            maxTags={INTERVISION_LIMITS.tagsMax}
          />
          {kind === 'question' && hasAmbassadors && (
            <Checkbox
              label={t('intervision.form.askAmbassadors')}
              description={t('intervision.form.askAmbassadorsHint')}
              checked={askAmbassadors}
              onChange={(event) => setAskAmbassadors(event.currentTarget.checked)}
            />
          )}
          <ConfirmWorkContact refusal={personalDataRefusal(create.error)} checked={confirmed} onChange={setConfirmed} />
          {create.error !== null && serverFindings.length === 0 && (
            <Alert color="red" role="alert">
              {errorMessage(t, create.error)}
            </Alert>
          )}
          <Group>
            <SubmitButton pending={create.pending} disabled={findings.length > 0}>
              {t('intervision.form.submit')}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
