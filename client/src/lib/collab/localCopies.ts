import { clearDocument } from 'y-indexeddb';

const STORAGE_KEY = 'lst.localCopies';

/** docId → whether this device holds changes the server has not confirmed yet. */
type Ledger = Record<string, { unsaved: boolean }>;

function read(): Ledger {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Ledger;
  } catch {
    return {};
  }
}

function write(ledger: Ledger): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(ledger));
}

/**
 * The copies of shared documents this browser keeps for offline use (IndexedDB). Social workers
 * share computers, so at logout every copy whose changes all reached the server is removed; a copy
 * with unsaved changes stays, so nothing typed offline is lost.
 */
export const localCopies = {
  remember(docId: string): void {
    const ledger = read();
    ledger[docId] ??= { unsaved: false };
    write(ledger);
  },

  setUnsaved(docId: string, unsaved: boolean): void {
    const ledger = read();
    if (ledger[docId]?.unsaved === unsaved) return;
    ledger[docId] = { unsaved };
    write(ledger);
  },

  /** Removes the saved copies (deletion waits until an open document has closed). */
  forgetSaved(): void {
    const ledger = read();
    for (const [docId, { unsaved }] of Object.entries(ledger)) {
      if (unsaved) continue;
      delete ledger[docId];
      void clearDocument(docId).catch(() => undefined);
    }
    write(ledger);
  },
};
