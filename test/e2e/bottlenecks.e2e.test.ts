import type {
  Bottleneck,
  BottleneckDashboard,
  BottleneckSummary,
  Cafe,
  CafeJoinAck,
  ErrorBody,
  Notification,
  NotificationList,
  ReportBottleneckRequest,
  Technology,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { readExcelCsv } from '@leernetwerk/server/common/excel-csv';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
/** Daan, Stichting Compass */
let daan: string;
/** Jesse, also Stichting Compass */
let jesse: string;
/** Mila, MEE-Vivenz */
let mila: string;
/** Sanne, Surplus */
let sanne: string;
let facilitator: string;
let coordinator: string;
let vrId: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const tokenOf = async (email: string) => (await login(t.url, email)).accessToken;
  [daan, jesse, mila, sanne, facilitator, coordinator] = await Promise.all([
    tokenOf('deelnemer@demo.nl'),
    tokenOf('jongerenwerker@demo.nl'),
    tokenOf('mila@demo.nl'),
    tokenOf('ambassadeur@demo.nl'),
    tokenOf('aanjager@demo.nl'),
    tokenOf('coordinator@demo.nl'),
  ]);
  const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', { token: daan });
  vrId = technologies.body.find((tech) => tech.name === 'VR-bril')?.id ?? '';
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await t.close();
});

async function connect(token: string): Promise<Socket> {
  const socket = openLiveSocket(t.url, token);
  sockets.push(socket);
  if (!socket.connected) await new Promise((resolve) => socket.once('session', resolve));
  return socket;
}

const report = (token: string, body: Partial<ReportBottleneckRequest> = {}) =>
  api<Bottleneck>(t.url, 'POST', '/bottlenecks', {
    token,
    body: {
      title: 'Geen budget voor licenties',
      description: 'De licentie van de app wordt niet vergoed.',
      technologyId: vrId,
      pillar: 'vision',
      scope: 'structural',
      ...body,
    },
  });

const move = (id: string, status: string, explanation: string, token = facilitator) =>
  api<Bottleneck | ErrorBody>(t.url, 'POST', `/bottlenecks/${id}/status`, { token, body: { status, explanation } });

const support = (id: string, token: string, note = '') =>
  api<Bottleneck | ErrorBody>(t.url, 'POST', `/bottlenecks/${id}/support`, { token, body: { note } });

const errorCode = (body: unknown) => (body as ErrorBody).error.code;

describe('reporting and "bij ons ook"', () => {
  it('counts the reporting organisation and each supporting organisation once', async () => {
    const created = await report(daan);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'new', organisationsAffected: 1, reporterName: 'Daan Deelnemer' });
    expect(created.body.source).toEqual({ source: { kind: 'standalone' }, title: null });
    const id = created.body.id;

    const sameOrganisation = await support(id, jesse);
    expect(sameOrganisation.status).toBe(409);
    expect(errorCode(sameOrganisation.body)).toBe('ALREADY_SUPPORTED');

    const fromMila = await support(id, mila, 'Bij ons ook, vooral bij de nachtdienst.');
    expect(fromMila.status).toBe(200);
    expect((fromMila.body as Bottleneck).organisationsAffected).toBe(2);

    const twice = await support(id, mila);
    expect(errorCode(twice.body)).toBe('ALREADY_SUPPORTED');
    const reporterTold = await api<NotificationList>(t.url, 'GET', '/notifications', { token: daan });
    expect(reporterTold.body.items[0]).toMatchObject({
      kind: 'bottleneck-supported',
      actorName: 'Mila Deelnemer',
      link: { type: 'bottleneck', bottleneckId: id },
    });

    const shown = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${id}`, { token: sanne });
    expect(shown.body.organisations.map((o) => [o.organisationName, o.reported, o.note])).toEqual([
      ['Stichting Compass', true, ''],
      ['MEE-Vivenz', false, 'Bij ons ook, vooral bij de nachtdienst.'],
    ]);
    expect(shown.body.affectsMyOrganisation).toBe(false);
    expect(shown.body.timeline.map((e) => e.kind)).toEqual(['reported', 'supported']);

    const withdrawn = await api<Bottleneck>(t.url, 'DELETE', `/bottlenecks/${id}/support`, { token: mila });
    expect(withdrawn.body.organisationsAffected).toBe(1);
    const reporterCannotWithdraw = await api<ErrorBody>(t.url, 'DELETE', `/bottlenecks/${id}/support`, {
      token: jesse,
    });
    expect(reporterCannotWithdraw.status).toBe(404);
  });

  it('keeps a café tablecloth as the source: café, table and round', async () => {
    const cafe = await api<Cafe>(t.url, 'POST', '/cafes', {
      token: facilitator,
      body: {
        title: 'Knelpuntencafé',
        tables: [{ prompt: { kind: 'question', text: 'Wat houdt je tegen?' } }],
        rounds: 2,
      },
    });
    await api(t.url, 'POST', `/cafes/${cafe.body.id}/lobby`, { token: facilitator });
    const socket = await connect(daan);
    expect(((await socket.emitWithAck('cafe:join', cafe.body.id)) as CafeJoinAck).ok).toBe(true);

    const source = {
      kind: 'cafe' as const,
      cafeId: cafe.body.id,
      table: 0,
      round: 1,
      excerpt: 'Wifi valt weg op de groep',
    };
    const fromCloth = await report(daan, { title: 'Wifi op de woongroep', source });
    expect(fromCloth.status).toBe(201);
    expect(fromCloth.body.source).toEqual({ source, title: 'Knelpuntencafé' });
    const again = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${fromCloth.body.id}`, { token: mila });
    expect(again.body.source.source).toEqual(source);

    const notThere = await report(mila, { source });
    expect(notThere.status).toBe(403);
    const noSuchTable = await report(daan, { source: { ...source, table: 5 } });
    expect(errorCode(noSuchTable.body)).toBe('VALIDATION_FAILED');
  });
});

describe('status flow', () => {
  it('lets only facilitators and coordinators move a bottleneck, one step at a time, back only with a reason', async () => {
    const { id } = (await report(daan, { title: 'Geen tijd voor training' })).body;
    expect((await move(id, 'recognised', 'Herkend in de bijeenkomst', daan)).status).toBe(403);

    const skip = await move(id, 'in-progress', 'Snel door');
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ error: { code: 'INVALID_TRANSITION', details: { refusal: 'skips-a-step' } } });

    expect((await move(id, 'recognised', 'Herkend door drie organisaties')).status).toBe(200);
    expect((await move(id, 'raised', 'Aangekaart bij de branche', coordinator)).status).toBe(200);
    const noExplanation = await move(id, 'in-progress', '');
    expect(errorCode(noExplanation.body)).toBe('VALIDATION_FAILED');
    expect((await move(id, 'recognised', 'De branche vroeg om meer voorbeelden')).status).toBe(200);

    const shown = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${id}`, { token: mila });
    expect(shown.body.status).toBe('recognised');
    const moves = shown.body.timeline.flatMap((e) => (e.kind === 'status' ? [[e.from, e.to, e.explanation]] : []));
    expect(moves).toEqual([
      ['new', 'recognised', 'Herkend door drie organisaties'],
      ['recognised', 'raised', 'Aangekaart bij de branche'],
      ['raised', 'recognised', 'De branche vroeg om meer voorbeelden'],
    ]);
  });

  it('tells every reporter and supporter of each move, live and in their list, but not the one who moved it', async () => {
    const { id } = (await report(daan, { title: 'Apps niet toegestaan op werktelefoon' })).body;
    await support(id, mila);
    await support(id, sanne);
    const listeners = await Promise.all([daan, mila, sanne, facilitator].map((token) => connect(token)));
    const heard = listeners.map(
      (socket) =>
        new Promise<Notification>((resolve) =>
          socket.on('notification:new', ({ notification }: { notification: Notification }) => {
            if (notification.link.type === 'bottleneck' && notification.link.bottleneckId === id) resolve(notification);
          }),
        ),
    );
    const facilitatorHeard = { value: false };
    void heard[3]?.then(() => (facilitatorHeard.value = true));
    const updated = new Promise<Bottleneck>((resolve) =>
      listeners[1]?.on('bottleneck:updated', ({ bottleneck }: { bottleneck: Bottleneck }) => {
        if (bottleneck.id === id && bottleneck.status === 'recognised') resolve(bottleneck);
      }),
    );

    await move(id, 'recognised', 'Dit speelt bij drie organisaties');
    const notifications = await Promise.all(heard.slice(0, 3));
    for (const notification of notifications) {
      expect(notification).toMatchObject({
        kind: 'bottleneck-status',
        title: 'Apps niet toegestaan op werktelefoon',
        actorName: 'Frank Aanjager',
        link: { type: 'bottleneck', bottleneckId: id, status: 'recognised' },
      });
    }
    expect((await updated).timeline.at(-1)).toMatchObject({
      kind: 'status',
      explanation: 'Dit speelt bij drie organisaties',
    });
    for (const token of [daan, mila, sanne]) {
      const list = await api<NotificationList>(t.url, 'GET', '/notifications', { token });
      expect(list.body.items.some((n) => n.link.type === 'bottleneck' && n.link.bottleneckId === id)).toBe(true);
    }
    const facilitatorList = await api<NotificationList>(t.url, 'GET', '/notifications', { token: facilitator });
    expect(facilitatorList.body.items.some((n) => n.link.type === 'bottleneck' && n.link.bottleneckId === id)).toBe(
      false,
    );
    expect(facilitatorHeard.value).toBe(false);
  });
});

describe('merging duplicates', () => {
  it('keeps every organisation once, every follower, and the history of both', async () => {
    const kept = (await report(daan, { title: 'Wifi te zwak voor VR' })).body;
    await support(kept.id, mila, 'Ook hier');
    const duplicate = (await report(mila, { title: 'VR-bril hapert door wifi' })).body;
    await support(duplicate.id, sanne, 'Bij Surplus ook');
    await move(duplicate.id, 'recognised', 'Herkend');

    expect(
      (await api(t.url, 'POST', `/bottlenecks/${duplicate.id}/merge`, { token: daan, body: { intoId: kept.id } }))
        .status,
    ).toBe(403);
    const merged = await api<Bottleneck>(t.url, 'POST', `/bottlenecks/${duplicate.id}/merge`, {
      token: facilitator,
      body: { intoId: kept.id, explanation: 'Zelfde knelpunt' },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(kept.id);
    expect(merged.body.organisations.map((o) => [o.organisationName, o.reported])).toEqual([
      ['Stichting Compass', true],
      ['MEE-Vivenz', true],
      ['Surplus', false],
    ]);
    expect(merged.body.organisationsAffected).toBe(3);
    const fromDuplicate = merged.body.timeline.filter((e) => e.mergedFrom === 'VR-bril hapert door wifi');
    expect(fromDuplicate.map((e) => e.kind)).toEqual(['reported', 'supported', 'status']);
    expect(merged.body.timeline.at(-1)).toMatchObject({ kind: 'merged', duplicateTitle: 'VR-bril hapert door wifi' });

    const gone = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${duplicate.id}`, { token: sanne });
    expect(gone.body.mergedInto).toBe(kept.id);
    const register = await api<BottleneckSummary[]>(t.url, 'GET', '/bottlenecks', { token: sanne });
    expect(register.body.some((b) => b.id === duplicate.id)).toBe(false);
    const sanneFollows = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${kept.id}`, { token: sanne });
    expect(sanneFollows.body.following).toBe(true);
    expect(errorCode((await move(duplicate.id, 'raised', 'Verder')).body)).toBe('CONFLICT');
    const intoItself = await api<ErrorBody>(t.url, 'POST', `/bottlenecks/${kept.id}/merge`, {
      token: facilitator,
      body: { intoId: kept.id },
    });
    expect(intoItself.body.error.code).toBe('CONFLICT');
  });
});

describe('dashboard and export', () => {
  it('ranks by organisations affected, filters, counts per pillar and technology, and exports CSV', async () => {
    const dashboard = await api<BottleneckDashboard>(t.url, 'GET', `/bottlenecks/dashboard?technologyId=${vrId}`, {
      token: coordinator,
    });
    expect(dashboard.status).toBe(200);
    const counts = dashboard.body.ranked.map((b) => b.organisationsAffected);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(dashboard.body.ranked.every((b) => b.technologyId === vrId)).toBe(true);
    expect(dashboard.body.byPillar.map((p) => p.pillar)).toContain('vision');
    expect(dashboard.body.byTechnology).toEqual([
      { technologyId: vrId, technologyName: 'VR-bril', count: dashboard.body.total },
    ]);

    const recognised = await api<BottleneckDashboard>(t.url, 'GET', '/bottlenecks/dashboard?status=recognised', {
      token: coordinator,
    });
    expect(recognised.body.ranked.every((b) => b.status === 'recognised')).toBe(true);
    const young = await api<BottleneckDashboard>(t.url, 'GET', '/bottlenecks/dashboard?minAgeDays=10000', {
      token: coordinator,
    });
    expect(young.body.total).toBe(0);

    expect((await api(t.url, 'GET', '/bottlenecks/dashboard', { token: daan })).status).toBe(403);
    const csv = await fetch(`${t.url}/api/bottlenecks/export.csv?technologyId=${vrId}`, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="knelpuntenregister-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith('\uFEFFRang;')).toBe(true);
    const rows = readExcelCsv(text);
    expect(rows[0]).toEqual([
      'Rang',
      'Titel',
      'Aantal organisaties',
      'Organisaties',
      'Status',
      'Soort',
      'Technologie',
      'Pijler van het kompas',
      'Gemeld op',
      'Laatst gewijzigd',
    ]);
    expect(rows).toHaveLength(dashboard.body.total + 1);
    const statusLabels = [
      'Nieuw',
      'Herkend',
      'Aangekaart bij de branche',
      'In behandeling',
      'Opgelost',
      'Niet opgepakt',
    ];
    for (const [rank, title, count, organisations, status, , technology, , reportedAt] of rows.slice(1)) {
      expect(rank).toMatch(/^\d+$/);
      expect(title).toBeTruthy();
      expect(statusLabels).toContain(status);
      expect(technology).toBe('VR-bril');
      expect(reportedAt).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
      // Names, never ids: as many as the count says.
      expect(organisations).not.toMatch(/[0-9a-f]{24}/);
      expect(organisations ? organisations.split(', ').length : 0).toBe(Number(count));
    }
  });
});

describe('bad input', () => {
  it('refuses with stable codes and changes nothing', async () => {
    const before = await api<BottleneckSummary[]>(t.url, 'GET', '/bottlenecks', { token: daan });
    const cases: [Partial<ReportBottleneckRequest> | string, string][] = [
      [{ title: 'x' }, 'VALIDATION_FAILED'],
      [{ scope: 'everywhere' as never }, 'VALIDATION_FAILED'],
      [{ pillar: 'money' as never }, 'VALIDATION_FAILED'],
      [{ technologyId: '0123456789abcdef01234567' }, 'NOT_FOUND'],
      [{ source: { kind: 'meeting', meetingId: '0123456789abcdef01234567' } }, 'NOT_FOUND'],
      [{ description: 'x'.repeat(4001) }, 'VALIDATION_FAILED'],
      ['{"title": ', 'INVALID_JSON'],
    ];
    for (const [body, code] of cases) {
      const result =
        typeof body === 'string'
          ? await api<ErrorBody>(t.url, 'POST', '/bottlenecks', { token: daan, rawBody: body })
          : await report(daan, body);
      expect([JSON.stringify(body).slice(0, 40), errorCode(result.body)]).toEqual([
        JSON.stringify(body).slice(0, 40),
        code,
      ]);
    }
    expect(errorCode((await api(t.url, 'GET', '/bottlenecks/nope', { token: daan })).body)).toBe('VALIDATION_FAILED');
    expect(errorCode((await api(t.url, 'GET', '/bottlenecks/0123456789abcdef01234567', { token: daan })).body)).toBe(
      'NOT_FOUND',
    );
    expect(errorCode((await move('0123456789abcdef01234567', 'recognised', 'Herkend')).body)).toBe('NOT_FOUND');
    expect(errorCode((await api(t.url, 'GET', '/bottlenecks?status=lost', { token: daan })).body)).toBe(
      'VALIDATION_FAILED',
    );
    expect((await api(t.url, 'GET', '/bottlenecks')).status).toBe(401);
    const after = await api<BottleneckSummary[]>(t.url, 'GET', '/bottlenecks', { token: daan });
    expect(after.body).toHaveLength(before.body.length);
  });
});
