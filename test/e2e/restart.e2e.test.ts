import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AuthResponse } from '@leernetwerk/shared';
import { api, inviteCodeOf, login } from '../support/api-client';
import { startServerProcess, type ServerProcess } from '../support/server-process';

let dataDir: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-restart-'));
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('the compiled server with its embedded database', () => {
  it('boots with dependencies injected, prints the demo logins, and keeps accounts across a restart', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir });
    expect(server.output()).toContain('coordinator@demo.nl');
    expect(server.output()).toMatch(/Uitnodigingscodes/);

    const inviteCode = await inviteCodeOf(server.url, 'Stichting Compass');
    const registered = await api<AuthResponse>(server.url, 'POST', '/auth/register', {
      body: { name: 'Kim Jansen', email: 'kim@compass.nl', password: 'voor-na-herstart', inviteCode },
    });
    expect(registered.status).toBe(201);
    await server.stop('SIGTERM');

    server = await startServerProcess({ DATA_DIR: dataDir });
    const again = await login(server.url, 'kim@compass.nl', 'voor-na-herstart');
    expect(again.user.id).toBe(registered.body.user.id);
    // Seeding happens only on an empty database: the demo network is not duplicated.
    const organisations = await api<unknown[]>(server.url, 'GET', '/organisations', { token: again.accessToken });
    expect(organisations.body).toHaveLength(4);
    // The generated token secret is kept in the data folder, so a session survives the restart.
    const me = await api(server.url, 'GET', '/auth/me', { token: registered.body.accessToken });
    expect(me.status).toBe(200);
  }, 120_000);

  it('says what to set when the configuration is invalid', async () => {
    await expect(startServerProcess({ DATA_DIR: dataDir, PORT: 'abc' })).rejects.toThrow(/PORT/);
  });
});
