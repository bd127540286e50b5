import * as Y from 'yjs';

/** The XML fragment TipTap's collaboration extension writes to. */
const EDITOR_FRAGMENT = 'default';
const META = 'harvest';
const TEMPLATE_DONE = 'templateInserted';

function hasText(node: Y.XmlElement | Y.XmlFragment | Y.XmlText): boolean {
  if (node instanceof Y.XmlText) return node.length > 0;
  return node
    .toArray()
    .some((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText) && hasText(child));
}

function block(name: 'heading' | 'paragraph', text: string, level?: number): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (level !== undefined) element.setAttribute('level', level as unknown as string);
  const content = new Y.XmlText();
  if (text) content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

/**
 * Writes the harvest's outline into an empty document, once: a heading per statement with the
 * same three parts under each. A mark in the document keeps it from coming back after someone
 * deliberately cleared it, and stops a second facilitator's screen from adding it twice.
 */
export function insertHarvestTemplate(ydoc: Y.Doc, sections: readonly string[], parts: readonly string[]): boolean {
  const fragment = ydoc.getXmlFragment(EDITOR_FRAGMENT);
  const meta = ydoc.getMap<boolean>(META);
  if (meta.get(TEMPLATE_DONE) || hasText(fragment)) return false;
  ydoc.transact(() => {
    fragment.delete(0, fragment.length);
    const blocks = sections.flatMap((section) => [
      block('heading', section, 2),
      ...parts.flatMap((part) => [block('heading', part, 3), block('paragraph', '')]),
    ]);
    fragment.insert(0, blocks);
    meta.set(TEMPLATE_DONE, true);
  });
  return true;
}
