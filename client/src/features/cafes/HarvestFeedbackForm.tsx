import { HARVEST_COMMENT_MAX_LENGTH, type Cafe, type HarvestFeedbackRequest } from '@leernetwerk/shared';
import { Alert, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { newIdempotencyKey } from '../../lib/api/idempotencyKey';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useRefusalAtFields } from '../privacy/useRefusalAtFields';
import { cafesApi } from './cafesApi';
import { useCafeChange } from './useCafeChange';

type Verdict = HarvestFeedbackRequest['verdict'];

/**
 * A participant approves the harvest or comments on it while it is up for review. Others read the
 * comment, so client data in it is refused at the field (and kept there to correct).
 */
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
  const { formRef, errors, show, clear, hasErrors } = useFieldErrors();
  const message = () => t('cafes.harvest.commentRequired');
  const guard = useRefusalAtFields(send.error, { show, fieldOf: () => 'comment', message });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = comment.trim();
    if (verdict === 'comment' && !text) {
      send.reset();
      return show({ comment: message() });
    }
    show({});
    const body = verdict === 'comment' ? { verdict, comment: text, ...guard.confirmation } : { verdict };
    // A confirmation is about this text; a later change is asked about again.
    send.mutate(body, { onSuccess: () => guard.setConfirmed(false) });
  }

  const failed = hasErrors || send.isError;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={headingId}>
      <form ref={formRef} onSubmit={submit} noValidate>
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
              name="comment"
              label={t('cafes.harvest.commentLabel')}
              value={comment}
              maxLength={HARVEST_COMMENT_MAX_LENGTH}
              autosize
              minRows={2}
              error={errors.comment}
              onChange={(event) => {
                setComment(event.currentTarget.value);
                clear('comment');
              }}
            />
          )}
          {verdict === 'comment' && (
            <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
          )}
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t('cafes.harvest.sendFeedback')}
            </Button>
          </Group>
          {/* What is stored stays said, but not above an error about the new attempt. */}
          <div role="status">
            {!failed && send.isSuccess && t('cafes.harvest.feedbackSaved')}{' '}
            {!failed &&
              mine &&
              t('cafes.harvest.yourFeedback', {
                verdict: t(mine.verdict === 'approve' ? 'cafes.harvest.approved' : 'cafes.harvest.commented'),
              })}
          </div>
          {guard.elsewhere && (
            <Alert color="red" role="alert">
              {errorMessage(t, send.error)}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
