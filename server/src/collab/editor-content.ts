import * as Y from 'yjs';

/** The XML fragment TipTap's collaboration extension edits; server-side reads and writes use the same one. */
export const EDITOR_FRAGMENT = 'default';

/** One block as the editor stores it (`paragraph`, `heading`, …) holding a single run of text. */
export function textBlock(
  name: string,
  text: string,
  options: { attrs?: Record<string, string>; marks?: Record<string, unknown> } = {},
): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [attr, value] of Object.entries(options.attrs ?? {})) element.setAttribute(attr, value);
  const content = new Y.XmlText();
  content.insert(0, text, options.marks);
  element.insert(0, [content]);
  return element;
}

/** A started document: per section a heading (level 2) and its paragraphs, as the editor stores them. */
export function sectionBlocks(sections: readonly { heading: string; lines: readonly string[] }[]): Y.XmlElement[] {
  return sections.flatMap(({ heading, lines }) => [
    textBlock('heading', heading, { attrs: { level: '2' } }),
    ...lines.map((line) => textBlock('paragraph', line)),
  ]);
}
