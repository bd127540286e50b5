import { privacySeverity, type PrivacyFinding } from '@leernetwerk/shared';
import type { TFunction } from 'i18next';

type Described = Pick<PrivacyFinding, 'kind' | 'excerpt'>;

/** "een geboortedatum en een adres": each kind once, joined the way the language joins a list. */
export function kindsList(t: TFunction, language: string, findings: readonly Described[]): string {
  const kinds = [...new Set(findings.map((finding) => finding.kind))].map((kind) => t(`personalData.kinds.${kind}`));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(kinds);
}

/** The passages themselves, quoted, so the writer sees exactly what to change. */
export function excerptsList(language: string, findings: readonly Described[]): string {
  const excerpts = [...new Set(findings.map((finding) => `“${finding.excerpt}”`))];
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(excerpts);
}

/**
 * The message under a form field the server refused: client data first (it must go), otherwise
 * the question whether a number or address is the writer's own. Undefined when the field is fine.
 */
export function fieldPrivacyMessage(
  t: TFunction,
  language: string,
  findings: readonly PrivacyFinding[],
): string | undefined {
  if (findings.length === 0) return undefined;
  const blocking = findings.filter((finding) => privacySeverity(finding.kind) === 'block');
  const shown = blocking.length > 0 ? blocking : findings;
  const message = t(blocking.length > 0 ? 'personalData.field.block' : 'personalData.field.confirm', {
    kinds: kindsList(t, language, shown),
  });
  return `${message} ${t('personalData.field.excerpts', { excerpts: excerptsList(language, shown) })}`;
}
