import type { CollabProvider } from '@leernetwerk/collab-client';
import { Box } from '@mantine/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId } from 'react';
import type * as Y from 'yjs';
import { DocumentPrivacyNotice } from '../privacy/DocumentPrivacyNotice';
import { useDocumentPrivacy } from '../privacy/useDocumentPrivacy';
import type { CollabUser } from './collabDocuments';
import { EditorToolbar } from './EditorToolbar';
import classes from './CollaborativeEditor.module.css';

interface CollaborativeEditorProps {
  ydoc: Y.Doc;
  provider: CollabProvider;
  user: CollabUser;
  editable: boolean;
  /** The accessible name of the text area, e.g. "Gedeelde notities". */
  label: string;
  /** Id of a text that explains the area (who writes here, how it is saved). */
  describedBy?: string;
}

function attributes(label: string, editable: boolean, id: string, describedBy?: string): Record<string, string> {
  return {
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    'aria-readonly': String(!editable),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
}

/** A rich-text editor on a shared Y.Doc; others' carets show with their name and colour. */
export function CollaborativeEditor({ ydoc, provider, user, editable, label, describedBy }: CollaborativeEditorProps) {
  const id = useId();
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo history, which only undoes this person's changes.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: ydoc }),
        CollaborationCaret.configure({ provider, user }),
      ],
      editable,
      editorProps: { attributes: attributes(label, editable, id, describedBy) },
    },
    [ydoc, provider],
  );

  // The editor is made once per document; later changes reach it through its commands.
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: attributes(label, editable, id, describedBy) } });
  }, [editor, editable, label, id, describedBy]);

  useEffect(() => {
    editor.commands.updateUser(user);
  }, [editor, user]);

  // Only those who can write get the warning: they are the ones who can take the passage out.
  const privacyFindings = useDocumentPrivacy(editor, editable);

  return (
    <>
      <Box className={classes.frame}>
        {editable && <EditorToolbar editor={editor} controls={id} />}
        <EditorContent editor={editor} className={classes.content} />
      </Box>
      <DocumentPrivacyNotice findings={privacyFindings} />
    </>
  );
}
