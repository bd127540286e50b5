import type { Block } from './document-blocks';

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether anything is kept under a heading of this level before the next heading as high or higher. */
function hasContentUnder(level: number, following: readonly Block[]): boolean {
  for (const block of following) {
    if (block.kind === 'heading') {
      if (block.level <= level) return false;
    }
    return true;
  }
  return false;
}

/**
 * A shared document as a reader of an export should see it: the outline's headings that nobody
 * wrote anything under are left out (the harvest template puts the same three under every
 * statement), and a heading repeated straight after itself is written once.
 */
export function readableBlocks(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (!block) continue;
    if (block.kind === 'heading' && (!block.text.trim() || !hasContentUnder(block.level, kept))) continue;
    kept.unshift(block);
  }
  return kept.filter((block, index) => {
    const previous = kept[index - 1];
    return !(
      block.kind === 'heading' &&
      previous?.kind === 'heading' &&
      previous.level === block.level &&
      sameText(previous.text, block.text)
    );
  });
}
