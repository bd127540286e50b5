import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from './api-error';
import { cleaned, deleted, edited, NO_OWNERSHIP, requireRevision, type Owned } from './content-history';

const original: Owned = { authorId: 'writer', createdAt: '2026-12-01T10:00:00.000Z', ownership: NO_OWNERSHIP };
const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('content history', () => {
  it('starts the history of an item written before history was kept with its text as it is', () => {
    const ownership = edited(
      original,
      { title: null, text: 'Eerst' },
      { title: null, text: 'Daarna' },
      {
        actorId: 'writer',
        at: at(5),
      },
    );
    expect(ownership).toMatchObject({ revision: 1, editedAt: at(5), deletedAt: null });
    expect(ownership.history.map((v) => [v.revision, v.kind, v.text, v.at])).toEqual([
      [0, 'created', 'Eerst', original.createdAt],
      [1, 'edited', 'Daarna', at(5)],
    ]);
  });

  it('keeps the deleted text in the history, not in the item', () => {
    const once = {
      ...original,
      ownership: edited(
        original,
        { title: 'T', text: 'A' },
        { title: 'T', text: 'B' },
        { actorId: 'writer', at: at(1) },
      ),
    };
    const gone = deleted(once, { title: 'T', text: 'B' }, { actorId: 'writer', at: at(2) });
    expect(gone.deletedAt).toBe(at(2));
    expect(gone.history.map((v) => [v.kind, v.text])).toEqual([
      ['created', 'A'],
      ['edited', 'B'],
      ['deleted', null],
    ]);
  });

  it('purges every earlier text when personal data is removed, keeping who, when and why', () => {
    const once = {
      ...original,
      ownership: edited(
        original,
        { title: null, text: 'Piet belde' },
        { title: null, text: 'Piet belde weer' },
        { actorId: 'writer', at: at(1) },
      ),
    };
    const ownership = cleaned(
      once,
      { title: null, text: 'Piet belde weer' },
      { title: null, text: 'Iemand belde' },
      {
        actorId: 'coordinator',
        at: at(3),
        reason: 'Naam',
      },
    );
    expect(JSON.stringify(ownership)).not.toContain('Piet');
    expect(ownership.personalDataRemoved).toEqual({ actorId: 'coordinator', at: at(3) });
    expect(ownership.history.map((v) => [v.kind, v.text, v.purged, v.actorId])).toEqual([
      ['created', null, true, 'writer'],
      ['edited', null, true, 'writer'],
      ['personal-data-removed', 'Iemand belde', false, 'coordinator'],
    ]);
    expect(ownership.history[2]?.reason).toBe('Naam');
  });

  it('refuses an edit of an older revision with STALE_REVISION and the current revision', () => {
    const current = { ...original, ownership: { ...NO_OWNERSHIP, revision: 2 } };
    expect(() => requireRevision(current, 1)).toThrow(ApiError);
    try {
      requireRevision(current, 1);
    } catch (error) {
      expect(error).toMatchObject({ code: ErrorCode.StaleRevision, details: { revision: 2 } });
    }
    expect(() => requireRevision(current, 2)).not.toThrow();
  });
});
