import {
  knowledgePageDocument,
  type Notification,
  type NotificationList,
  type Post,
  type Technology,
  type TechnologyOverview,
  type Thread,
  type ThreadSummary,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { openLiveSocket } from '../support/live-client';
import { api, login } from '../support/api-client';
import { eventually, openCollabClient, type CollabClient } from '../support/collab-clients';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let participant: string;
let bystander: string;
let ambassador: string;
let vrId: string;
const sockets: Socket[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
  participant = (await login(t.url, 'deelnemer@demo.nl')).accessToken;
  bystander = (await login(t.url, 'mila@demo.nl')).accessToken;
  ambassador = (await login(t.url, 'ambassadeur@demo.nl')).accessToken;
  const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', { token: participant });
  vrId = technologies.body.find((tech) => tech.name === 'VR-bril')?.id ?? '';
});

afterAll(async () => {
  for (const client of clients) client.close();
  for (const socket of sockets) socket.close();
  await t.close();
});

function connect(token: string): Socket {
  const socket = openLiveSocket(t.url, token);
  sockets.push(socket);
  return socket;
}

async function connected(socket: Socket): Promise<void> {
  if (!socket.connected) await new Promise((resolve) => socket.once('session', resolve));
}

describe('ambassadors and notifications', () => {
  it('shows who uses a technology and who its ambassadors are', async () => {
    const overview = await api<TechnologyOverview>(t.url, 'GET', `/technologies/${vrId}/overview`, {
      token: participant,
    });
    expect(overview.body.organisations.map((o) => o.name)).toContain('Surplus');
    expect(overview.body.ambassadors).toEqual([expect.objectContaining({ name: 'Sanne Ambassadeur' })]);
    const technologies = await api<Technology[]>(t.url, 'GET', '/technologies', { token: participant });
    for (const [name, ambassadorName] of [
      ['GrowPad', 'Mila Deelnemer'],
      ['Social Support app', 'Jesse Jongerenwerker'],
    ]) {
      const id = technologies.body.find((tech) => tech.name === name)?.id ?? '';
      const other = await api<TechnologyOverview>(t.url, 'GET', `/technologies/${id}/overview`, { token: participant });
      expect(other.body.ambassadors.map((a) => a.name)).toEqual([ambassadorName]);
    }
  });

  it('routes a question to the ambassadors only, live, and lists it as open until an ambassador answers', async () => {
    const toAmbassador = connect(ambassador);
    const toBystander = connect(bystander);
    await Promise.all([connected(toAmbassador), connected(toBystander)]);
    let bystanderHeard = false;
    toBystander.on('notification:new', () => (bystanderHeard = true));
    const heard = new Promise<{ notification: Notification; unread: number }>((resolve) =>
      toAmbassador.on('notification:new', resolve),
    );
    const question = await api<Thread>(t.url, 'POST', `/technologies/${vrId}/threads`, {
      token: participant,
      body: {
        kind: 'question',
        title: 'Werkt VR ook bij jongeren met autisme?',
        body: 'Wie heeft ervaring?',
        askAmbassadors: true,
      },
    });
    const { notification, unread } = await heard;
    expect(notification).toMatchObject({
      kind: 'ambassador-question',
      link: { type: 'thread', threadId: question.body.id, technologyId: vrId },
      actorName: 'Daan Deelnemer',
    });
    expect(unread).toBeGreaterThanOrEqual(1);

    const open = await api<ThreadSummary[]>(t.url, 'GET', '/me/ambassador-questions', { token: ambassador });
    expect(open.body.map((q) => q.id)).toContain(question.body.id);
    expect((await api<ThreadSummary[]>(t.url, 'GET', '/me/ambassador-questions', { token: bystander })).body).toEqual(
      [],
    );

    // The asker follows their question: the answer reaches them.
    const asker = connect(participant);
    await connected(asker);
    const replyNotice = new Promise<{ notification: Notification }>((resolve) => asker.on('notification:new', resolve));
    await api<Post>(t.url, 'POST', `/threads/${question.body.id}/posts`, {
      token: ambassador,
      body: { body: 'Ja, met een rustige omgeving en korte sessies.' },
    });
    expect((await replyNotice).notification).toMatchObject({
      kind: 'reply',
      link: { type: 'thread', threadId: question.body.id },
    });
    const stillOpen = await api<ThreadSummary[]>(t.url, 'GET', '/me/ambassador-questions', { token: ambassador });
    expect(stillOpen.body.map((q) => q.id)).not.toContain(question.body.id);
    expect(await toBystander.emitWithAck('ping')).toHaveProperty('serverTime');
    expect(bystanderHeard).toBe(false);
  });

  it('tells followers of a technology about new threads; marks notifications read', async () => {
    expect(
      (await api(t.url, 'PUT', `/technologies/${vrId}/follow`, { token: bystander, body: { following: true } })).status,
    ).toBe(204);
    await api(t.url, 'POST', `/technologies/${vrId}/threads`, {
      token: participant,
      body: { kind: 'tip', title: 'Laat jongeren elkaar de bril uitleggen', body: 'Dan doen ze het zelf.' },
    });
    const list = await api<NotificationList>(t.url, 'GET', '/notifications', { token: bystander });
    expect(list.body.items[0]).toMatchObject({
      kind: 'new-thread',
      title: 'Laat jongeren elkaar de bril uitleggen',
      read: false,
    });
    expect(list.body.unread).toBeGreaterThanOrEqual(1);
    expect((await api(t.url, 'POST', '/notifications/read', { token: bystander, body: {} })).status).toBe(204);
    expect((await api<NotificationList>(t.url, 'GET', '/notifications', { token: bystander })).body.unread).toBe(0);
  });

  it('promotes an answer into the knowledge page with its source kept, live for open editors', async () => {
    const question = await api<Thread>(t.url, 'POST', `/technologies/${vrId}/threads`, {
      token: participant,
      body: { kind: 'question', title: 'Hoe bewaren jullie de brillen?', body: 'In de hub of thuis?' },
    });
    const answer = await api<Post>(t.url, 'POST', `/threads/${question.body.id}/posts`, {
      token: ambassador,
      body: { body: 'In een afgesloten kast in de hub, met een laadstation.' },
    });
    const editor = openCollabClient(t.url, bystander, knowledgePageDocument(vrId));
    clients.push(editor);
    await editor.provider.whenSynced();
    expect((await api(t.url, 'POST', `/posts/${answer.body.id}/promote`, { token: participant })).status).toBe(204);
    const text = (): string => editor.doc.getXmlFragment('default').toJSON();
    await eventually(
      () => text().includes('In een afgesloten kast in de hub'),
      'the promoted answer in the open editor',
    );
    expect(text()).toContain('Overgenomen van Sanne Ambassadeur (Surplus), uit "Hoe bewaren jullie de brillen?"');
    expect(text()).toContain(`/intervisie/draad/${question.body.id}`);
    // The demo page was started at seeding; the promotion went below it.
    expect(text().indexOf('Praktisch gebruik')).toBeLessThan(text().indexOf('In een afgesloten kast'));
    const refused = await api(t.url, 'POST', `/threads/${question.body.id}/promote`, { token: participant });
    expect(refused.status).toBe(400);
  });
});
