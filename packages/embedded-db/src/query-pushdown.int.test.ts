import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, ObjectId, type Db, type Document } from 'mongodb';
import { startEmbeddedDb, type EmbeddedDb } from './start-embedded-db';

/*
 * Our patch answers `_id` lookups, `_id: {$in}` and top-level equality filters in SQL, through the
 * indexes the app declares, instead of reading every document into FerretDB and filtering there.
 * The answers must stay exactly MongoDB's, also where SQL alone would be wrong (a field that is an
 * array matches by element), and the plan must use the index.
 */

let dataDir: string;
let db: EmbeddedDb;
let client: MongoClient;
let database: Db;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-pushdown-'));
  db = await startEmbeddedDb({ dataDir });
  client = await MongoClient.connect(db.uri);
  database = client.db();
}, 120_000);

afterAll(async () => {
  await client?.close();
  await db?.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** The SQLite plan FerretDB reports for a find with this filter. */
async function planOf(collection: string, filter: Document): Promise<string> {
  const explained = await database.command({ explain: { find: collection, filter } });
  return JSON.stringify(explained.queryPlanner);
}

describe('filters answered in SQL by the embedded database', () => {
  it('finds by a top-level field through its index, and still matches arrays by element', async () => {
    const votes = database.collection<{ conversationId?: unknown; n: number | string }>('pushdown_votes');
    await votes.createIndex({ conversationId: 1 });
    await votes.insertMany([
      ...Array.from({ length: 300 }, (_, i) => ({ conversationId: `c${i % 30}`, n: i })),
      { conversationId: ['c7', 'c8'], n: 'array' },
      { conversationId: { nested: 'c7' }, n: 'document' },
      { n: 'missing' },
    ]);
    const found = await votes.find({ conversationId: 'c7' }).toArray();
    expect(found.map((doc) => doc.n).sort()).toEqual([7, 37, 67, 97, 127, 157, 187, 217, 247, 277, 'array'].sort());
    expect(await votes.countDocuments({ conversationId: 'c7', n: { $lt: 100 } })).toBe(4);
    const plan = await planOf('pushdown_votes', { conversationId: 'c7' });
    expect(plan).toContain('USING INDEX');
    expect(plan).not.toContain('SCAN');
  });

  it('finds many by _id with one $in, strings and ObjectIds, through the _id index', async () => {
    const people = database.collection<{ _id: ObjectId; name: string }>('pushdown_people');
    const ids = Array.from({ length: 50 }, () => new ObjectId());
    await people.insertMany(ids.map((_id, i) => ({ _id, name: `persoon ${i}` })));
    const wanted = [ids[3], ids[17], ids[42], new ObjectId()].filter((id): id is ObjectId => id !== undefined);
    const found = await people.find({ _id: { $in: wanted } }).toArray();
    expect(found.map((doc) => doc.name).sort()).toEqual(['persoon 17', 'persoon 3', 'persoon 42']);
    expect(await planOf('pushdown_people', { _id: { $in: wanted } })).toContain('USING INDEX');

    const keyed = database.collection<{ _id: string; v: number }>('pushdown_keyed');
    await keyed.insertMany([
      { _id: 'a:1', v: 1 },
      { _id: 'b:2', v: 2 },
      { _id: 'c:3', v: 3 },
    ]);
    expect((await keyed.find({ _id: { $in: ['a:1', 'c:3', 'x'] } }).toArray()).map((doc) => doc.v).sort()).toEqual([
      1, 3,
    ]);
  });

  it('matches strings with accents, quotes, markup and other escapes exactly as MongoDB does', async () => {
    const texts = database.collection<{ key: string; i: number }>('pushdown_texts');
    await texts.createIndex({ key: 1 });
    const keys = ['café', 'Zoë "de" <b>baas</b> & co', 'tab\there', 'regel\nnieuw', 'emoji 😊', '\\pad\\', '€ 5,-'];
    await texts.insertMany(keys.map((key, i) => ({ key, i })));
    for (const [i, key] of keys.entries()) {
      expect((await texts.find({ key }).toArray()).map((doc) => doc.i)).toEqual([i]);
    }
    expect(await texts.countDocuments({ key: 'cafe' })).toBe(0);
  });

  it('changes and deletes exactly the matching documents when the filter is answered in SQL', async () => {
    const items = database.collection('pushdown_items');
    await items.insertMany([
      { owner: 'u1', tags: ['x'], state: 'open' },
      { owner: 'u1', tags: ['y'], state: 'done' },
      { owner: ['u1', 'u2'], state: 'open' },
      { owner: 'u2', state: 'open' },
    ]);
    expect((await items.updateMany({ owner: 'u1', state: 'open' }, { $set: { seen: true } })).modifiedCount).toBe(2);
    expect(await items.countDocuments({ seen: true })).toBe(2);
    expect((await items.deleteMany({ owner: 'u2' })).deletedCount).toBe(2);
    expect(await items.countDocuments({})).toBe(2);
  });
});
