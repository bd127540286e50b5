import { ErrorCode, type Cafe, type CafeJoinAck, type ErrorBody } from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let facilitator: string;
let admin: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  admin = (await login(t.url, 'beheer@demo.nl')).accessToken;
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await t.close();
});

const codeOf = (body: unknown) => (body as ErrorBody | undefined)?.error?.code;
const control = (cafeId: string, action: string, body: unknown, token = facilitator) =>
  api<Cafe>(t.url, 'POST', `/cafes/${cafeId}/${action}`, { token, body });
const seenOf = (cafe: Cafe) => ({ state: cafe.state, round: cafe.round, timer: cafe.timer });

/** A running café in round 1 of 3 with two people present. */
async function runningCafe(): Promise<Cafe> {
  const created = await api<Cafe>(t.url, 'POST', '/cafes', {
    token: facilitator,
    body: { title: `Dubbelklik ${Date.now()}`, tables: [{ prompt: { kind: 'question', text: 'Wat nu?' } }], rounds: 3 },
  });
  await control(created.body.id, 'lobby', { seen: seenOf(created.body) });
  for (const email of ['deelnemer@demo.nl', 'mila@demo.nl']) {
    const socket = openLiveSocket(t.url, (await login(t.url, email)).accessToken, { reconnection: false });
    sockets.push(socket);
    expect(((await socket.emitWithAck('cafe:join', created.body.id)) as CafeJoinAck).ok).toBe(true);
  }
  const lobby = (await api<Cafe>(t.url, 'GET', `/cafes/${created.body.id}`, { token: facilitator })).body;
  const started = await control(created.body.id, 'start', { seen: seenOf(lobby) });
  expect(started.body).toMatchObject({ state: 'running', round: 1 });
  return started.body;
}

describe('facilitator controls that say what they saw', () => {
  it('moves one round on a double click, and the repeat is told CAFE_CHANGED', async () => {
    const cafe = await runningCafe();
    const [a, b] = await Promise.all([
      control(cafe.id, 'next-round', { seen: seenOf(cafe) }),
      control(cafe.id, 'next-round', { seen: seenOf(cafe) }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(codeOf((a.status === 409 ? a : b).body)).toBe(ErrorCode.CafeChanged);
    const now = (await api<Cafe>(t.url, 'GET', `/cafes/${cafe.id}`, { token: facilitator })).body;
    expect(now.round).toBe(2);
  });

  it('lets two facilitators clicking at the same moment change the round once', async () => {
    const cafe = await runningCafe();
    const results = await Promise.all([
      control(cafe.id, 'next-round', { seen: seenOf(cafe) }, facilitator),
      control(cafe.id, 'next-round', { seen: seenOf(cafe) }, admin),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect((await api<Cafe>(t.url, 'GET', `/cafes/${cafe.id}`, { token: facilitator })).body.round).toBe(2);
  });

  it('adds five minutes once on a double click of +5 minuten', async () => {
    const cafe = await runningCafe();
    if (cafe.timer.status !== 'running') throw new Error('the clock should run');
    const extend = () => control(cafe.id, 'timer', { action: 'extend', minutes: 5, seen: seenOf(cafe) });
    const [a, b] = await Promise.all([extend(), extend()]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const now = (await api<Cafe>(t.url, 'GET', `/cafes/${cafe.id}`, { token: facilitator })).body;
    if (now.timer.status !== 'running') throw new Error('the clock should still run');
    const added = now.timer.endsAt - cafe.timer.endsAt;
    expect(added).toBeGreaterThanOrEqual(5 * 60_000);
    expect(added).toBeLessThan(6 * 60_000);
  });

  it('refuses a seen state that is not a café state, and changes nothing', async () => {
    const cafe = await runningCafe();
    const bad = await control(cafe.id, 'next-round', { seen: { state: 'dancing', round: 1 } });
    expect(bad.status).toBe(400);
    expect(codeOf(bad.body)).toBe(ErrorCode.ValidationFailed);
    expect((await api<Cafe>(t.url, 'GET', `/cafes/${cafe.id}`, { token: facilitator })).body.round).toBe(1);
  });
});
