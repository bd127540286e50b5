import type { Cafe, User } from '@leernetwerk/shared';
import { CafeLifecycle } from '@leernetwerk/server/cafes/cafe-lifecycle.service';
import { Types } from 'mongoose';
import { CafeChanges } from '@leernetwerk/server/cafes/cafe-changes';
import { CafesRepository } from '@leernetwerk/server/cafes/cafes.repository';
import { api, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let facilitator: string;

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
});

afterAll(async () => {
  await t.close();
});

async function newCafe(): Promise<Cafe> {
  const created = await api<Cafe>(t.url, 'POST', '/cafes', {
    token: facilitator,
    body: { title: `Revisies ${Date.now()}`, tables: [{ prompt: { kind: 'question', text: 'Wat nu?' } }] },
  });
  expect(created.status).toBe(201);
  return created.body;
}

// Two reads of one café stand for two server processes: the real database decides who wins.
describe('café changes across server processes', () => {
  it('stores a change only if nobody stored one since it was read', async () => {
    const cafes = t.app.get(CafesRepository);
    const { id } = await newCafe();
    const [first, second] = await Promise.all([cafes.findById(id), cafes.findById(id)]);
    if (!first || !second) throw new Error('café not found');
    first.title = 'Van proces één';
    second.title = 'Van proces twee';
    expect(await cafes.save(first)).toBe(true);
    expect(await cafes.save(second)).toBe(false);
    expect(await cafes.findById(id)).toMatchObject({ title: 'Van proces één', revision: 1 });
  });

  it('makes a change again on the fresh café when another process stored one first, losing neither', async () => {
    const cafes = t.app.get(CafesRepository);
    const changes = t.app.get(CafeChanges);
    const { id } = await newCafe();
    let attempts = 0;
    const result = await changes.apply(id, async (cafe) => {
      attempts += 1;
      if (attempts === 1) {
        const other = await cafes.findById(id);
        if (!other) throw new Error('café not found');
        other.centralQuestion = 'Gezet door het andere proces';
        expect(await cafes.save(other)).toBe(true);
      }
      cafe.title = 'Gezet door dit proces';
    });
    expect(attempts).toBe(2);
    expect(result).toMatchObject({ title: 'Gezet door dit proces', centralQuestion: 'Gezet door het andere proces' });
    expect(await cafes.findById(id)).toMatchObject({ revision: 2, centralQuestion: 'Gezet door het andere proces' });
  });

  it('keeps everyone who enters the lobby at the same moment, and a facilitator change made meanwhile', async () => {
    const lifecycle = t.app.get(CafeLifecycle);
    const changes = t.app.get(CafeChanges);
    const cafes = t.app.get(CafesRepository);
    const { id } = await newCafe();
    expect((await api(t.url, 'POST', `/cafes/${id}/lobby`, { token: facilitator, body: {} })).status).toBe(200);
    const people: User[] = Array.from({ length: 30 }, (_, i) => ({
      id: new Types.ObjectId().toHexString(),
      name: `Gast ${i + 1}`,
      email: `gast-${i + 1}@example.nl`,
      organisationId: new Types.ObjectId().toHexString(),
      roles: ['participant'],
      ambassadorOf: [],
      locale: 'nl',
      disabled: false,
      createdAt: new Date().toISOString(),
    }));
    const entered = await Promise.all([
      ...people.map((person) => lifecycle.enter(person, id)),
      changes.apply(id, (cafe) => {
        cafe.lastBroadcast = { text: 'Welkom allemaal', at: Date.now() };
      }),
      // Entering twice (a second tab) adds nobody twice.
      ...people.slice(0, 5).map((person) => lifecycle.enter(person, id)),
    ]);
    expect(entered).toHaveLength(36);
    const stored = await cafes.findById(id);
    expect(stored?.participants.map((p) => p.id).sort()).toEqual(people.map((p) => p.id).sort());
    expect(stored?.lastBroadcast?.text).toBe('Welkom allemaal');
    // Every entry and the broadcast moved the revision on once (the lobby opening did too).
    expect(stored?.revision).toBe(1 + 30 + 1);
  });
});
