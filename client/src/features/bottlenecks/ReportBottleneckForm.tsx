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
import { fieldPrivacyMessage } from '../privacy/describeFindings';
import { findingsIn, hasUnplacedFindings, personalDataRefusal } from '../privacy/personalDataRefusal';
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
type FieldErrors = Partial<Record<Field, string>>;
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmed, setConfirmed] = useState(false);
  const refusal = personalDataRefusal(report.error);
  const privacyMessage = (field: Field) => fieldPrivacyMessage(t, i18n.language, findingsIn(refusal, field));
  const messages: Record<Field, string> = {
    title: t('bottlenecks.form.titleInvalid'),
    description: t('bottlenecks.form.descriptionInvalid'),
    scope: t('bottlenecks.form.scopeInvalid'),
  };

  function errorsFor(paths: Set<unknown>): FieldErrors {
    const found: FieldErrors = {};
    for (const field of ['title', 'description', 'scope'] as const)
      if (paths.has(field)) found[field] = messages[field];
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
      ...(confirmed ? { confirmPersonalData: true } : {}),
    });
    if (!parsed.success) return setErrors(errorsFor(new Set(parsed.error.issues.map((issue) => issue.path[0]))));
    setErrors({});
    report.submit(parsed.data, {
      onSuccess: onReported,
      onError: (error) => {
        if (isApiError(error)) setErrors(errorsFor(new Set(error.fieldIssues().map(({ path }) => path.split('.')[0]))));
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={720}>
        <ReportSourceNote source={source} title={sourceTitle} />
        <TextInput
          label={t('bottlenecks.form.title')}
          description={t('bottlenecks.form.titleHint')}
          value={title}
          maxLength={BOTTLENECK_LIMITS.titleMax}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title ?? privacyMessage('title')}
          errorProps={{ role: 'alert' }}
          required
        />
        <Textarea
          label={t('bottlenecks.form.description')}
          description={t('bottlenecks.form.descriptionHint')}
          value={description}
          maxLength={BOTTLENECK_LIMITS.descriptionMax}
          autosize
          minRows={4}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.description ?? privacyMessage('description')}
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
          label={t('bottlenecks.form.scope')}
          value={scope}
          onChange={setScope}
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
        <ConfirmWorkContact refusal={refusal} checked={confirmed} onChange={setConfirmed} />
        {report.error !== null && (!refusal || hasUnplacedFindings(refusal, FORM_TEXTS)) && (
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
