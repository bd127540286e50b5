import { OpenDocuments } from './open-documents';

const later = <T>(value: T, ms = 20): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe(OpenDocuments.name, () => {
  it('makes a frame wait for a decision under way, so it is judged on the new access', async () => {
    const docs = new OpenDocuments();
    docs.open('cafe:x:table:0', 'write');
    void docs.decideAgain('cafe:x:table:0', () => later('read' as const));
    await expect(docs.accessTo('cafe:x:table:0')).resolves.toBe('read');
  });

  it('closes the document when the decision takes access away', async () => {
    const docs = new OpenDocuments();
    docs.open('meeting:x:minutes', 'write');
    await docs.decideAgain('meeting:x:minutes', () => later(null));
    expect(docs.has('meeting:x:minutes')).toBe(false);
    await expect(docs.accessTo('meeting:x:minutes')).resolves.toBeUndefined();
  });

  it('makes decisions one after another, in the order they were asked for', async () => {
    const docs = new OpenDocuments();
    docs.open('d', 'read');
    const seen: string[] = [];
    void docs.decideAgain('d', async (current) => {
      seen.push(current);
      return later('write' as const, 30);
    });
    void docs.decideAgain('d', async (current) => {
      seen.push(current);
      return later('read' as const, 1);
    });
    await expect(docs.accessTo('d')).resolves.toBe('read');
    expect(seen).toEqual(['read', 'write']);
  });

  it('keeps the old access when a decision fails, and goes on deciding', async () => {
    const docs = new OpenDocuments();
    docs.open('d', 'write');
    await docs.decideAgain('d', () => Promise.reject(new Error('database down')));
    await expect(docs.accessTo('d')).resolves.toBe('write');
  });
});
