import * as Y from 'yjs';
import { EDITOR_FRAGMENT } from '../../collab/editor-content';

/** A shared document's content as simple blocks, for exports (Markdown, PDF). */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; ordered: boolean; depth: number; text: string }
  | { kind: 'quote'; text: string };

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('');
  }
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : ''))
    .join(node.nodeName === 'paragraph' || node.nodeName === 'heading' ? '' : ' ');
}

function collect(node: Y.XmlElement, blocks: Block[], list: { ordered: boolean; depth: number } | null): void {
  switch (node.nodeName) {
    case 'heading':
      blocks.push({ kind: 'heading', level: Number(node.getAttribute('level') ?? 1) || 1, text: textOf(node) });
      return;
    case 'paragraph': {
      const text = textOf(node);
      if (list) blocks.push({ kind: 'item', ordered: list.ordered, depth: list.depth, text });
      else if (text.trim()) blocks.push({ kind: 'paragraph', text });
      return;
    }
    case 'blockquote':
      blocks.push({ kind: 'quote', text: textOf(node) });
      return;
    case 'bulletList':
    case 'orderedList': {
      const nested = { ordered: node.nodeName === 'orderedList', depth: list ? list.depth + 1 : 0 };
      for (const child of node.toArray()) if (child instanceof Y.XmlElement) collect(child, blocks, nested);
      return;
    }
    default:
      // listItem and unknown containers: their children carry the content.
      for (const child of node.toArray()) if (child instanceof Y.XmlElement) collect(child, blocks, list);
  }
}

/** Headings, paragraphs, list items and quotes of a TipTap document, in order; marks are dropped. */
export function documentBlocks(doc: Y.Doc): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.getXmlFragment(EDITOR_FRAGMENT).toArray()) {
    if (node instanceof Y.XmlElement) collect(node, blocks, null);
  }
  return blocks;
}
