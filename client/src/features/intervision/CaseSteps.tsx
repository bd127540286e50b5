import { CASE_STEPS, type CaseStep, type Thread } from '@leernetwerk/shared';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PostForm } from './PostForm';
import { PostItem } from './PostItem';

function StepSection({ thread, step, number }: { thread: Thread; step: CaseStep; number: number }) {
  const { t } = useTranslation();
  const headingId = `case-step-${step}`;
  const name = t(`intervision.steps.${step}`);
  const posts = thread.posts.filter((post) => post.step === step);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {number}. {name}
        </Title>
        {step === 'case' && <Text style={{ whiteSpace: 'pre-wrap' }}>{thread.body}</Text>}
        {posts.length === 0 && step !== 'case' ? (
          <Text c="dimmed">{t('intervision.steps.empty')}</Text>
        ) : (
          <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {posts.map((post) => (
              <li key={post.id}>
                <PostItem post={post} technologyId={thread.technologyId} />
              </li>
            ))}
          </Stack>
        )}
        <PostForm
          threadId={thread.id}
          step={step}
          label={t('intervision.steps.add', { step: name })}
          submitLabel={t('intervision.steps.submit')}
        />
      </Stack>
    </Paper>
  );
}

/** A case in its five intervision steps, each with its contributions and a form to add one. */
export function CaseSteps({ thread }: { thread: Thread }) {
  return (
    <Stack gap="md">
      {CASE_STEPS.map((step, index) => (
        <StepSection key={step} thread={thread} step={step} number={index + 1} />
      ))}
    </Stack>
  );
}
