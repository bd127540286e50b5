import type { Cafe, CafeJoinAck } from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startServerCluster, type ServerCluster } from '../support/server-cluster';
import type { ServerProcess } from '../support/server-process';

// The shortest round a facilitator can set is one minute (whole minutes only); there is no
// test-only shortcut, so this test waits for a real minute to pass.
const ROUND_MS = 60_000;

let cluster: ServerCluster;
const servers: ServerProcess[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  cluster = await startServerCluster(2);
  servers.push(...cluster.servers);
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await cluster?.stop();
});

describe('a café that moves to the next round by itself', () => {
  it('starts round 2 once at 0:00 with two server processes, lets the last round wait, and leaves other cafés alone', async () => {
    const [one, two] = servers;
    if (!one || !two) throw new Error('servers did not start');
    const facilitator = (await login(one.url, 'aanjager@demo.nl')).accessToken;
    const control = (cafeId: string, action: string) =>
      api<Cafe>(one.url, 'POST', `/cafes/${cafeId}/${action}`, { token: facilitator, body: {} });
    const read = async (cafeId: string) =>
      (await api<Cafe>(two.url, 'GET', `/cafes/${cafeId}`, { token: facilitator })).body;
    const newCafe = async (title: string, rounds: number, autoAdvance: boolean) => {
      const created = await api<Cafe>(one.url, 'POST', '/cafes', {
        token: facilitator,
        body: {
          title,
          tables: [
            { prompt: { kind: 'question', text: 'Wat werkt?' } },
            { prompt: { kind: 'question', text: 'Wat niet?' } },
          ],
          rounds,
          minutesPerRound: 1,
          tableSize: 2,
          autoAdvance,
        },
      });
      expect(created.status).toBe(201);
      expect(created.body.autoAdvance).toBe(autoAdvance);
      expect((await control(created.body.id, 'lobby')).status).toBe(200);
      return created.body;
    };
    // Three rounds: a second advance of round 1 (by the other process) would show as round 3.
    const advancing = await newCafe('Loopt vanzelf door', 3, true);
    const lastRound = await newCafe('Eén ronde, vanzelf', 1, true);
    const byHand = await newCafe('Aanjager bepaalt', 2, false);

    // Three participants, on both processes: presence crosses processes through Redis.
    const seenRounds: number[] = [];
    const guests = ['deelnemer@demo.nl', 'mila@demo.nl', 'jongerenwerker@demo.nl'];
    for (const [i, email] of guests.entries()) {
      const server = i === 0 ? two : one;
      const socket = openLiveSocket(server.url, (await login(server.url, email)).accessToken, { reconnection: false });
      sockets.push(socket);
      if (i === 0) {
        socket.on('cafe:updated', ({ cafe }: { cafe: Cafe }) => {
          if (cafe.id === advancing.id && seenRounds.at(-1) !== cafe.round) seenRounds.push(cafe.round);
        });
      }
      for (const cafe of [advancing, lastRound, byHand]) {
        expect(((await socket.emitWithAck('cafe:join', cafe.id)) as CafeJoinAck).ok).toBe(true);
      }
    }
    const started = await Promise.all([advancing, lastRound, byHand].map((cafe) => control(cafe.id, 'start')));
    for (const result of started) expect(result.body).toMatchObject({ state: 'running', round: 1 });
    const [round1] = started;
    const endsAt = round1?.body.timer.status === 'running' ? round1.body.timer.endsAt : 0;

    // Wait for the clock to reach 0:00 and the server to act on it (it checks every second).
    await new Promise((resolve) => setTimeout(resolve, ROUND_MS + 4_000));

    const advanced = await read(advancing.id);
    expect(advanced.round).toBe(2);
    expect(advanced.seatings).toHaveLength(2);
    // Everyone present is seated in the new round, with a fresh clock.
    expect(advanced.seatings[1]?.tables.flatMap((table) => table.members)).toHaveLength(3);
    if (advanced.timer.status !== 'running') throw new Error('the new round should have a running clock');
    expect(advanced.timer.endsAt).toBeGreaterThanOrEqual(endsAt + ROUND_MS - 1_000);
    expect(advanced.timer.endsAt).toBeLessThanOrEqual(endsAt + ROUND_MS + 3_000);
    // The participant's screen followed: it saw round 1, then round 2, once.
    expect(seenRounds.filter((round) => round === 2)).toEqual([2]);

    // The last round does not run into nothing: it waits at 0:00 until the facilitator ends it.
    const waiting = await read(lastRound.id);
    expect(waiting).toMatchObject({ state: 'running', round: 1 });
    expect(waiting.timer.status === 'running' && waiting.timer.endsAt <= Date.now()).toBe(true);
    expect((await control(lastRound.id, 'end')).body.state).toBe('harvest');

    // A café set up without it stays in round 1 until the facilitator moves on.
    expect((await read(byHand.id)).round).toBe(1);

    // A few seconds later nothing has moved again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const later = await read(advancing.id);
    expect(later.round).toBe(2);
    expect(later.seatings).toHaveLength(2);
  }, 150_000);
});
