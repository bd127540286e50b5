import type { Cafe } from '@leernetwerk/shared';
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
});
