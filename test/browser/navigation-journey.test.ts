import os from 'node:os';
import path from 'node:path';
import type { AuthResponse, Cafe, Meeting, Thread } from '@leernetwerk/shared';
import type { Page } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 30_000 };
const AREAS = ['Home', 'Wereldcafé', 'Stellingen', 'Intervisie', 'Bijeenkomsten', 'Knelpunten'];
const user = (email: string) => ({ email, password: DEMO_PASSWORD });

const journey = useBrowserJourney();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), name), fullPage: true });
const headerNav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const headerLinks = (page: Page) => headerNav(page).getByRole('link').allTextContents();
const liveBlock = (page: Page, name: string) => page.getByRole('region', { name });

describe('finding your way on a desktop', () => {
  it('shows each role the header links it may use, and the dashboard link works for a coordinator', async () => {
    const daan = await journey.open(user('deelnemer@demo.nl'), { consoleErrors: true });
    const links = await headerLinks(daan);
    expect(links).toEqual([...AREAS, 'Mijn acties', 'Notities', 'Mijn profiel']);
    await headerNav(daan).getByRole('link', { name: 'Mijn acties' }).click();
    await daan.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor(WAIT);
    expect(await headerNav(daan).getByRole('link', { name: 'Mijn acties' }).getAttribute('aria-current')).toBe('page');
    await daan.context().close();

    for (const email of ['coordinator@demo.nl', 'aanjager@demo.nl', 'beheer@demo.nl']) {
      const page = await journey.open(user(email), { consoleErrors: true });
      expect(await headerLinks(page)).toEqual([...AREAS, 'Dashboard', 'Mijn acties', 'Notities', 'Mijn profiel']);
      if (email === 'coordinator@demo.nl') {
        await headerNav(page).getByRole('link', { name: 'Dashboard' }).click();
        await page
          .getByRole('heading', { level: 1 })
          .filter({ hasText: /dashboard/i })
          .waitFor(WAIT);
        // Only the dashboard is marked current, not the register it belongs under.
        const current = headerNav(page).locator('[aria-current="page"]');
        expect(await current.allTextContents()).toEqual(['Dashboard']);
        await shot(page, 'i15-nav-desktop-dashboard.png');
      }
      await page.context().close();
    }
    expect(journey.errors).toEqual([]);
  }, 180_000);

  it('keeps the café list and home’s "live now" current while others act, without reloading', async () => {
    const url = journey.server.url;
    const facilitator = (await login(url, 'aanjager@demo.nl')).accessToken;
    const asker: AuthResponse = await login(url, 'mila@demo.nl');
    const ambassadorLogin = await login(url, 'ambassadeur@demo.nl');
    const technologyId = ambassadorLogin.user.ambassadorOf[0] ?? '';

    const daan = await journey.open(user('deelnemer@demo.nl'), { consoleErrors: true });
    await headerNav(daan).getByRole('link', { name: 'Wereldcafé', exact: true }).click();
    await daan.getByRole('heading', { level: 2, name: 'Wereldcafés' }).waitFor(WAIT);
    const sanne = await journey.open(user('ambassadeur@demo.nl'), { consoleErrors: true });
    await liveBlock(sanne, 'Wereldcafés die nu open zijn').getByText('Er is nu geen wereldcafé open.').waitFor(WAIT);
    await liveBlock(sanne, 'Vragen die op jou wachten').waitFor(WAIT);
    expect(await liveBlock(daan, 'Vragen die op jou wachten').count()).toBe(0);

    // A facilitator sets up a café: Daan's list shows it; opening its lobby puts it on Sanne's home.
    const cafe = await api<Cafe>(url, 'POST', '/cafes', {
      token: facilitator,
      body: {
        title: 'Live café voor iedereen',
        centralQuestion: 'Wat zie je zonder te herladen?',
        conversationId: null,
        tables: [{ prompt: { kind: 'question', text: 'Wat werkt goed?' } }],
        rounds: 1,
        minutesPerRound: 10,
        tableSize: 4,
      },
    });
    const card = daan.getByRole('link', { name: /Live café voor iedereen/ });
    await card.getByText('In voorbereiding').waitFor(WAIT);
    await api(url, 'POST', `/cafes/${cafe.body.id}/lobby`, { token: facilitator, body: {} });
    await card.getByText('Open: wachtruimte').waitFor(WAIT);
    const cafesNow = liveBlock(sanne, 'Wereldcafés die nu open zijn');
    await cafesNow.getByRole('link', { name: 'Live café voor iedereen' }).waitFor(WAIT);

    // A meeting opens, and a question is put to the ambassadors: both appear on Sanne's home.
    const meeting = await api<Meeting>(url, 'POST', '/meetings', {
      token: facilitator,
      body: { title: 'Netwerkbijeenkomst nu', startsAt: new Date().toISOString(), durationMinutes: 60, agenda: [] },
    });
    expect(meeting.status).toBe(201);
    await api(url, 'PUT', `/meetings/${meeting.body.id}/state`, { token: facilitator, body: { state: 'open' } });
    await liveBlock(sanne, 'Bijeenkomsten die nu open zijn')
      .getByRole('link', { name: 'Netwerkbijeenkomst nu' })
      .waitFor(WAIT);
    const question = await api<Thread>(url, 'POST', `/technologies/${technologyId}/threads`, {
      token: asker.accessToken,
      body: { kind: 'question', title: 'Wie helpt ons op weg?', body: 'We beginnen net.', askAmbassadors: true },
    });
    expect(question.status).toBe(201);
    const questions = liveBlock(sanne, 'Vragen die op jou wachten');
    await questions.getByRole('link', { name: 'Wie helpt ons op weg?' }).waitFor(WAIT);
    await shot(sanne, 'i15-nav-desktop-home-live.png');
    await shot(daan, 'i15-nav-desktop-cafe-list.png');

    // Once an ambassador answers, the question no longer waits: it leaves Sanne's home by itself.
    await api(url, 'POST', `/threads/${question.body.id}/posts`, {
      token: ambassadorLogin.accessToken,
      body: { body: 'Begin klein, met één team.' },
    });
    await questions.getByText('Er wachten geen vragen op jou als ambassadeur.').waitFor(WAIT);
    expect(journey.errors).toEqual([]);
  }, 180_000);
});
