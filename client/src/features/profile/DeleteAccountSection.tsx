import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { DeleteAccountModal } from './DeleteAccountModal';

export function DeleteAccountSection() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="xs">
      <Title order={3}>{t('privacy.deleteHeading')}</Title>
      <Text>{t('privacy.deleteText')}</Text>
      <Group>
        <Button color="red" variant="outline" onClick={open}>
          {t('privacy.deleteButton')}
        </Button>
      </Group>
      {opened && <DeleteAccountModal onClose={close} />}
    </Stack>
  );
}
