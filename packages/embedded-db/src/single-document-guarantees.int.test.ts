import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, ObjectId, type Collection, type Document } from 'mongodb';
import { startEmbeddedDb, type EmbeddedDb } from './start-embedded-db';

/*
 * The app relies on MongoDB's single-document guarantees across processes: a revision
 * compare-and-set has one winner, `$inc` and `$addToSet` never lose a write, a document is deleted
 * for one caller only. Several separate clients (separate connections, as separate app processes
 * would have) race on one document against the real embedded database.
 */

const CLIENTS = 5;

let dataDir: string;
let db: EmbeddedDb;
let clients: MongoClient[];

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-guarantees-'));
  db = await startEmbeddedDb({ dataDir });
  clients = await Promise.all(Array.from({ length: CLIENTS }, () => MongoClient.connect(db.uri)));
}, 120_000);

afterAll(async () => {
  await Promise.all((clients ?? []).map((client) => client.close()));
  await db?.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** The collection as seen by client `i` (round-robin), so concurrent calls use different connections. */
function via<T extends Document>(i: number, name: string): Collection<T> {
  const client = clients[i % CLIENTS];
  if (!client) throw new Error('no client');
  return client.db().collection<T>(name);
}

/** Runs `count` calls at once, each through the next client. */
function race<R>(count: number, call: (i: number) => Promise<R>): Promise<R[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => call(i)));
}

interface Counter {
  _id: ObjectId;
  revision?: number;
  count?: number;
  tags?: string[];
  log?: number[];
  fields?: Record<string, number>;
}

async function freshDocument(name: string, fields: Omit<Counter, '_id'> = {}): Promise<ObjectId> {
  const _id = new ObjectId();
  await via<Counter>(0, name).insertOne({ _id, ...fields });
  return _id;
}

describe('embedded database single-document guarantees under concurrent clients', () => {
  it('lets exactly one of 20 compare-and-set updates win each revision (10 rounds)', async () => {
    const _id = await freshDocument('cas', { revision: 0 });
    const winnersPerRound: number[] = [];
    for (let revision = 0; revision < 10; revision += 1) {
      const results = await race(20, (i) =>
        via<Counter>(i, 'cas').findOneAndUpdate({ _id, revision }, { $set: { revision: revision + 1 } }),
      );
      winnersPerRound.push(results.filter((doc) => doc !== null).length);
    }
    expect(winnersPerRound).toEqual(Array<number>(10).fill(1));
    expect((await via<Counter>(0, 'cas').findOne({ _id }))?.revision).toBe(10);
  });

  it('counts all 50 concurrent $inc', async () => {
    const _id = await freshDocument('inc', { count: 0 });
    await race(50, (i) => via<Counter>(i, 'inc').updateOne({ _id }, { $inc: { count: 1 } }));
    expect((await via<Counter>(0, 'inc').findOne({ _id }))?.count).toBe(50);
  });

  it('keeps all 50 distinct values added concurrently with $addToSet', async () => {
    const _id = await freshDocument('set', { tags: [] });
    await race(50, (i) => via<Counter>(i, 'set').updateOne({ _id }, { $addToSet: { tags: `tag-${i}` } }));
    const tags = (await via<Counter>(0, 'set').findOne({ _id }))?.tags ?? [];
    expect(new Set(tags).size).toBe(50);
  });

  it('keeps all 50 values pushed concurrently', async () => {
    const _id = await freshDocument('push', { log: [] });
    await race(50, (i) => via<Counter>(i, 'push').updateOne({ _id }, { $push: { log: i } }));
    const log = (await via<Counter>(0, 'push').findOne({ _id }))?.log ?? [];
    expect(log).toHaveLength(50);
    expect(new Set(log).size).toBe(50);
  });

  it('keeps all 50 different nested fields set concurrently', async () => {
    const _id = await freshDocument('nested', { fields: {} });
    await race(50, (i) => via<Counter>(i, 'nested').updateOne({ _id }, { $set: { [`fields.f${i}`]: i } }));
    const fields = (await via<Counter>(0, 'nested').findOne({ _id }))?.fields ?? {};
    expect(Object.keys(fields)).toHaveLength(50);
  });

  it('hands a document to exactly one of 20 concurrent findOneAndDelete calls', async () => {
    const _id = await freshDocument('claim');
    const results = await race(20, (i) => via<Counter>(i, 'claim').findOneAndDelete({ _id }));
    expect(results.filter((doc) => doc !== null)).toHaveLength(1);
    expect(await via<Counter>(0, 'claim').countDocuments({ _id })).toBe(0);
  });

  it('refuses duplicates of a unique index under concurrency', async () => {
    await via(0, 'unique').createIndex({ email: 1 }, { unique: true });
    const outcomes = await race(20, (i) =>
      via(i, 'unique')
        .insertOne({ email: 'zelfde@voorbeeld.nl', by: i })
        .then(
          () => 'inserted',
          (error: { code?: number }) => (error.code === 11000 ? 'duplicate' : `error ${String(error.code)}`),
        ),
    );
    expect(outcomes.filter((outcome) => outcome === 'inserted')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(19);
    expect(await via(0, 'unique').countDocuments({ email: 'zelfde@voorbeeld.nl' })).toBe(1);
  });

  it('inserts a fixed _id once when 20 clients insert it into a collection that does not exist yet', async () => {
    // How one of several app processes starting together claims the seeding of an empty database.
    const outcomes = await race(20, (i) =>
      via<{ _id: string; by: number }>(i, 'seedclaims')
        .insertOne({ _id: 'demo', by: i })
        .then(
          () => 'inserted',
          (error: { code?: number }) => (error.code === 11000 ? 'duplicate' : `error ${String(error.code)}`),
        ),
    );
    expect(outcomes.filter((outcome) => outcome === 'inserted')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(19);
  });

  it('upserts one document when 20 clients upsert the same key at once', async () => {
    await race(20, (i) =>
      via(i, 'upsert').updateOne(
        { key: 'gedeeld' },
        { $setOnInsert: { key: 'gedeeld' }, $inc: { hits: 1 } },
        { upsert: true },
      ),
    );
    const docs = await via(0, 'upsert').find({ key: 'gedeeld' }).toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0]?.hits).toBe(20);
  });
});

describe('embedded database _id lookups', () => {
  /** The SQLite query plan FerretDB reports for a find with this filter. */
  async function plan(name: string, filter: Document): Promise<{ steps: string; filterPushdown: unknown }> {
    const explained = await via(0, name)
      .find(filter)
      .explain()
      .then((doc) => doc as { queryPlanner?: { Plan?: string[] }; filterPushdown?: unknown });
    return { steps: (explained.queryPlanner?.Plan ?? []).join('\n'), filterPushdown: explained.filterPushdown };
  }

  it('finds a document by _id through the unique _id index, also when the filter has other keys', async () => {
    const docs = Array.from({ length: 200 }, (_, i) => ({ _id: new ObjectId(), revision: i }));
    await via(0, 'lookup').insertMany(docs);
    const target = docs[123];
    if (!target) throw new Error('no target');

    const byId = await plan('lookup', { _id: target._id });
    expect(byId.filterPushdown).toBe(true);
    expect(byId.steps).toMatch(/SEARCH .* USING INDEX \S+__id_/);

    const byIdAndRevision = await plan('lookup', { _id: target._id, revision: 123 });
    expect(byIdAndRevision.filterPushdown).toBe(true);
    expect(byIdAndRevision.steps).toMatch(/SEARCH .* USING INDEX \S+__id_/);

    expect(await via(1, 'lookup').findOne({ _id: target._id, revision: 123 })).toEqual(target);
    expect(await via(1, 'lookup').findOne({ _id: target._id, revision: 124 })).toBeNull();
  });

  it('finds string ids through the index with the rest of the filter still applied', async () => {
    const named = via<{ _id: string; table: number }>(0, 'named');
    await named.insertMany([
      { _id: 'tafel-7', table: 7 },
      { _id: 'tafel-8', table: 8 },
    ]);
    expect((await plan('named', { _id: 'tafel-7', table: 7 })).steps).toMatch(/SEARCH .* USING INDEX \S+__id_/);
    expect(await named.findOne({ _id: 'tafel-7', table: 7 })).toEqual({ _id: 'tafel-7', table: 7 });
    expect(await named.findOne({ _id: 'tafel-7', table: 8 })).toBeNull();
    expect(await named.findOne({ _id: 'geen-tafel' })).toBeNull();
    expect(await named.countDocuments({ _id: { $in: ['tafel-7', 'tafel-8'] } })).toBe(2);
  });
});
