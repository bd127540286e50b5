import * as Y from 'yjs';

/** The XML fragment TipTap's collaboration extension writes to. */
const EDITOR_FRAGMENT = 'default';

function hasText(node: Y.XmlElement | Y.XmlFragment | Y.XmlText): boolean {
  if (node instanceof Y.XmlText) return node.length > 0;
  return node
    .toArray()
    .some((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText) && hasText(child));
}

/** True while the knowledge page holds no text at all. */
export function isEmptyPage(ydoc: Y.Doc): boolean {
  return !hasText(ydoc.getXmlFragment(EDITOR_FRAGMENT));
}

/** Calls `listener` whenever the page changes (for showing the template button only on an empty page). */
export function observePage(ydoc: Y.Doc, listener: () => void): () => void {
  const fragment = ydoc.getXmlFragment(EDITOR_FRAGMENT);
  fragment.observeDeep(listener);
  return () => fragment.unobserveDeep(listener);
}

function block(name: 'heading' | 'paragraph', text: string, level?: number): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (level !== undefined) element.setAttribute('level', level as unknown as string);
  const content = new Y.XmlText();
  if (text) content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

/** Writes a heading with an empty paragraph under it for each part, only into an empty page. */
export function insertKnowledgeTemplate(ydoc: Y.Doc, headings: readonly string[]): boolean {
  if (!isEmptyPage(ydoc)) return false;
  const fragment = ydoc.getXmlFragment(EDITOR_FRAGMENT);
  ydoc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      headings.flatMap((heading) => [block('heading', heading, 2), block('paragraph', '')]),
    );
  });
  return true;
}
