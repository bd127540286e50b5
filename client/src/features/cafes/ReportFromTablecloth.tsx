import { BOTTLENECK_LIMITS, type Bottleneck, type BottleneckSource } from '@leernetwerk/shared';
import { Alert, Anchor, Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportBottleneckForm } from '../bottlenecks/ReportBottleneckForm';

interface ReportFromTableclothProps {
  cafeId: string;
  /** Table index as on the wire (0-based). */
  table: number;
  round: number;
}

/** The text selected inside `section`, or null when the selection is elsewhere. */
function selectionWithin(section: Element): string | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const inside = (node: Node | null) => node !== null && section.contains(node);
  if (!inside(selection.anchorNode) || !inside(selection.focusNode)) return null;
  return selection.toString().trim();
}

/**
 * "Meld als knelpunt": opens the report form over the table, with the text selected in the
 * tablecloth, so the person stays in the café (and at their table) while they report. It must sit
 * inside the tablecloth's <section>. Moving focus to the button (Tab) can move the selection away,
 * so the last selection made inside the tablecloth is remembered.
 */
export function ReportFromTablecloth({ cafeId, table, round }: ReportFromTableclothProps) {
  const { t } = useTranslation();
  const [source, setSource] = useState<BottleneckSource | null>(null);
  const [reported, setReported] = useState<Bottleneck | null>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const lastSelection = useRef('');
  const [needsSelection, setNeedsSelection] = useState(false);

  useEffect(() => {
    const onSelectionChange = () => {
      const section = anchor.current?.closest('section');
      const text = section ? selectionWithin(section) : null;
      if (text === null) return;
      lastSelection.current = text;
      if (text) setNeedsSelection(false);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  function report() {
    const section = anchor.current?.closest('section');
    const text = (section && selectionWithin(section)) || lastSelection.current;
    if (!text) return setNeedsSelection(true);
    setReported(null);
    setSource({ kind: 'cafe', cafeId, table, round, excerpt: text.slice(0, BOTTLENECK_LIMITS.excerptMax) });
  }

  return (
    <Stack gap="xs" ref={anchor}>
      <Group>
        <Button
          variant="default"
          size="compact-md"
          // Keeps the selection in the editor when the button is clicked with a mouse.
          onMouseDown={(event) => event.preventDefault()}
          onClick={report}
        >
          {t('bottlenecks.tablecloth.report')}
        </Button>
      </Group>
      <div aria-live="polite">
        {needsSelection && (
          <Alert color="blue" p="xs">
            {t('bottlenecks.tablecloth.selectFirst')}
          </Alert>
        )}
        {reported && (
          <Alert color="green" p="xs">
            {t('bottlenecks.tablecloth.reported')}{' '}
            <Anchor href={`/knelpunten/${reported.id}`} target="_blank" rel="noopener">
              {reported.title}
            </Anchor>
          </Alert>
        )}
      </div>
      <Modal
        opened={source !== null}
        onClose={() => setSource(null)}
        title={t('bottlenecks.tablecloth.report')}
        size="lg"
      >
        {source && (
          <ReportBottleneckForm
            source={source}
            onReported={(bottleneck) => {
              setSource(null);
              setReported(bottleneck);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
