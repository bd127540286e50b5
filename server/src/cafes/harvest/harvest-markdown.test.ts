import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from '../../collab/editor-content';
import { documentBlocks } from './document-blocks';
import { harvestMarkdown } from './harvest-markdown';

/** Builds what TipTap writes: a fragment of block elements holding text. */
function tiptapDoc(build: (fragment: Y.XmlFragment) => void): Y.Doc {
  const doc = new Y.Doc();
  build(doc.getXmlFragment(EDITOR_FRAGMENT));
  return doc;
}

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, string> = {}) {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

const text = (value: string, bold = false) => {
  const node = new Y.XmlText();
  node.insert(0, value, bold ? { bold: true } : undefined);
  return node;
};

describe('harvest export', () => {
  const doc = tiptapDoc((fragment) =>
    fragment.insert(0, [
      element('heading', [text('Stelling 1')], { level: '2' }),
      element('paragraph', [text('Begin '), text('gewoon', true), text(', wees creatief.')]),
      element('bulletList', [
        element('listItem', [element('paragraph', [text('Actie: <script>alert(1)</script>')])]),
        element('listItem', [element('paragraph', [text('# geen kop')])]),
      ]),
    ]),
  );

  it('reads headings, paragraphs and list items from a TipTap document, marks dropped', () => {
    expect(documentBlocks(doc)).toEqual([
      { kind: 'heading', level: 2, text: 'Stelling 1' },
      { kind: 'paragraph', text: 'Begin gewoon, wees creatief.' },
      { kind: 'item', ordered: false, depth: 0, text: 'Actie: <script>alert(1)</script>' },
      { kind: 'item', ordered: false, depth: 0, text: '# geen kop' },
    ]);
  });

  it('writes date, organisations, votes per statement, the findings and each tablecloth, escaping user text', () => {
    const markdown = harvestMarkdown({
      // Set up in February; held from 23:30 UTC on 2 March, which is 3 March in Amsterdam.
      cafe: {
        title: 'Wereldcafé',
        centralQuestion: 'Hoe verder?',
        rounds: 3,
        participants: [],
        createdAt: '2026-02-10T09:00:00.000Z',
        startedAt: '2026-03-02T23:30:00.000Z',
      },
      organisations: ['Jeugdwerk <Oost>', 'Zorggroep Noord'],
      statements: [
        {
          text: 'Werkplezier voorop',
          before: { agree: 2, disagree: 3, pass: 0, total: 5 },
          after: { agree: 4, disagree: 1, pass: 0, total: 5 },
        },
      ],
      harvest: documentBlocks(doc),
      tables: [{ table: 0, promptText: 'Werkplezier voorop', tablecloth: [] }],
    });
    expect(markdown).toContain('Datum: dinsdag 3 maart 2026');
    expect(markdown).toContain('## Aanwezige organisaties\n\n- Jeugdwerk \\<Oost\\>\n- Zorggroep Noord');
    expect(markdown).toContain(
      '### Werkplezier voorop\n\n- Voor het gesprek: 2 eens, 3 oneens, 0 pas\n- Na het gesprek: 4 eens, 1 oneens, 0 pas',
    );
    expect(markdown).toContain('## Oogstdocument\n\n### Stelling 1');
    expect(markdown).toContain('- Actie: \\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('- \\# geen kop');
    expect(markdown).toContain('### Tafelkleed van tafel 1\n\n*Werkplezier voorop*\n\n(Leeg tafelkleed)');
    expect(markdown).not.toContain('<script>');
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(new Set(headings).size).toBe(headings.length);
  });
});
