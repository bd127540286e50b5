import { DEMO_PASSWORD } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

// In production (docker compose) every request reaches the app through the reverse proxy. The login
// limits must count the person's address the proxy names, not the proxy's own, or thirty
// colleagues logging in at a meeting would share one budget.

const apps: TestApp[] = [];

afterAll(async () => {
  for (const app of apps) await app.close();
});

/** Logs in as the demo participant with the proxy saying the request came from `address`. */
const loginVia = (app: TestApp, address: string) =>
  fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email: 'deelnemer@demo.nl', password: DEMO_PASSWORD }),
  }).then((response) => response.status);

async function twoAddresses(trustProxyHops: string) {
  const app = await startTestApp({ TRUST_PROXY_HOPS: trustProxyHops, LOGIN_RATE_LIMIT_PER_MINUTE: '2' });
  apps.push(app);
  const first = [
    await loginVia(app, '203.0.113.7'),
    await loginVia(app, '203.0.113.7'),
    await loginVia(app, '203.0.113.7'),
  ];
  const second = await loginVia(app, '198.51.100.23');
  return { first, second };
}

describe('behind a reverse proxy', () => {
  it('counts login attempts per address the proxy names when TRUST_PROXY_HOPS=1', async () => {
    const { first, second } = await twoAddresses('1');
    expect(first).toEqual([200, 200, 429]);
    expect(second).toBe(200);
  }, 60_000);

  it('ignores X-Forwarded-For without a trusted proxy, so nobody can pick their own address', async () => {
    const { first, second } = await twoAddresses('0');
    expect(first).toEqual([200, 200, 429]);
    expect(second).toBe(429);
  }, 60_000);
});
