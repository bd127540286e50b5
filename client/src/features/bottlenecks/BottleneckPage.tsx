import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the page is built. */
export function BottleneckPage() {
  const { t } = useTranslation();
  return <Title>{t('bottlenecks.title')}</Title>;
}
