import { findClientIdentifiers, type PrivacyFinding } from '@leernetwerk/shared';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';

// Long enough not to re-check on every key press, short enough to warn before the sentence ends.
const DELAY_MS = 500;

/**
 * What in a shared document looks like client data, re-checked a moment after each change (one's
 * own typing or another person's). A warning only: a Yjs document has no save to refuse.
 */
export function useDocumentPrivacy(editor: Editor, enabled: boolean): PrivacyFinding[] {
  const [findings, setFindings] = useState<PrivacyFinding[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setFindings(findClientIdentifiers(editor.getText({ blockSeparator: '\n' }))), DELAY_MS);
    };
    check();
    editor.on('update', check);
    return () => {
      clearTimeout(timer);
      editor.off('update', check);
    };
  }, [editor, enabled]);
  // Findings from before the editor turned read-only are not shown.
  return enabled ? findings : [];
}
