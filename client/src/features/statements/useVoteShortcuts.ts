import type { VoteValue } from '@leernetwerk/shared';
import { useEffect } from 'react';

/** Keys that cast a vote: digits in button order, and the first letter of the Dutch word. */
export const VOTE_SHORTCUTS: Record<VoteValue, readonly string[]> = {
  agree: ['1', 'e'],
  disagree: ['2', 'o'],
  pass: ['3', 'p'],
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="dialog"], [role="tablist"]')) return true;
  return false;
}

/** Casts a vote on a key press, except while the user types, uses a modifier, or works in a dialog. */
export function useVoteShortcuts(onVote: (value: VoteValue) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const value = (Object.keys(VOTE_SHORTCUTS) as VoteValue[]).find((v) => VOTE_SHORTCUTS[v].includes(key));
      if (!value) return;
      event.preventDefault();
      onVote(value);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onVote, enabled]);
}
