import type { DocAccess } from '@leernetwerk/shared';

interface OpenDocument {
  access: DocAccess;
  /** Settles once every decision about this document's access that is under way is made. */
  settled: Promise<void>;
}

/**
 * The documents one connection has open, with what it may do in each. Access can be decided again
 * while a document is open (a new seat, a closed meeting, a removed role); frames that arrive
 * meanwhile wait for the decision, so nothing slips through on the old access.
 */
export class OpenDocuments {
  private readonly docs = new Map<string, OpenDocument>();

  get size(): number {
    return this.docs.size;
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  open(docId: string, access: DocAccess): void {
    this.docs.set(docId, { access, settled: Promise.resolve() });
  }

  close(docId: string): boolean {
    return this.docs.delete(docId);
  }

  /** The access to an open document once pending decisions are made; undefined when it is not open. */
  async accessTo(docId: string): Promise<DocAccess | undefined> {
    const doc = this.docs.get(docId);
    if (!doc) return undefined;
    await doc.settled;
    return this.docs.get(docId)?.access;
  }

  /**
   * Queues a new decision after the ones under way. `decide` gets the access as it stands and
   * returns the new one, or null when the document is closed for this connection.
   */
  decideAgain(docId: string, decide: (current: DocAccess) => Promise<DocAccess | null>): Promise<void> {
    const doc = this.docs.get(docId);
    if (!doc) return Promise.resolve();
    const decided = doc.settled.then(async () => {
      if (this.docs.get(docId) !== doc) return;
      const access = await decide(doc.access);
      if (access) doc.access = access;
      else this.docs.delete(docId);
    });
    doc.settled = decided.catch(() => undefined);
    return doc.settled;
  }
}
