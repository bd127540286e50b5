import { describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { insertHarvestTemplate } from './harvestTemplate';

const textOf = (node: Y.XmlElement) =>
  node
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText ? (child.toDelta() as { insert: string }[]).map((op) => op.insert).join('') : '',
    )
    .join('');

const headings = (doc: Y.Doc) =>
  doc
    .getXmlFragment('default')
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'heading')
    .map((node) => `${String(node.getAttribute('level'))}:${textOf(node)}`);

describe('insertHarvestTemplate', () => {
  it('writes a section per statement with the same parts under each', () => {
    const doc = new Y.Doc();
    expect(insertHarvestTemplate(doc, ['Stelling A', 'Stelling B'], ['Bevindingen', 'Acties'])).toBe(true);
    expect(headings(doc)).toEqual([
      '2:Stelling A',
      '3:Bevindingen',
      '3:Acties',
      '2:Stelling B',
      '3:Bevindingen',
      '3:Acties',
    ]);
  });

  it('leaves a document alone that already has text, or had the outline before', () => {
    const written = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Al geschreven')]);
    written.getXmlFragment('default').insert(0, [paragraph]);
    expect(insertHarvestTemplate(written, ['Stelling A'], ['Bevindingen'])).toBe(false);

    const cleared = new Y.Doc();
    insertHarvestTemplate(cleared, ['Stelling A'], ['Bevindingen']);
    const fragment = cleared.getXmlFragment('default');
    fragment.delete(0, fragment.length);
    expect(insertHarvestTemplate(cleared, ['Stelling A'], ['Bevindingen'])).toBe(false);
  });
});
