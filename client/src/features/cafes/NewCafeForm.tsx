import { Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CafeSetupForm, NEW_CAFE_SETUP } from './CafeSetupForm';
import { useCreateCafe } from './useCreateCafe';

/** "Nieuw wereldcafé", for facilitators; opens the new café once it is made. */
export function NewCafeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [initial] = useState(NEW_CAFE_SETUP);
  const create = useCreateCafe();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('cafes.create.heading')}
      </Title>
      <CafeSetupForm
        initial={initial}
        submitLabel={t('cafes.create.submit')}
        pending={create.pending}
        error={create.error}
        onSubmit={(setup) => create.submit(setup, { onSuccess: (cafe) => void navigate(`/wereldcafe/${cafe.id}`) })}
      />
    </Stack>
  );
}
