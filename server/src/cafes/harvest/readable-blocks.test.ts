import type { Block } from './document-blocks';
import { readableBlocks } from './readable-blocks';

const heading = (level: number, text: string): Block => ({ kind: 'heading', level, text });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

describe(readableBlocks.name, () => {
  it('leaves out the outline headings nobody wrote under, also a section left empty', () => {
    const blocks = [
      heading(2, 'Tafel 1: Werkplezier voorop'),
      heading(3, 'Belangrijkste bevindingen'),
      paragraph('Begin klein.'),
      heading(3, 'Aanbevelingen'),
      heading(3, 'Vervolgacties'),
      heading(2, 'Tafel 2: Privacy eerst'),
      heading(3, 'Belangrijkste bevindingen'),
      heading(3, 'Aanbevelingen'),
    ];
    expect(readableBlocks(blocks)).toEqual([
      heading(2, 'Tafel 1: Werkplezier voorop'),
      heading(3, 'Belangrijkste bevindingen'),
      paragraph('Begin klein.'),
    ]);
  });

  it('writes a heading repeated straight after itself once', () => {
    const blocks = [heading(2, 'Bevindingen'), heading(2, 'bevindingen '), paragraph('Samen leren werkt.')];
    expect(readableBlocks(blocks)).toEqual([heading(2, 'bevindingen '), paragraph('Samen leren werkt.')]);
  });

  it('keeps a document without headings as it is', () => {
    const blocks: Block[] = [paragraph('Een'), { kind: 'item', ordered: false, depth: 0, text: 'Twee' }];
    expect(readableBlocks(blocks)).toEqual(blocks);
  });
});
