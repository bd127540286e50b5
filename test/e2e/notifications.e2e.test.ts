import type { Bottleneck, Notification, NotificationList } from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await t.close();
});

type Heard = { notification: Notification; unread: number };

describe('telling many people at once', () => {
  it('gives every follower of a bottleneck one notification, live with their own unread count, and not the one who acted', async () => {
    const [reporter, supporterA, supporterB, coordinator] = await Promise.all(
      ['deelnemer@demo.nl', 'mila@demo.nl', 'ambassadeur@demo.nl', 'coordinator@demo.nl'].map((email) =>
        login(t.url, email),
      ),
    );
    if (!reporter || !supporterA || !supporterB || !coordinator) throw new Error('login failed');
    const reported = await api<Bottleneck>(t.url, 'POST', '/bottlenecks', {
      token: reporter.accessToken,
      body: { title: 'Te weinig laadpunten voor tablets', description: 'Tablets zijn leeg.', scope: 'organisational' },
    });
    expect(reported.status).toBe(201);
    for (const supporter of [supporterA, supporterB]) {
      const supported = await api(t.url, 'POST', `/bottlenecks/${reported.body.id}/support`, {
        token: supporter.accessToken,
        body: {},
      });
      expect(supported.status).toBe(200);
    }
    const followers = [reporter, supporterA, supporterB];
    const unreadBefore = await Promise.all(
      followers.map(
        async (follower) =>
          (await api<NotificationList>(t.url, 'GET', '/notifications', { token: follower.accessToken })).body.unread,
      ),
    );
    const heard = followers.map((follower) => {
      const socket = openLiveSocket(t.url, follower.accessToken, { reconnection: false });
      sockets.push(socket);
      const received: Heard[] = [];
      socket.on('notification:new', (event: Heard) => received.push(event));
      return { socket, received };
    });
    const coordinatorSocket = openLiveSocket(t.url, coordinator.accessToken, { reconnection: false });
    sockets.push(coordinatorSocket);
    let coordinatorHeard = 0;
    coordinatorSocket.on('notification:new', () => (coordinatorHeard += 1));
    await Promise.all(
      [...heard.map((h) => h.socket), coordinatorSocket].map(
        (socket) => new Promise<void>((resolve) => (socket.connected ? resolve() : socket.once('connect', resolve))),
      ),
    );

    const changed = await api(t.url, 'POST', `/bottlenecks/${reported.body.id}/status`, {
      token: coordinator.accessToken,
      body: { status: 'recognised', explanation: 'We zien dit bij meer organisaties.' },
    });
    expect(changed.status).toBe(200);

    const deadline = Date.now() + 5_000;
    while (heard.some((h) => h.received.length === 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    heard.forEach(({ received }, i) => {
      expect(received).toHaveLength(1);
      expect(received[0]?.notification).toMatchObject({ kind: 'bottleneck-status', actorName: 'Carla Coördinator' });
      expect(received[0]?.unread).toBe((unreadBefore[i] ?? 0) + 1);
    });
    const ids = heard.map(({ received }) => received[0]?.notification.id);
    expect(new Set(ids).size).toBe(3);
    for (const [i, follower] of followers.entries()) {
      const list = await api<NotificationList>(t.url, 'GET', '/notifications', { token: follower.accessToken });
      expect(list.body.unread).toBe((unreadBefore[i] ?? 0) + 1);
      expect(list.body.items[0]?.id).toBe(ids[i]);
    }
    expect(coordinatorHeard).toBe(0);
  }, 60_000);
});
