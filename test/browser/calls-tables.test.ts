import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Cafe, User } from '@leernetwerk/shared';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { launchChromium, loggedInPage } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const WAIT = { timeout: 45_000 };
const PARTICIPANTS = ['deelnemer@demo.nl', 'mila@demo.nl', 'jongerenwerker@demo.nl', 'ambassadeur@demo.nl'];

interface Seat {
  page: Page;
  user: User;
}

const tableOf = (cafe: Cafe, userId: string) =>
  cafe.seatings.at(-1)!.tables.find((table) => table.members.includes(userId))!;

/** What a person's screen must say and play at their table: exactly their tablemate, heard. */
async function hearsExactlyTheirTable(seat: Seat, cafe: Cafe, people: Seat[]): Promise<void> {
  const table = tableOf(cafe, seat.user.id);
  const mates = table.members
    .filter((id) => id !== seat.user.id)
    .map((id) => people.find((p) => p.user.id === id)!.user.name);
  const call = seat.page.getByRole('region', { name: `Gesprek aan tafel ${table.table + 1}` });
  await call.getByText(`Aan tafel ${table.table + 1} horen je: ${mates.join(' en ')}.`).waitFor(WAIT);
  // One playing audio element per person heard, nobody from the other table.
  await seat.page.waitForFunction((count) => document.querySelectorAll('audio').length === count, mates.length, WAIT);
}

describe('calls at café tables in Chromium', () => {
  let dataDir = '';
  let server: ServerProcess;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-calls-tables-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    browser = await launchChromium({ fakeMedia: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('lets four people at two tables hear exactly their own table, and after the round change exactly the new one; a camera turned on comes along', async () => {
    const { accessToken } = await login(server.url, 'aanjager@demo.nl');
    const control = (cafeId: string, action: string) =>
      api<Cafe>(server.url, 'POST', `/cafes/${cafeId}/${action}`, { token: accessToken, body: {} });
    const created = await api<Cafe>(server.url, 'POST', '/cafes', {
      token: accessToken,
      body: {
        title: 'Tafels die praten',
        tables: [
          { prompt: { kind: 'question', text: 'Wat werkt?' } },
          { prompt: { kind: 'question', text: 'Wat niet?' } },
        ],
        rounds: 2,
        tableSize: 2,
      },
    });
    const cafeId = created.body.id;
    await control(cafeId, 'lobby');

    const people: Seat[] = [];
    for (const email of PARTICIPANTS) {
      const page = await loggedInPage(browser, server.url, { email, password: DEMO_PASSWORD }, { errors });
      const { user } = await login(server.url, email);
      await page.goto(`${server.url}/wereldcafe/${cafeId}`);
      // In the café's lobby (the plenary call connects there; the tables are what this test is about).
      await page.getByRole('heading', { level: 1, name: 'Tafels die praten' }).waitFor(WAIT);
      people.push({ page, user });
    }

    const started = (await control(cafeId, 'start')).body;
    await Promise.all(people.map((seat) => hearsExactlyTheirTable(seat, started, people)));

    // Everyone turns the camera on at the first table; it should come along to the next one.
    const cameraOn = (seat: Seat) => seat.page.getByRole('button', { name: 'Camera', exact: true, pressed: true });
    for (const seat of people) await seat.page.getByRole('button', { name: 'Camera', exact: true }).click();
    await Promise.all(people.map((seat) => cameraOn(seat).waitFor(WAIT)));

    const changedAt = Date.now();
    const next = (await control(cafeId, 'next-round')).body;
    expect(next.round).toBe(2);
    const moved = people.filter((seat) => tableOf(next, seat.user.id).table !== tableOf(started, seat.user.id).table);
    expect(moved.length).toBeGreaterThan(0);
    await Promise.all(people.map((seat) => hearsExactlyTheirTable(seat, next, people)));
    console.log(`round change → all four screens hear exactly their new table: ${Date.now() - changedAt} ms`);

    const traveller = moved[0]!;
    const newTable = tableOf(next, traveller.user.id);
    const mate = people.find((seat) => seat !== traveller && newTable.members.includes(seat.user.id))!;
    await cameraOn(traveller).waitFor(WAIT);
    await mate.page
      .getByRole('region', { name: `Gesprek aan tafel ${newTable.table + 1}` })
      .getByRole('listitem')
      .filter({ hasText: traveller.user.name })
      .locator('video')
      .waitFor(WAIT);
    await people[0]!.page.screenshot({ path: path.join(os.tmpdir(), 'lst-calls-table-round-2.png'), fullPage: true });

    expect(errors).toEqual([]);
  }, 240_000);
});
