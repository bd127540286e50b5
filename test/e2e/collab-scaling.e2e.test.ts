import { LIVE_NAMESPACE, PROTOCOL_VERSION, type OrganisationPresence } from '@leernetwerk/shared';
import { io } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import type { AuthResponse } from '@leernetwerk/shared';
import { api, inviteCodeOf, login } from '../support/api-client';
import { eventually, openCollabClient, type CollabClient } from '../support/collab-clients';
import { startServerCluster, type ServerCluster } from '../support/server-cluster';
import type { ServerProcess } from '../support/server-process';

let cluster: ServerCluster;
const servers: ServerProcess[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  cluster = await startServerCluster(2, { LOGIN_RATE_LIMIT_PER_MINUTE: '4' });
  servers.push(...cluster.servers);
}, 90_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await cluster?.stop();
});

describe('two server processes with one Redis', () => {
  it('let clients on different processes edit one document and see each other', async () => {
    const [one, two] = servers;
    if (!one || !two) throw new Error('servers did not start');
    const a = await login(one.url, 'ambassadeur@demo.nl');
    const b = await login(two.url, 'ambassadeur@demo.nl');
    const docId = `org:${a.user.organisationId}:notes`;
    const onOne = openCollabClient(one.url, a.accessToken, docId);
    const onTwo = openCollabClient(two.url, b.accessToken, docId);
    clients.push(onOne, onTwo);
    await Promise.all([onOne.provider.whenSynced(), onTwo.provider.whenSynced()]);

    onOne.doc.getText('body').insert(0, 'van proces één. ');
    await eventually(() => onTwo.doc.getText('body').toString().includes('van proces één'), 'process two to see it');
    onTwo.doc.getText('body').insert(0, 'En van proces twee. ');
    await eventually(
      () => onOne.doc.getText('body').toString().includes('En van proces twee'),
      'process one to see it',
    );
    await Promise.all([onOne.provider.whenSaved(), onTwo.provider.whenSaved()]);
    expect(onOne.doc.getText('body').toString()).toBe(onTwo.doc.getText('body').toString());

    onOne.provider.awareness.setLocalStateField('user', { name: 'Sanne op één', color: '#1c7ed6' });
    onTwo.provider.awareness.setLocalStateField('user', { name: 'Sanne op twee', color: '#c92a2a' });
    const nameSeenBy = (client: CollabClient, clientId: number) =>
      (client.provider.awareness.getStates().get(clientId)?.user as { name?: string } | undefined)?.name;
    await eventually(() => nameSeenBy(onTwo, onOne.doc.clientID) === 'Sanne op één', 'presence from one on two');
    await eventually(() => nameSeenBy(onOne, onTwo.doc.clientID) === 'Sanne op twee', 'presence from two on one');
  }, 30_000);

  it('carry live events between processes through the Socket.IO Redis adapter', async () => {
    const [one, two] = servers;
    if (!one || !two) throw new Error('servers did not start');
    const sanne = await login(one.url, 'ambassadeur@demo.nl');
    const connect = (url: string, token: string) =>
      io(`${url}${LIVE_NAMESPACE}`, {
        parser: msgpackParser,
        transports: ['websocket'],
        auth: { token, protocolVersion: PROTOCOL_VERSION },
      });
    const onOne = connect(one.url, sanne.accessToken);
    let latest: OrganisationPresence = { online: [] };
    onOne.on('presence:organisation', (presence: OrganisationPresence) => (latest = presence));
    try {
      await eventually(() => latest.online.some((p) => p.id === sanne.user.id), 'own presence');
      // A colleague of the same organisation connects to the other process.
      const inviteCode = await inviteCodeOf(two.url, 'Surplus');
      const colleague = await api<AuthResponse>(two.url, 'POST', '/auth/register', {
        body: { name: 'Joris Collega', email: 'joris@surplus.nl', password: 'joris-wachtwoord', inviteCode },
      });
      const onTwo = connect(two.url, colleague.body.accessToken);
      await eventually(() => latest.online.some((p) => p.name === 'Joris Collega'), 'presence from the other process');
      onTwo.close();
      await eventually(() => !latest.online.some((p) => p.name === 'Joris Collega'), 'leaving from the other process');
    } finally {
      onOne.close();
    }
  }, 30_000);

  it('take write access away on every process when the reason changes on one of them', async () => {
    const [one, two] = servers;
    if (!one || !two) throw new Error('servers did not start');
    const facilitator = await login(one.url, 'aanjager@demo.nl');
    const attendee = await login(two.url, 'jongerenwerker@demo.nl');
    const meeting = await api<{ id: string }>(one.url, 'POST', '/meetings', {
      token: facilitator.accessToken,
      body: { title: 'Twee processen', startsAt: '2026-12-02T13:00:00+01:00', durationMinutes: 60 },
    });
    const setState = (state: string) =>
      api(one.url, 'PUT', `/meetings/${meeting.body.id}/state`, { token: facilitator.accessToken, body: { state } });
    await setState('open');
    await api(two.url, 'POST', `/meetings/${meeting.body.id}/check-in`, { token: attendee.accessToken });
    const minutes = openCollabClient(two.url, attendee.accessToken, `meeting:${meeting.body.id}:minutes`);
    clients.push(minutes);
    await minutes.provider.whenSynced();
    expect(minutes.provider.access).toBe('write');

    // Closed through process one; the attendee's connection lives on process two.
    await setState('closed');
    await eventually(() => minutes.provider.access === 'read', 'the minutes on process two to turn read-only');

    // Blocked through process one: the account's connection on process two closes.
    const coordinator = await login(one.url, 'coordinator@demo.nl');
    const live = io(`${two.url}${LIVE_NAMESPACE}`, {
      parser: msgpackParser,
      transports: ['websocket'],
      reconnection: false,
      auth: { token: attendee.accessToken, protocolVersion: PROTOCOL_VERSION },
    });
    try {
      await new Promise((resolve) => live.once('session', resolve));
      const block = (disabled: boolean) =>
        api(one.url, 'PUT', `/users/${attendee.user.id}/disabled`, {
          token: coordinator.accessToken,
          body: { disabled },
        });
      expect((await block(true)).status).toBe(200);
      await eventually(() => !live.connected && !minutes.socket.connected, 'process two to close the blocked account');
      await block(false);
    } finally {
      live.close();
    }
  }, 30_000);

  it('count wrong passwords across processes, so the login limit holds for the whole installation', async () => {
    const [one, two] = servers;
    if (!one || !two) throw new Error('servers did not start');
    const attempt = (url: string) =>
      api(url, 'POST', '/auth/login', { body: { email: 'mila@demo.nl', password: 'fout-wachtwoord' } });
    const statuses = [
      (await attempt(one.url)).status,
      (await attempt(two.url)).status,
      (await attempt(one.url)).status,
      (await attempt(two.url)).status,
      (await attempt(one.url)).status,
    ];
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });
});
