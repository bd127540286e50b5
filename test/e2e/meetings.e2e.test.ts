import {
  meetingDocuments,
  type Bottleneck,
  type CreateMeetingRequest,
  type ErrorBody,
  type Meeting,
  type MeetingAction,
  type MeetingPerson,
  type MeetingSummary,
  type Notification,
  type Technology,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, login } from '../support/api-client';
import { eventually, openCollabClient, type CollabClient } from '../support/collab-clients';
import { openLiveSocket } from '../support/live-client';
import { pdfTextLines } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let facilitator: string;
let daan: string;
let daanId: string;
let mila: string;
let milaId: string;
let vrId: string;
const sockets: Socket[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  const daanLogin = await login(t.url, 'deelnemer@demo.nl');
  daan = daanLogin.accessToken;
  daanId = daanLogin.user.id;
  const milaLogin = await login(t.url, 'mila@demo.nl');
  mila = milaLogin.accessToken;
  milaId = milaLogin.user.id;
  const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', { token: daan });
  vrId = technologies.body.find((tech) => tech.name === 'VR-bril')?.id ?? '';
});

afterAll(async () => {
  for (const client of clients) client.close();
  for (const socket of sockets) socket.close();
  await t.close();
});

const newMeeting = (body: Partial<CreateMeetingRequest> = {}, token = facilitator) =>
  api<Meeting>(t.url, 'POST', '/meetings', {
    token,
    body: {
      title: 'Lerend netwerk: VR in de zorg',
      startsAt: '2026-11-24T13:00:00+01:00',
      durationMinutes: 150,
      agenda: [
        { kind: 'intervision', title: 'Intervisie VR-bril', minutes: 45, linkId: vrId },
        { kind: 'plenary', title: 'Knelpunten ophalen', minutes: 30 },
      ],
      ...body,
    },
  });

const setState = (id: string, state: string, token = facilitator) =>
  api<Meeting>(t.url, 'PUT', `/meetings/${id}/state`, { token, body: { state } });

const checkIn = (id: string, token: string) =>
  api<Meeting | ErrorBody>(t.url, 'POST', `/meetings/${id}/check-in`, { token });

async function certificate(id: string, token: string, userId?: string) {
  const query = userId ? `?userId=${userId}` : '';
  const response = await fetch(`${t.url}/api/meetings/${id}/certificate.pdf${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition'),
    bytes,
  };
}

const errorCode = (body: unknown) => (body as ErrorBody).error.code;

describe('meetings', () => {
  it('is planned by a facilitator with an agenda whose blocks link to what they run', async () => {
    expect((await newMeeting({}, daan)).status).toBe(403);
    const created = await newMeeting();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      state: 'planned',
      facilitator: { name: 'Frank Aanjager' },
      canManage: true,
      minutesDocument: meetingDocuments.minutes(created.body.id),
    });
    expect(created.body.agenda.map((b) => [b.kind, b.linkTitle])).toEqual([
      ['intervision', 'VR-bril'],
      ['plenary', null],
    ]);
    const list = await api<MeetingSummary[]>(t.url, 'GET', '/meetings', { token: daan });
    expect(list.body.some((m) => m.id === created.body.id)).toBe(true);
    const asDaan = await api<Meeting>(t.url, 'GET', `/meetings/${created.body.id}`, { token: daan });
    expect(asDaan.body.canManage).toBe(false);
    expect(
      (await api(t.url, 'PATCH', `/meetings/${created.body.id}`, { token: daan, body: { title: 'Anders' } })).status,
    ).toBe(403);
  });

  it('lets people check in only while open, lets the facilitator correct it, and tells everyone live', async () => {
    const { id } = (await newMeeting()).body;
    const early = await checkIn(id, daan);
    expect(early.status).toBe(409);
    expect(errorCode(early.body)).toBe('MEETING_WRONG_STATE');

    const watcher = openLiveSocket(t.url, mila);
    sockets.push(watcher);
    await new Promise((resolve) => watcher.once('session', resolve));
    const seen = new Promise<Meeting>((resolve) =>
      watcher.on('meeting:updated', ({ meeting }: { meeting: Meeting }) => {
        if (meeting.id === id && meeting.attendees.length === 1) resolve(meeting);
      }),
    );
    await setState(id, 'open');
    const checkedIn = await checkIn(id, daan);
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ checkedIn: true, attendeeCount: 1 });
    expect((await seen).attendees).toEqual([
      expect.objectContaining({ name: 'Daan Deelnemer', organisationName: 'Stichting Compass', by: 'self' }),
    ]);
    expect(((await checkIn(id, daan)).body as Meeting).attendeeCount).toBe(1);

    const candidates = await api<MeetingPerson[]>(t.url, 'GET', `/meetings/${id}/people`, { token: facilitator });
    expect(candidates.body).toContainEqual({ id: milaId, name: 'Mila Deelnemer', organisationName: 'MEE-Vivenz' });
    expect(candidates.body.some((p) => p.id === daanId)).toBe(false);
    expect((await api(t.url, 'GET', `/meetings/${id}/people`, { token: daan })).status).toBe(403);
    const added = await api<Meeting>(t.url, 'PUT', `/meetings/${id}/attendance/${milaId}`, {
      token: facilitator,
      body: { present: true },
    });
    expect(added.body.attendees.map((a) => [a.name, a.by])).toEqual([
      ['Daan Deelnemer', 'self'],
      ['Mila Deelnemer', 'facilitator'],
    ]);
    const byParticipant = await api(t.url, 'PUT', `/meetings/${id}/attendance/${milaId}`, {
      token: daan,
      body: { present: false },
    });
    expect(byParticipant.status).toBe(403);
    const removed = await api<Meeting>(t.url, 'PUT', `/meetings/${id}/attendance/${milaId}`, {
      token: facilitator,
      body: { present: false },
    });
    expect(removed.body.attendees.map((a) => a.name)).toEqual(['Daan Deelnemer']);

    await setState(id, 'closed');
    expect(errorCode((await checkIn(id, mila)).body)).toBe('MEETING_WRONG_STATE');
  });

  it('gives a real PDF certificate to attendees only, once the meeting is closed', async () => {
    const { id } = (await newMeeting({ title: 'Accreditatiebijeenkomst', startsAt: '2026-11-24T23:30:00Z' })).body;
    await setState(id, 'open');
    await checkIn(id, daan);

    const early = await certificate(id, daan);
    expect(early.status).toBe(409);
    expect(errorCode(JSON.parse(early.bytes.toString()))).toBe('CERTIFICATE_NOT_YET');

    const accreditation = { register: 'SKJ', number: 'ACC-2026-118', amount: 2.5, unit: 'points' };
    const edited = await api<Meeting>(t.url, 'PATCH', `/meetings/${id}`, {
      token: facilitator,
      body: { accreditation },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.accreditation).toEqual(accreditation);
    await setState(id, 'closed');

    const own = await certificate(id, daan);
    expect(own.status).toBe(200);
    expect(own.type).toBe('application/pdf');
    expect(own.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // 23:30 UTC on 24 November is 00:30 on the 25th in Amsterdam: the date on the certificate.
    expect(own.disposition).toBe(
      `attachment; filename="bewijs-van-deelname-accreditatiebijeenkomst-daan-deelnemer-2026-11-25.pdf"; filename*=UTF-8''Bewijs%20van%20deelname%20-%20Accreditatiebijeenkomst%20-%20Daan%20Deelnemer%202026-11-25.pdf`,
    );
    const text = pdfTextLines(own.bytes).join('\n');
    expect(text).toContain('Daan Deelnemer');
    expect(text).toContain('Datum: woensdag 25 november 2026 om 00:30');
    expect(text).toContain('Accreditatie: SKJ, nummer ACC-2026-118: 2,5 punten');

    const notThere = await certificate(id, mila);
    expect(notThere.status).toBe(403);
    expect(errorCode(JSON.parse(notThere.bytes.toString()))).toBe('NOT_ATTENDED');
    expect((await certificate(id, mila, daanId)).status).toBe(403);
    expect((await certificate(id, facilitator, daanId)).status).toBe(200);
    expect(errorCode(JSON.parse((await certificate(id, facilitator, milaId)).bytes.toString()))).toBe('NOT_ATTENDED');
  });

  it('keeps accreditation details to facilitators, refuses bad ones with nothing changed, and takes them off', async () => {
    const { id } = (await newMeeting()).body;
    const good = { register: 'Registerplein', number: '7781', amount: 3, unit: 'hours' };
    expect((await api(t.url, 'PATCH', `/meetings/${id}`, { token: daan, body: { accreditation: good } })).status).toBe(
      403,
    );
    for (const bad of [
      { ...good, amount: 0 },
      { ...good, amount: 1.25 },
      { ...good, register: ' ' },
      { ...good, unit: 'credits' },
    ]) {
      const refused = await api<ErrorBody>(t.url, 'PATCH', `/meetings/${id}`, {
        token: facilitator,
        body: { accreditation: bad },
      });
      expect(refused.status).toBe(400);
      expect(errorCode(refused.body)).toBe('VALIDATION_FAILED');
    }
    expect((await api<Meeting>(t.url, 'GET', `/meetings/${id}`, { token: daan })).body.accreditation).toBeNull();

    await api(t.url, 'PATCH', `/meetings/${id}`, { token: facilitator, body: { accreditation: good } });
    expect((await api<Meeting>(t.url, 'GET', `/meetings/${id}`, { token: daan })).body.accreditation).toEqual(good);
    await api(t.url, 'PATCH', `/meetings/${id}`, { token: facilitator, body: { accreditation: null } });
    expect((await api<Meeting>(t.url, 'GET', `/meetings/${id}`, { token: daan })).body.accreditation).toBeNull();
  });

  it('writes live minutes: attendees write while open, others read', async () => {
    const { id } = (await newMeeting()).body;
    await setState(id, 'open');
    await checkIn(id, daan);
    const docId = meetingDocuments.minutes(id);
    const writer = openCollabClient(t.url, daan, docId);
    const reader = openCollabClient(t.url, mila, docId);
    clients.push(writer, reader);
    await Promise.all([writer.provider.whenSynced(), reader.provider.whenSynced()]);
    expect(writer.provider.access).toBe('write');
    expect(reader.provider.access).toBe('read');

    // Mila arrives and checks in with the minutes already open: she may write without reloading.
    await checkIn(id, mila);
    reader.provider.refreshAccess();
    await eventually(() => reader.provider.access === 'write', 'the minutes to become writable after check-in');
  });
});

describe('actions', () => {
  it('are named by the facilitator, reach their owner live, and the owner only ticks them off', async () => {
    const { id } = (await newMeeting()).body;
    await setState(id, 'open');
    await checkIn(id, daan);
    const bottleneck = await api<Bottleneck>(t.url, 'POST', '/bottlenecks', {
      token: daan,
      body: {
        title: 'Geen oplaadpunten',
        description: 'De brillen liggen leeg.',
        scope: 'organisational',
        source: { kind: 'meeting', meetingId: id },
      },
    });
    expect(bottleneck.body.source.title).toBe('Lerend netwerk: VR in de zorg');

    const owner = openLiveSocket(t.url, daan);
    sockets.push(owner);
    await new Promise((resolve) => owner.once('session', resolve));
    const told = new Promise<Notification>((resolve) =>
      owner.on('notification:new', ({ notification }: { notification: Notification }) => resolve(notification)),
    );
    const byParticipant = await api(t.url, 'POST', `/meetings/${id}/actions`, {
      token: daan,
      body: { text: 'Laadkast bestellen', ownerId: daanId },
    });
    expect(byParticipant.status).toBe(403);
    const created = await api<MeetingAction>(t.url, 'POST', `/meetings/${id}/actions`, {
      token: facilitator,
      body: { text: 'Laadkast bestellen', ownerId: daanId, dueDate: '2026-12-15', bottleneckId: bottleneck.body.id },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ownerName: 'Daan Deelnemer',
      status: 'open',
      bottleneckTitle: 'Geen oplaadpunten',
    });
    expect(await told).toMatchObject({ kind: 'action-assigned', link: { type: 'meeting', meetingId: id } });

    const mine = await api<MeetingAction[]>(t.url, 'GET', '/me/actions', { token: daan });
    expect(mine.body.map((a) => a.text)).toContain('Laadkast bestellen');
    const onMeeting = await api<Meeting>(t.url, 'GET', `/meetings/${id}`, { token: mila });
    expect(onMeeting.body.actions.map((a) => a.text)).toEqual(['Laadkast bestellen']);
    const onBottleneck = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${bottleneck.body.id}`, { token: mila });
    expect(onBottleneck.body.actions).toEqual([expect.objectContaining({ text: 'Laadkast bestellen', meetingId: id })]);
    const fromMeeting = await api<Bottleneck[]>(t.url, 'GET', `/bottlenecks?meetingId=${id}`, { token: mila });
    expect(fromMeeting.body.map((b) => b.id)).toEqual([bottleneck.body.id]);

    const ownerRetitles = await api(t.url, 'PATCH', `/actions/${created.body.id}`, {
      token: daan,
      body: { text: 'Iets anders' },
    });
    expect(ownerRetitles.status).toBe(403);
    const someoneElse = await api(t.url, 'PATCH', `/actions/${created.body.id}`, {
      token: mila,
      body: { status: 'done' },
    });
    expect(someoneElse.status).toBe(403);
    const done = await api<MeetingAction>(t.url, 'PATCH', `/actions/${created.body.id}`, {
      token: daan,
      body: { status: 'done' },
    });
    expect(done.body.status).toBe('done');
  });

  it('refuses bad input with stable codes', async () => {
    const { id } = (await newMeeting()).body;
    const unknown = '0123456789abcdef01234567';
    const cases: [string, string, unknown, string][] = [
      ['POST', `/meetings/${id}/actions`, { text: 'x', ownerId: daanId }, 'VALIDATION_FAILED'],
      ['POST', `/meetings/${id}/actions`, { text: 'Iets doen', ownerId: unknown }, 'NOT_FOUND'],
      [
        'POST',
        `/meetings/${id}/actions`,
        { text: 'Iets doen', ownerId: daanId, dueDate: '15-12-2026' },
        'VALIDATION_FAILED',
      ],
      ['POST', `/meetings/${id}/actions`, { text: 'Iets doen', ownerId: daanId, bottleneckId: unknown }, 'NOT_FOUND'],
      ['POST', `/meetings/${unknown}/actions`, { text: 'Iets doen', ownerId: daanId }, 'NOT_FOUND'],
      ['PUT', `/meetings/${id}/state`, { state: 'finished' }, 'VALIDATION_FAILED'],
      ['PUT', `/meetings/${id}/attendance/${unknown}`, { present: true }, 'NOT_FOUND'],
      ['PATCH', `/meetings/${id}`, {}, 'VALIDATION_FAILED'],
      ['PATCH', `/actions/${unknown}`, { status: 'done' }, 'NOT_FOUND'],
      ['POST', '/meetings', { title: 'Ok titel', startsAt: 'morgen', durationMinutes: 60 }, 'VALIDATION_FAILED'],
      [
        'POST',
        '/meetings',
        {
          title: 'Ok titel',
          startsAt: '2026-12-01T10:00:00Z',
          durationMinutes: 60,
          agenda: [{ kind: 'plenary', title: 'P', minutes: 30, linkId: vrId }],
        },
        'VALIDATION_FAILED',
      ],
    ];
    for (const [method, path, body, code] of cases) {
      const result = await api<ErrorBody>(t.url, method, path, { token: facilitator, body });
      expect([method, path, errorCode(result.body)]).toEqual([method, path, code]);
    }
    const after = await api<Meeting>(t.url, 'GET', `/meetings/${id}`, { token: facilitator });
    expect(after.body).toMatchObject({ state: 'planned', attendees: [], actions: [] });
  });
});
