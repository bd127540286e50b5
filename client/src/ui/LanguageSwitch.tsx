import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '../lib/i18n/i18n';
import { chooseLanguage } from '../lib/i18n/languageSync';

export function LanguageSwitch() {
  // useTranslation re-renders this component when the language changes.
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'filled' : 'default'}
          aria-pressed={language === active}
          lang={language}
          onClick={() => void chooseLanguage(language)}
        >
          {language.toUpperCase()}
          <VisuallyHidden> – {t(`language.${language}`)}</VisuallyHidden>
        </Button>
      ))}
    </Group>
  );
}
