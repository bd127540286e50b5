import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Cafe } from '@leernetwerk/shared';
import { api, login } from '../support/api-client';
import { launchChromium, loggedInPage } from '../support/browser';
import { startServerProcess, type ServerProcess } from '../support/server-process';

const WAIT = { timeout: 20_000 };
const FACILITATOR = 'aanjager@demo.nl';

const call = (page: Page, name: RegExp | string) => page.getByRole('region', { name });
const toggle = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('the call UI in Chromium', () => {
  let dataDir = '';
  let server: ServerProcess;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-calls-ui-'));
    server = await startServerProcess({ DATA_DIR: dataDir });
    browser = await launchChromium({ fakeMedia: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('checks devices in the lobby, raises a hand in the plenary and talks at the table', async () => {
    const { accessToken } = await login(server.url, FACILITATOR);
    const created = await api<Cafe>(server.url, 'POST', '/cafes', {
      token: accessToken,
      body: { title: 'Café met gesprek', tables: [{ prompt: { kind: 'question', text: 'Wat werkt?' } }], rounds: 1 },
    });
    const cafeUrl = `${server.url}/wereldcafe/${created.body.id}`;
    await api(server.url, 'POST', `/cafes/${created.body.id}/lobby`, { token: accessToken, body: {} });

    const facilitator = await loggedInPage(
      browser,
      server.url,
      { email: FACILITATOR, password: 'demo-wachtwoord' },
      { errors },
    );
    const daan = await loggedInPage(
      browser,
      server.url,
      { email: 'deelnemer@demo.nl', password: 'demo-wachtwoord' },
      { errors },
    );
    const mila = await loggedInPage(
      browser,
      server.url,
      { email: 'mila@demo.nl', password: 'demo-wachtwoord' },
      { errors },
    );
    await Promise.all([facilitator, daan, mila].map((page) => page.goto(cafeUrl)));

    // The device check starts only on request: Daan sees himself and a microphone bar.
    const check = daan.getByRole('region', { name: 'Test je camera en microfoon' });
    expect(await check.locator('video').count()).toBe(0);
    await check.getByRole('button', { name: 'Test starten' }).click();
    await check.locator('video').waitFor(WAIT);
    await check.getByRole('progressbar', { name: 'Geluid van je microfoon' }).waitFor(WAIT);
    await check.getByRole('button', { name: 'Test stoppen' }).click();

    // In the plenary Daan listens; he raises his hand and the facilitator gives him the word.
    const plenary = call(daan, 'Plenair gesprek');
    await plenary.getByText('Je luistert mee. Niemand hoort je.', { exact: false }).waitFor(WAIT);
    expect(await plenary.getByText('Niets van dit gesprek wordt opgenomen of bewaard.').count()).toBe(1);
    expect(await toggle(daan, 'Microfoon').isDisabled()).toBe(true);
    const hand = plenary.getByRole('button', { name: 'Hand opsteken' });
    expect(await hand.getAttribute('aria-pressed')).toBe('false');
    await hand.click();
    await plenary.getByText('Je hand is omhoog. De aanjager ziet het.').waitFor(WAIT);
    await call(facilitator, 'Plenair gesprek').getByRole('button', { name: 'Geef Daan Deelnemer het woord' }).click();
    await plenary.getByText('Je hebt het woord.', { exact: false }).waitFor(WAIT);
    expect(await toggle(daan, 'Microfoon').isDisabled()).toBe(false);

    // The café starts: both follow their seat into the table's call and hear each other.
    await api(server.url, 'POST', `/cafes/${created.body.id}/start`, { token: accessToken, body: {} });
    const daanTable = call(daan, 'Gesprek aan tafel 1');
    const milaTable = call(mila, 'Gesprek aan tafel 1');
    await daanTable.getByText('Aan tafel 1 horen je: Mila Deelnemer.').waitFor(WAIT);
    await milaTable.getByText('Aan tafel 1 horen je: Daan Deelnemer.').waitFor(WAIT);

    // The camera starts off; turned on, the other person sees it.
    const camera = toggle(daan, 'Camera');
    expect(await camera.getAttribute('aria-pressed')).toBe('false');
    await camera.click();
    await milaTable.getByRole('list', { name: 'Mensen in dit gesprek' }).locator('video').waitFor(WAIT);

    // Audio only: Mila receives no video and cannot turn on her camera.
    await milaTable.getByRole('switch', { name: 'Alleen geluid' }).check();
    await milaTable.locator('video').waitFor({ state: 'detached', ...WAIT });
    expect(await toggle(mila, 'Camera').isDisabled()).toBe(true);

    // The facilitator visits the table as a listener; the table sees a visitor.
    await facilitator.getByRole('button', { name: 'Bezoek tafel 1' }).click();
    await call(facilitator, 'Op bezoek aan tafel 1')
      .getByText('Je luistert mee als bezoeker.', { exact: false })
      .waitFor(WAIT);
    await daanTable.getByText('Aan tafel 1 horen je: Frank Aanjager (bezoeker) en Mila Deelnemer.').waitFor(WAIT);
    await facilitator.getByRole('button', { name: 'Terug naar het plenaire gesprek' }).click();
    await call(facilitator, 'Plenair gesprek').waitFor(WAIT);
    await daanTable.getByText('Aan tafel 1 horen je: Mila Deelnemer.').waitFor(WAIT);

    expect(errors).toEqual([]);
  }, 180_000);
});
