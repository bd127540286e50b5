import { HARVEST_COMMENT_MAX_LENGTH, type Cafe, type HarvestFeedbackRequest } from '@leernetwerk/shared';
import { Alert, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { newIdempotencyKey } from '../../lib/api/idempotencyKey';
import { cafesApi } from './cafesApi';
import { useCafeChange } from './useCafeChange';

type Verdict = HarvestFeedbackRequest['verdict'];

/** A participant approves the harvest or comments on it while it is up for review. */
export function HarvestFeedbackForm({ cafe, meId }: { cafe: Cafe; meId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const mine = cafe.harvest.feedback.find((item) => item.userId === meId);
  const [verdict, setVerdict] = useState<Verdict>(mine?.verdict ?? 'approve');
  const [comment, setComment] = useState(mine?.comment ?? '');
  // Feedback replaces the person's own, so a repeat is harmless; each submit still carries a key.
  const send = useCafeChange(cafe.id, (body: HarvestFeedbackRequest) =>
    cafesApi.feedback(cafe.id, body, newIdempotencyKey()),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = comment.trim();
    send.mutate(verdict === 'comment' && text ? { verdict, comment: text } : { verdict });
  }

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('cafes.harvest.reviewHeading')}
          </Title>
          <Text>{t('cafes.harvest.reviewIntro')}</Text>
          <Radio.Group value={verdict} onChange={(value) => setVerdict(value === 'comment' ? 'comment' : 'approve')}>
            <Group gap="lg">
              <Radio value="approve" label={t('cafes.harvest.approve')} />
              <Radio value="comment" label={t('cafes.harvest.comment')} />
            </Group>
          </Radio.Group>
          {verdict === 'comment' && (
            <Textarea
              label={t('cafes.harvest.commentLabel')}
              value={comment}
              maxLength={HARVEST_COMMENT_MAX_LENGTH}
              autosize
              minRows={2}
              onChange={(event) => setComment(event.currentTarget.value)}
            />
          )}
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t('cafes.harvest.sendFeedback')}
            </Button>
          </Group>
          <div role="status">
            {mine &&
              t('cafes.harvest.yourFeedback', {
                verdict: t(mine.verdict === 'approve' ? 'cafes.harvest.approved' : 'cafes.harvest.commented'),
              })}
          </div>
          {send.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, send.error)}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
