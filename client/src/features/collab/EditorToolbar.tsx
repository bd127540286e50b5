import { Button, Group } from '@mantine/core';
import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './CollaborativeEditor.module.css';

const ACTIONS = ['bold', 'italic', 'bulletList', 'heading'] as const;
type Action = (typeof ACTIONS)[number];

const LOOK: Record<Action, { fw?: number; fs?: 'italic' }> = {
  bold: { fw: 700 },
  italic: { fs: 'italic' },
  bulletList: {},
  heading: { fw: 700 },
};

function apply(editor: Editor, action: Action): void {
  const chain = editor.chain().focus();
  switch (action) {
    case 'bold':
      chain.toggleBold().run();
      break;
    case 'italic':
      chain.toggleItalic().run();
      break;
    case 'bulletList':
      chain.toggleBulletList().run();
      break;
    case 'heading':
      chain.toggleHeading({ level: 2 }).run();
      break;
  }
}

interface EditorToolbarProps {
  editor: Editor;
  /** The id of the editable area the buttons act on. */
  controls: string;
}

/** Formatting buttons; one tab stop, arrow keys move between the buttons (WAI-ARIA toolbar). */
export function EditorToolbar({ editor, controls }: EditorToolbarProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }): Record<Action, boolean> => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      heading: e.isActive('heading', { level: 2 }),
    }),
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = ACTIONS.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  return (
    <Group
      gap={6}
      role="toolbar"
      aria-label={t('notes.toolbarLabel')}
      aria-controls={controls}
      className={classes.toolbar}
      onKeyDown={onKeyDown}
    >
      {ACTIONS.map((action, index) => (
        <Button
          key={action}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          size="compact-sm"
          variant={active[action] ? 'filled' : 'default'}
          aria-pressed={active[action]}
          tabIndex={index === current ? 0 : -1}
          onFocus={() => setCurrent(index)}
          onClick={() => apply(editor, action)}
          {...LOOK[action]}
        >
          {t(`notes.format.${action}`)}
        </Button>
      ))}
    </Group>
  );
}
