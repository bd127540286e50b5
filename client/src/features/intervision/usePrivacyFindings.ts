import { findClientIdentifiers, privacySeverity, type PrivacyFinding } from '@leernetwerk/shared';
import { useEffect, useState } from 'react';

const DELAY_MS = 300;

export interface FieldFinding extends Pick<PrivacyFinding, 'kind' | 'excerpt'> {
  path: string;
}

/**
 * What looks like client data in the given fields, checked right now (e.g. just before posting).
 * A likely own work number or e-mail is left to the server, which asks the writer to confirm it.
 */
export function checkPrivacy(fields: Record<string, string>): FieldFinding[] {
  return Object.entries(fields).flatMap(([path, text]) =>
    findClientIdentifiers(text)
      .filter(({ kind }) => privacySeverity(kind) === 'block')
      .map(({ kind, excerpt }) => ({ path, kind, excerpt })),
  );
}

/** The same check while typing, a moment after the last key press. */
export function usePrivacyFindings(fields: Record<string, string>): FieldFinding[] {
  const key = JSON.stringify(fields);
  const [findings, setFindings] = useState<FieldFinding[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setFindings(checkPrivacy(JSON.parse(key) as Record<string, string>)), DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return findings;
}
