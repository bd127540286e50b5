import {
  BOTTLENECK_LIMITS,
  bottleneckScopeSchema,
  compassPillarSchema,
  reportBottleneckRequestSchema,
  type Bottleneck,
  type BottleneckSource,
} from '@leernetwerk/shared';
import { Alert, Group, NativeSelect, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api/ApiError';
import { errorMessage } from '../../lib/api/errorMessage';
import { useTechnologies } from '../../lib/api/useTechnologies';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { hasUnplacedFindings } from '../privacy/personalDataRefusal';
import { privacyFieldErrors } from '../privacy/privacyFieldErrors';
import { usePersonalDataGuard } from '../privacy/usePersonalDataGuard';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { ReportSourceNote } from './ReportSourceNote';
import { useReportBottleneck } from './useBottleneckMutations';
import { SubmitButton } from '../../ui/SubmitButton';

interface ReportBottleneckFormProps {
  /** Where the bottleneck was noticed; a meeting page passes its own. */
  source: BottleneckSource;
  /** The meeting's or café's title, shown with the source when known. */
  sourceTitle?: string;
  onReported: (bottleneck: Bottleneck) => void;
}

type Field = 'title' | 'description' | 'scope';
const FIELDS: readonly Field[] = ['title', 'description', 'scope'];
// The request fields this form shows; a finding in the café excerpt is told in the alert below.
const FORM_TEXTS = ['title', 'description'] as const;

/** Reports a bottleneck with technology, pillar and scope; a tablecloth excerpt starts the description. */
export function ReportBottleneckForm({ source, sourceTitle, onReported }: ReportBottleneckFormProps) {
  const { t, i18n } = useTranslation();
  const technologies = useTechnologies();
  const report = useReportBottleneck();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState(source.kind === 'cafe' ? source.excerpt : '');
  const [technologyId, setTechnologyId] = useState('');
  const [pillar, setPillar] = useState('');
  const [scope, setScope] = useState('');
  const { formRef, errors, show, clear } = useFieldErrors();
  const guard = usePersonalDataGuard(report.error);
  const messages: Record<Field, string> = {
    title: t('bottlenecks.form.titleInvalid'),
    description: t('bottlenecks.form.descriptionInvalid'),
    scope: t('bottlenecks.form.scopeInvalid'),
  };

  function errorsFor(paths: Set<unknown>): Record<string, string> {
    const found: Record<string, string> = {};
    for (const field of FIELDS) if (paths.has(field)) found[field] = messages[field];
    return found;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = reportBottleneckRequestSchema.safeParse({
      title,
      description,
      technologyId: technologyId || null,
      pillar: pillar || null,
      scope,
      source,
      ...guard.confirmation,
    });
    if (!parsed.success) return show(errorsFor(new Set(parsed.error.issues.map((issue) => issue.path[0]))));
    show({});
    report.submit(parsed.data, {
      onSuccess: onReported,
      onError: (error) => {
        if (!isApiError(error)) return;
        show({
          ...errorsFor(new Set(error.fieldIssues().map(({ path }) => path.split('.')[0]))),
          ...privacyFieldErrors(t, i18n.language, error, FORM_TEXTS),
        });
      },
    });
  }

  // Refusals of fields the form shows sit at those fields; anything else is told above the button.
  const placed = isApiError(report.error) && report.error.fieldIssues().length > 0;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="sm" maw={720}>
        <ReportSourceNote source={source} title={sourceTitle} />
        <TextInput
          name="title"
          label={t('bottlenecks.form.title')}
          description={t('bottlenecks.form.titleHint')}
          value={title}
          maxLength={BOTTLENECK_LIMITS.titleMax}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            clear('title');
          }}
          error={errors.title}
          errorProps={{ role: 'alert' }}
          required
        />
        <Textarea
          name="description"
          label={t('bottlenecks.form.description')}
          description={t('bottlenecks.form.descriptionHint')}
          value={description}
          maxLength={BOTTLENECK_LIMITS.descriptionMax}
          autosize
          minRows={4}
          onChange={(event) => {
            setDescription(event.currentTarget.value);
            clear('description');
          }}
          error={errors.description}
          errorProps={{ role: 'alert' }}
          required
        />
        <NativeSelect
          label={t('bottlenecks.form.technology')}
          value={technologyId}
          onChange={(event) => setTechnologyId(event.currentTarget.value)}
          data={[
            { value: '', label: t('bottlenecks.form.technologyNone') },
            ...(technologies.data ?? []).map(({ id, name }) => ({ value: id, label: name })),
          ]}
        />
        <NativeSelect
          label={t('bottlenecks.form.pillar')}
          value={pillar}
          onChange={(event) => setPillar(event.currentTarget.value)}
          data={[
            { value: '', label: t('bottlenecks.form.pillarNone') },
            ...compassPillarSchema.options.map((value) => ({ value, label: t(`intervision.pillars.${value}`) })),
          ]}
        />
        <Radio.Group
          name="scope"
          label={t('bottlenecks.form.scope')}
          value={scope}
          onChange={(value) => {
            setScope(value);
            clear('scope');
          }}
          error={errors.scope}
          errorProps={{ role: 'alert' }}
          required
        >
          <Stack gap="xs" mt={4}>
            {bottleneckScopeSchema.options.map((value) => (
              <Radio key={value} value={value} label={t(`bottlenecks.scope.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
        {report.error !== null && (guard.refusal ? hasUnplacedFindings(guard.refusal, FORM_TEXTS) : !placed) && (
          <Alert color="red" role="alert">
            {errorMessage(t, report.error)}
          </Alert>
        )}
        <Group>
          <SubmitButton pending={report.pending}>{t('bottlenecks.form.submit')}</SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
