import {
  ErrorCode,
  personalDataRefusalDetailsSchema,
  type AuthResponse,
  type Bottleneck,
  type Cafe,
  type ErrorBody,
  type Meeting,
  type MeetingAction,
  type Technology,
  type Thread,
} from '@leernetwerk/shared';
import { api, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

// The example from issue 15: a client's name with birth date, address and 06 number.
const CLIENT_DATA = 'Jan de Vries, geboren 12-03-1987, Dorpsstraat 12 Utrecht, 06-12345678';
const WORK_NUMBER = 'Bel me gerust op 030-1234567';

let t: TestApp;
let daan: AuthResponse;
let mila: AuthResponse;
let facilitator: AuthResponse;
let admin: AuthResponse;
const ids = {
  vr: '',
  bottleneck: '',
  otherBottleneck: '',
  thread: '',
  cafe: '',
  meeting: '',
  action: '',
  conversation: '',
  statement: '',
  reply: '',
};

async function created<T extends { id: string }>(request: Promise<{ status: number; body: T }>): Promise<string> {
  const result = await request;
  expect(result.status).toBe(201);
  return result.body.id;
}

beforeAll(async () => {
  t = await startTestApp();
  daan = await login(t.url, 'deelnemer@demo.nl');
  mila = await login(t.url, 'mila@demo.nl');
  facilitator = await login(t.url, 'aanjager@demo.nl');
  admin = await login(t.url, 'beheer@demo.nl');
  const as = (who: AuthResponse) => ({ token: who.accessToken });
  const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', as(daan));
  ids.vr = technologies.body.find((tech) => tech.name === 'VR-bril')?.id ?? '';
  const bottleneck = { description: 'De licentie wordt niet vergoed.', scope: 'organisational' };
  ids.bottleneck = await created(
    api<Bottleneck>(t.url, 'POST', '/bottlenecks', { ...as(daan), body: { ...bottleneck, title: 'Geen budget' } }),
  );
  ids.otherBottleneck = await created(
    api<Bottleneck>(t.url, 'POST', '/bottlenecks', { ...as(mila), body: { ...bottleneck, title: 'Geen geld' } }),
  );
  ids.thread = await created(
    api<Thread>(t.url, 'POST', `/technologies/${ids.vr}/threads`, {
      ...as(daan),
      body: { kind: 'question', title: 'Hoe begin ik?', body: 'Met welke oefening start ik?' },
    }),
  );
  ids.cafe = await created(
    api<Cafe>(t.url, 'POST', '/cafes', {
      ...as(facilitator),
      body: { title: 'Privacycafé', tables: [{ prompt: { kind: 'question', text: 'Wat werkt?' } }] },
    }),
  );
  ids.meeting = await created(
    api<Meeting>(t.url, 'POST', '/meetings', {
      ...as(facilitator),
      body: { title: 'Lerend netwerk', startsAt: '2026-11-24T13:00:00+01:00', durationMinutes: 120 },
    }),
  );
  ids.action = await created(
    api<MeetingAction>(t.url, 'POST', `/meetings/${ids.meeting}/actions`, {
      ...as(facilitator),
      body: { text: 'Verslag rondsturen', ownerId: daan.user.id },
    }),
  );
  ids.conversation = await created(
    api<{ id: string }>(t.url, 'POST', '/conversations', { ...as(facilitator), body: { title: 'Stellingen' } }),
  );
  ids.statement = await created(
    api<{ id: string }>(t.url, 'POST', `/conversations/${ids.conversation}/statements`, {
      ...as(facilitator),
      body: { text: 'VR helpt bij het oefenen van gesprekken' },
    }),
  );
  ids.reply = await created(
    api<{ id: string }>(t.url, 'POST', `/statements/${ids.statement}/replies`, {
      ...as(daan),
      body: { kind: 'question', text: 'Voor welke doelgroep?' },
    }),
  );
}, 120_000);

afterAll(async () => {
  await t.close();
});

interface GuardedEndpoint {
  method: string;
  path: () => string;
  who: () => AuthResponse;
  body: (text: string) => Record<string, unknown>;
  /** The request field the text goes in, as named in `details.findings[].path`. */
  field: string;
  /** A read that would show the text if it had been stored. */
  read: () => { path: string; who: AuthResponse };
}

const bottleneckRead = () => ({ path: `/bottlenecks/${ids.bottleneck}`, who: daan });
const cafeRead = () => ({ path: `/cafes/${ids.cafe}`, who: facilitator });
const meetingRead = () => ({ path: `/meetings/${ids.meeting}`, who: facilitator });
const conversationRead = () => ({ path: `/conversations/${ids.conversation}`, who: facilitator });

const ENDPOINTS: Record<string, GuardedEndpoint> = {
  'a bottleneck report': {
    method: 'POST',
    path: () => '/bottlenecks',
    who: () => daan,
    body: (text) => ({ title: 'Wachtlijst', description: text, scope: 'structural' }),
    field: 'description',
    read: () => ({ path: '/bottlenecks', who: daan }),
  },
  'a "bij ons ook" note': {
    method: 'POST',
    path: () => `/bottlenecks/${ids.bottleneck}/support`,
    who: () => mila,
    body: (note) => ({ note }),
    field: 'note',
    read: bottleneckRead,
  },
  'a status explanation': {
    method: 'POST',
    path: () => `/bottlenecks/${ids.bottleneck}/status`,
    who: () => facilitator,
    body: (explanation) => ({ status: 'recognised', explanation }),
    field: 'explanation',
    read: bottleneckRead,
  },
  'a merge explanation': {
    method: 'POST',
    path: () => `/bottlenecks/${ids.otherBottleneck}/merge`,
    who: () => facilitator,
    body: (explanation) => ({ intoId: ids.bottleneck, explanation }),
    field: 'explanation',
    read: () => ({ path: `/bottlenecks/${ids.otherBottleneck}`, who: facilitator }),
  },
  'an intervision thread': {
    method: 'POST',
    path: () => `/technologies/${ids.vr}/threads`,
    who: () => daan,
    body: (title) => ({ kind: 'tip', title, body: 'Begin klein.' }),
    field: 'title',
    read: () => ({ path: `/technologies/${ids.vr}/threads`, who: daan }),
  },
  'an intervision reply': {
    method: 'POST',
    path: () => `/threads/${ids.thread}/posts`,
    who: () => mila,
    body: (body) => ({ body }),
    field: 'body',
    read: () => ({ path: `/threads/${ids.thread}`, who: daan }),
  },
  'a new café': {
    method: 'POST',
    path: () => '/cafes',
    who: () => facilitator,
    body: (centralQuestion) => ({
      title: 'Nieuw café',
      centralQuestion,
      tables: [{ prompt: { kind: 'question', text: 'Wat werkt?' } }],
    }),
    field: 'centralQuestion',
    read: () => ({ path: '/cafes', who: facilitator }),
  },
  'a café table question': {
    method: 'PATCH',
    path: () => `/cafes/${ids.cafe}`,
    who: () => facilitator,
    body: (text) => ({
      tables: [{ prompt: { kind: 'question', text: 'Wat werkt?' } }, { prompt: { kind: 'question', text } }],
    }),
    field: 'tables.1.prompt.text',
    read: cafeRead,
  },
  'a café broadcast': {
    method: 'POST',
    path: () => `/cafes/${ids.cafe}/broadcast`,
    who: () => facilitator,
    body: (text) => ({ text }),
    field: 'text',
    read: cafeRead,
  },
  'a harvest comment': {
    method: 'POST',
    path: () => `/cafes/${ids.cafe}/harvest/feedback`,
    who: () => daan,
    body: (comment) => ({ verdict: 'comment', comment }),
    field: 'comment',
    read: cafeRead,
  },
  'a meeting description': {
    method: 'POST',
    path: () => '/meetings',
    who: () => facilitator,
    body: (description) => ({
      title: 'Netwerkdag',
      description,
      startsAt: '2026-12-01T13:00:00+01:00',
      durationMinutes: 60,
    }),
    field: 'description',
    read: () => ({ path: '/meetings', who: facilitator }),
  },
  'a meeting agenda item': {
    method: 'PATCH',
    path: () => `/meetings/${ids.meeting}`,
    who: () => facilitator,
    body: (title) => ({ agenda: [{ kind: 'free', title, minutes: 30 }] }),
    field: 'agenda.0.title',
    read: meetingRead,
  },
  'a new meeting action': {
    method: 'POST',
    path: () => `/meetings/${ids.meeting}/actions`,
    who: () => facilitator,
    body: (text) => ({ text, ownerId: daan.user.id }),
    field: 'text',
    read: () => ({ path: '/me/actions', who: daan }),
  },
  'a changed meeting action': {
    method: 'PATCH',
    path: () => `/actions/${ids.action}`,
    who: () => facilitator,
    body: (text) => ({ text }),
    field: 'text',
    read: () => ({ path: '/me/actions', who: daan }),
  },
  'a statement conversation': {
    method: 'POST',
    path: () => '/conversations',
    who: () => facilitator,
    body: (description) => ({ title: 'Nieuwe stellingen', description }),
    field: 'description',
    read: () => ({ path: '/conversations', who: facilitator }),
  },
  'a proposed statement': {
    method: 'POST',
    path: () => `/conversations/${ids.conversation}/statements`,
    who: () => daan,
    body: (text) => ({ text }),
    field: 'text',
    read: conversationRead,
  },
  'a vote reason': {
    method: 'PUT',
    path: () => `/statements/${ids.statement}/vote`,
    who: () => daan,
    body: (reason) => ({ value: 'agree', reason }),
    field: 'reason',
    read: () => ({ path: `/conversations/${ids.conversation}`, who: daan }),
  },
  'a statement reply': {
    method: 'POST',
    path: () => `/statements/${ids.statement}/replies`,
    who: () => mila,
    body: (text) => ({ kind: 'for', text }),
    field: 'text',
    read: conversationRead,
  },
  'a report reason on a statement': {
    method: 'POST',
    path: () => `/statements/${ids.statement}/report`,
    who: () => mila,
    body: (reason) => ({ reason }),
    field: 'reason',
    read: conversationRead,
  },
  'a report reason on a reply': {
    method: 'POST',
    path: () => `/replies/${ids.reply}/report`,
    who: () => mila,
    body: (reason) => ({ reason }),
    field: 'reason',
    read: conversationRead,
  },
  'a technology description': {
    method: 'PATCH',
    path: () => `/technologies/${ids.vr}`,
    who: () => admin,
    body: (description) => ({ description }),
    field: 'description',
    read: () => ({ path: '/technologies', who: admin }),
  },
};

async function snapshot(endpoint: GuardedEndpoint): Promise<unknown> {
  const { path, who } = endpoint.read();
  const result = await api(t.url, 'GET', path, { token: who.accessToken });
  expect(result.status).toBe(200);
  return result.body;
}

function send(endpoint: GuardedEndpoint, text: string, extra: Record<string, unknown> = {}) {
  return api<unknown>(t.url, endpoint.method, endpoint.path(), {
    token: endpoint.who().accessToken,
    body: { ...endpoint.body(text), ...extra },
  });
}

function findingsOf(body: unknown) {
  return personalDataRefusalDetailsSchema.parse((body as ErrorBody).error.details).findings;
}

describe('the privacy guard on every text others read', () => {
  it.each(Object.entries(ENDPOINTS))(
    'refuses client data in %s with PRIVACY_RISK, says where, and stores nothing',
    async (_label, endpoint) => {
      const before = await snapshot(endpoint);
      const refused = await send(endpoint, CLIENT_DATA);
      expect(refused.status).toBe(422);
      expect((refused.body as ErrorBody).error.code).toBe(ErrorCode.PrivacyRisk);
      const findings = findingsOf(refused.body);
      expect(findings.map((finding) => finding.kind)).toEqual(['name-with-birthdate', 'address', 'mobile-phone']);
      for (const finding of findings) {
        expect(finding).toMatchObject({ path: endpoint.field, severity: 'block' });
        expect(CLIENT_DATA.slice(finding.start, finding.end)).toBe(finding.excerpt);
      }
      expect(await snapshot(endpoint)).toEqual(before);
    },
  );

  it.each(Object.entries(ENDPOINTS))(
    'asks to confirm a work number in %s with PRIVACY_CONFIRM_REQUIRED and stores nothing',
    async (_label, endpoint) => {
      const before = await snapshot(endpoint);
      const refused = await send(endpoint, WORK_NUMBER);
      expect(refused.status).toBe(422);
      expect((refused.body as ErrorBody).error.code).toBe(ErrorCode.PrivacyConfirmRequired);
      expect(findingsOf(refused.body)).toEqual([
        { path: endpoint.field, kind: 'work-phone', severity: 'confirm', start: 17, end: 28, excerpt: '030-1234567' },
      ]);
      expect(await snapshot(endpoint)).toEqual(before);
    },
  );

  it('stores a bottleneck report with a work number once the writer confirms it is theirs', async () => {
    const endpoint = ENDPOINTS['a bottleneck report'];
    if (!endpoint) throw new Error('missing endpoint');
    const stored = await send(endpoint, WORK_NUMBER, { confirmPersonalData: true });
    expect(stored.status).toBe(201);
    const read = await api<Bottleneck>(t.url, 'GET', `/bottlenecks/${(stored.body as Bottleneck).id}`, {
      token: mila.accessToken,
    });
    expect(read.body.description).toBe(WORK_NUMBER);
    expect(read.body).not.toHaveProperty('confirmPersonalData');
  });

  it('stores a statement reply with a work e-mail once confirmed', async () => {
    const text = 'Mail me voor het draaiboek: p.jansen@wijkteam-oss.nl';
    const reply = await api<{ text: string }>(t.url, 'POST', `/statements/${ids.statement}/replies`, {
      token: mila.accessToken,
      body: { kind: 'for', text, confirmPersonalData: true },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.text).toBe(text);
  });

  it('never lets client data through, even with the confirmation', async () => {
    const endpoint = ENDPOINTS['an intervision reply'];
    if (!endpoint) throw new Error('missing endpoint');
    const before = await snapshot(endpoint);
    const refused = await send(endpoint, `${WORK_NUMBER}. ${CLIENT_DATA}`, { confirmPersonalData: true });
    expect((refused.body as ErrorBody).error.code).toBe(ErrorCode.PrivacyRisk);
    expect(await snapshot(endpoint)).toEqual(before);
  });

  it('refuses a confirmation that is not a boolean as VALIDATION_FAILED', async () => {
    const endpoint = ENDPOINTS['a bottleneck report'];
    if (!endpoint) throw new Error('missing endpoint');
    const refused = await send(endpoint, WORK_NUMBER, { confirmPersonalData: 'ja' });
    expect(refused.status).toBe(400);
    expect((refused.body as ErrorBody).error.code).toBe(ErrorCode.ValidationFailed);
  });

  it('lets ordinary text with meeting dates, times and years through without asking', async () => {
    const report = await api<Bottleneck>(t.url, 'POST', '/bottlenecks', {
      token: daan.accessToken,
      body: {
        title: 'Sinds 2024 geen budget',
        description: 'Op 03-12-2026 om 09:30 bespreken we versie 2.1 van het plan met Stichting Welzijn Oss.',
        scope: 'structural',
      },
    });
    expect(report.status).toBe(201);
  });
});
