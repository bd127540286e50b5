import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type {
  Bottleneck,
  Cafe,
  CafeJoinAck,
  ErrorBody,
  Meeting,
  MeetingAction,
  NotificationList,
} from '@leernetwerk/shared';
import { createApp } from '@leernetwerk/server/create-app';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

/** Two server processes on one database: the first with its own FerretDB, the second joining it. */
let t: TestApp;
let second: NestExpressApplication;
let secondUrl: string;
let facilitator: string;
let daan: string;
let daanId: string;
let mila: string;

beforeAll(async () => {
  t = await startTestApp();
  second = await createApp(t.config);
  await second.init();
  await second.listen(0, '127.0.0.1');
  secondUrl = (await second.getUrl()).replace('[::1]', '127.0.0.1');
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  const daanLogin = await login(t.url, 'deelnemer@demo.nl');
  daan = daanLogin.accessToken;
  daanId = daanLogin.user.id;
  mila = (await login(t.url, 'mila@demo.nl')).accessToken;
});

afterAll(async () => {
  await second.close();
  await t.close();
});

const errorOf = (body: unknown) => (body as ErrorBody).error;

async function openMeeting(): Promise<string> {
  const meeting = await api<Meeting>(t.url, 'POST', '/meetings', {
    token: facilitator,
    body: { title: 'Lerend netwerk: dubbel klikken', startsAt: '2026-12-08T13:00:00+01:00', durationMinutes: 90 },
  });
  expect(meeting.status).toBe(201);
  return meeting.body.id;
}

const addAction = (baseUrl: string, meetingId: string, key: string | undefined, text = 'Laadkast bestellen') =>
  api<MeetingAction | ErrorBody>(baseUrl, 'POST', `/meetings/${meetingId}/actions`, {
    token: facilitator,
    body: { text, ownerId: daanId },
    headers: key === undefined ? {} : { 'Idempotency-Key': key },
  });

async function actionsOf(meetingId: string): Promise<MeetingAction[]> {
  return (await api<Meeting>(t.url, 'GET', `/meetings/${meetingId}`, { token: facilitator })).body.actions;
}

async function assignmentsToDaan(meetingId: string): Promise<number> {
  const list = await api<NotificationList>(t.url, 'GET', '/notifications', { token: daan });
  return list.body.items.filter(
    (item) => item.kind === 'action-assigned' && item.link.type === 'meeting' && item.link.meetingId === meetingId,
  ).length;
}

describe('Idempotency-Key on create endpoints', () => {
  it('creates one action and one notification for two identical requests with one key', async () => {
    const meetingId = await openMeeting();
    const key = randomUUID();
    const first = await addAction(t.url, meetingId, key);
    const repeat = await addAction(t.url, meetingId, key);
    expect(first.status).toBe(201);
    expect(repeat.status).toBe(201);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await actionsOf(meetingId)).toHaveLength(1);
    expect(await assignmentsToDaan(meetingId)).toBe(1);
  });

  it('creates once when the same key arrives at the same moment on two server processes', async () => {
    const meetingId = await openMeeting();
    const key = randomUUID();
    const answers = await Promise.all([
      addAction(t.url, meetingId, key),
      addAction(secondUrl, meetingId, key),
      addAction(t.url, meetingId, key),
      addAction(secondUrl, meetingId, key),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    const ids = new Set(answers.map((answer) => (answer.body as MeetingAction).id));
    expect(ids.size).toBe(1);
    expect(await actionsOf(meetingId)).toHaveLength(1);
    expect(await assignmentsToDaan(meetingId)).toBe(1);
  });

  it('refuses the same key with a different body, and creates nothing for it', async () => {
    const meetingId = await openMeeting();
    const key = randomUUID();
    expect((await addAction(t.url, meetingId, key, 'Laadkast bestellen')).status).toBe(201);
    const reused = await addAction(secondUrl, meetingId, key, 'Brillen schoonmaken');
    expect(reused.status).toBe(422);
    expect(errorOf(reused.body).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await actionsOf(meetingId)).map((action) => action.text)).toEqual(['Laadkast bestellen']);
  });

  it('keeps keys apart per person and creates again without a key', async () => {
    const meetingId = await openMeeting();
    const key = randomUUID();
    expect((await addAction(t.url, meetingId, key)).status).toBe(201);
    const otherPerson = await api<Bottleneck>(t.url, 'POST', '/bottlenecks', {
      token: mila,
      headers: { 'Idempotency-Key': key },
      body: { title: 'Geen wifi op de groep', description: 'De tablets doen het niet.', scope: 'organisational' },
    });
    expect(otherPerson.status).toBe(201);
    expect((await addAction(t.url, meetingId, undefined)).status).toBe(201);
    expect(await actionsOf(meetingId)).toHaveLength(2);
  });

  it('frees the key when the first request was refused, so the corrected retry creates', async () => {
    const meetingId = await openMeeting();
    const key = randomUUID();
    const refused = await addAction(t.url, meetingId, key, 'x');
    expect(refused.status).toBe(400);
    const corrected = await addAction(t.url, meetingId, key, 'Laadkast bestellen');
    expect(corrected.status).toBe(201);
    expect(await actionsOf(meetingId)).toHaveLength(1);
  });

  it('answers a double "bij ons ook" twice with the success, not with ALREADY_SUPPORTED', async () => {
    const reported = await api<Bottleneck>(t.url, 'POST', '/bottlenecks', {
      token: daan,
      headers: { 'Idempotency-Key': randomUUID() },
      body: { title: 'Inlogcodes verlopen', description: 'Elke week opnieuw inloggen.', scope: 'structural' },
    });
    expect(reported.status).toBe(201);
    const key = randomUUID();
    const support = (baseUrl: string) =>
      api<Bottleneck | ErrorBody>(baseUrl, 'POST', `/bottlenecks/${reported.body.id}/support`, {
        token: mila,
        headers: { 'Idempotency-Key': key },
        body: { note: 'Bij ons ook.' },
      });
    const [first, repeat] = await Promise.all([support(t.url), support(secondUrl)]);
    expect([first.status, repeat.status]).toEqual([200, 200]);
    expect(repeat.body).toEqual(first.body);
    expect((first.body as Bottleneck).organisationsAffected).toBe(2);
    const withoutKey = await api<ErrorBody>(t.url, 'POST', `/bottlenecks/${reported.body.id}/support`, {
      token: mila,
      body: { note: '' },
    });
    expect(errorOf(withoutKey.body).code).toBe('ALREADY_SUPPORTED');
  });

  it('refuses a key that is not a key', async () => {
    const meetingId = await openMeeting();
    const refused = await addAction(t.url, meetingId, 'kort');
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'Idempotency-Key' }],
    });
    expect(await actionsOf(meetingId)).toHaveLength(0);
  });
});

describe('numbers out of range', () => {
  it('are refused with the range instead of clamped, and nothing is created', async () => {
    const cafe = await api<ErrorBody>(t.url, 'POST', '/cafes', {
      token: facilitator,
      body: {
        title: 'Café te groot',
        tables: [{ prompt: { kind: 'question', text: 'Wat werkt?' } }],
        rounds: 9,
        tableSize: 1,
      },
    });
    expect(cafe.status).toBe(400);
    expect(errorOf(cafe.body).details).toEqual(
      expect.arrayContaining([
        { path: 'rounds', message: 'Use a whole number from 1 to 6' },
        { path: 'tableSize', message: 'Use a whole number from 2 to 12' },
      ]),
    );
    const cafes = await api<{ title: string }[]>(t.url, 'GET', '/cafes', { token: facilitator });
    expect(cafes.body.map((c) => c.title)).not.toContain('Café te groot');

    const meeting = await api<ErrorBody>(t.url, 'POST', '/meetings', {
      token: facilitator,
      body: { title: 'Heel lange bijeenkomst', startsAt: '2026-12-08T13:00:00+01:00', durationMinutes: 5000 },
    });
    expect(meeting.status).toBe(400);
    expect(errorOf(meeting.body).details).toEqual([
      { path: 'durationMinutes', message: 'Use a whole number from 15 to 720' },
    ]);
  });
});

describe('a facilitator message to every table', () => {
  it('reaches the tables once when the same send arrives twice at the same moment, and again later', async () => {
    const created = await api<Cafe>(t.url, 'POST', '/cafes', {
      token: facilitator,
      body: { title: 'Café met een bericht', tables: [{ prompt: { kind: 'question', text: 'Wat werkt?' } }] },
    });
    const cafeId = created.body.id;
    expect((await api(t.url, 'POST', `/cafes/${cafeId}/lobby`, { token: facilitator, body: {} })).status).toBe(200);
    const socket = openLiveSocket(t.url, daan, { reconnection: false });
    const heard: string[] = [];
    socket.on('cafe:broadcast', ({ text }: { text: string }) => heard.push(text));
    try {
      expect(((await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck).ok).toBe(true);
      const key = randomUUID();
      const send = (baseUrl: string) =>
        api(baseUrl, 'POST', `/cafes/${cafeId}/broadcast`, {
          token: facilitator,
          body: { text: 'Nog vijf minuten!' },
          headers: { 'Idempotency-Key': key },
        });
      // Both on the process the table is connected to: the second app here shares the database, not Redis.
      const answers = await Promise.all([send(t.url), send(t.url)]);
      expect(answers.map((answer) => answer.status)).toEqual([204, 204]);
      expect((await send(t.url)).status).toBe(204);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(heard).toEqual(['Nog vijf minuten!']);
    } finally {
      socket.close();
    }
  });
});
