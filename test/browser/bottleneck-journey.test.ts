import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-client';
import type { Credentials } from '../support/browser';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const FACILITATOR = { email: 'aanjager@demo.nl', password: DEMO_PASSWORD };
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const MILA = { email: 'mila@demo.nl', password: DEMO_PASSWORD };
const MEETING_TITLE = 'Lerend netwerk: wat houdt ons tegen?';
const BOTTLENECK_TITLE = 'Zorgverzekeraars vergoeden de VR-bril niet';
const BOTTLENECK_DESCRIPTION =
  'We zetten de VR-bril in bij jongeren, maar geen enkele verzekeraar betaalt mee. Elke bril komt uit ons eigen budget.';
const SUPPORT_NOTE = 'Bij ons precies zo: we lenen nu brillen van een andere organisatie.';
const RECOGNISED_WHY = 'Dit speelt bij meer organisaties; we nemen het op in de lijst voor het overleg.';
const IN_PROGRESS_WHY = 'De brancheorganisatie heeft een werkgroep met drie verzekeraars gestart.';
const RAISED_WHY = 'Besproken met de brancheorganisatie op 12 maart; zij zoeken contact met de verzekeraars.';

const journey = useBrowserJourney();

const open = (user: Credentials) => journey.open(user, { consoleErrors: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), name), fullPage: true });
const connected = (page: Page) => page.getByRole('status').filter({ hasText: 'Verbonden' }).first().waitFor(WAIT);
const bell = (page: Page) => page.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });

async function unreadCount(page: Page): Promise<number> {
  await bell(page).waitFor(WAIT);
  return Number((await bell(page).getAttribute('aria-label'))?.match(/\d+/)?.[0]);
}

/** Today at the current minute, as a datetime-local input takes it, in the browser's (this machine's) time zone. */
function nowForInput(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A facilitator moves the bottleneck on, with an explanation everyone sees. */
async function moveStatus(page: Page, status: string, explanation: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Status wijzigen' });
  await form.getByRole('combobox', { name: 'Nieuwe status' }).selectOption({ label: status });
  await form.getByRole('textbox', { name: 'Uitleg' }).fill(explanation);
  await form.getByRole('button', { name: 'Status wijzigen' }).click();
  await form.getByRole('status').filter({ hasText: 'De status is gewijzigd.' }).waitFor(WAIT);
}

/** The status shown with the bottleneck in the list on its meeting's page. */
const listedStatus = (page: Page, status: string) =>
  page
    .getByRole('region', { name: 'Knelpunten uit deze bijeenkomst' })
    .getByRole('listitem')
    .filter({ hasText: BOTTLENECK_TITLE })
    .getByText(status, { exact: true });

/** What a follower sees on their open page after a move: the badge, the step and its explanation. */
async function seesStatus(page: Page, from: string, to: string, explanation: string): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: `Status gewijzigd naar: ${to}` })
    .waitFor(WAIT);
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  const step = timeline
    .getByRole('listitem')
    .filter({ hasText: `Frank Aanjager zette de status van "${from}" op "${to}".` });
  await step.getByText(explanation).waitFor(WAIT);
}

describe('bottleneck register in Chromium', () => {
  it('takes a bottleneck from a meeting to the sector, with a second organisation and everyone kept up live', async () => {
    const frank = await open(FACILITATOR);
    const daan = await open(DAAN);
    const mila = await open(MILA);

    // Daan looks at the meetings while the facilitator plans one for today and opens it.
    await daan.goto(`${journey.server.url}/bijeenkomsten`);
    await connected(daan);
    await frank.goto(`${journey.server.url}/bijeenkomsten`);
    await frank.getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    const form = frank.getByRole('region', { name: 'Nieuwe bijeenkomst' });
    await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(MEETING_TITLE);
    await form.getByLabel('Datum en begintijd').fill(nowForInput());
    await form.getByRole('button', { name: 'Bijeenkomst aanmaken' }).click();
    await frank.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor(WAIT);
    await frank.getByRole('button', { name: 'Bijeenkomst openen' }).click();
    await frank.getByRole('button', { name: 'Bijeenkomst afsluiten' }).waitFor(WAIT);
    await connected(frank);
    await shot(frank, 'lst-bottleneck-meeting-open.png');

    // Daan's list shows it, open, without a reload; he checks in and is told when his certificate comes.
    const listed = daan.getByRole('listitem').filter({ hasText: MEETING_TITLE });
    await listed.getByText('Open', { exact: true }).waitFor(WAIT);
    await daan.getByRole('link', { name: MEETING_TITLE }).click();
    await daan.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor(WAIT);
    await daan.getByRole('button', { name: 'Ik ben er' }).click();
    await daan.getByText('Je bent aangemeld', { exact: true }).waitFor(WAIT);
    await daan
      .getByText('Je bewijs van deelname kun je downloaden zodra de aanjager de bijeenkomst afsluit.')
      .waitFor(WAIT);
    // The facilitator's open page counts him without a reload.
    await frank.getByRole('heading', { level: 2, name: 'Aanwezig (1)' }).waitFor(WAIT);
    // Mila came in late without checking in; the facilitator puts her on the list.
    await frank.getByRole('textbox', { name: 'Iemand aanmelden' }).fill('Mila');
    await frank
      .getByRole('listbox', { name: 'Iemand aanmelden' })
      .getByRole('option', { name: 'Mila Deelnemer (MEE-Vivenz)' })
      .click();
    await frank.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await frank.getByRole('heading', { level: 2, name: 'Aanwezig (2)' }).waitFor(WAIT);
    expect(await frank.getByRole('listitem').filter({ hasText: 'Mila Deelnemer' }).textContent()).toContain(
      'door begeleider',
    );

    // He reports a bottleneck from the meeting.
    await daan.getByRole('link', { name: 'Knelpunt melden' }).click();
    await daan.getByRole('heading', { level: 1, name: 'Knelpunt melden' }).waitFor(WAIT);
    await daan.getByText(`Uit een bijeenkomst: ${MEETING_TITLE}`).waitFor(WAIT);
    await daan.getByRole('textbox', { name: 'Titel', exact: true }).fill(BOTTLENECK_TITLE);
    await daan.getByRole('textbox', { name: 'Beschrijving' }).fill(BOTTLENECK_DESCRIPTION);
    await daan.getByRole('combobox', { name: 'Technologie' }).selectOption({ label: 'VR-bril' });
    await daan
      .getByRole('combobox', { name: 'Pijler van het kompas' })
      .selectOption({ label: 'Afspraken en werkwijze' });
    await daan.getByRole('radio', { name: 'Structureel (sector of wetgeving)' }).check();
    await shot(daan, 'lst-bottleneck-report.png');
    await daan.getByRole('button', { name: 'Knelpunt melden' }).click();

    await daan.getByRole('heading', { level: 1, name: BOTTLENECK_TITLE }).waitFor(WAIT);
    const source = daan.getByRole('region', { name: 'Waar het vandaan komt' });
    await source.getByRole('link', { name: MEETING_TITLE }).waitFor(WAIT);
    expect(await source.textContent()).toContain('Uit de bijeenkomst');
    await daan.getByRole('heading', { level: 2, name: 'Organisaties met dit knelpunt (1)' }).waitFor(WAIT);
    await connected(daan);
    const daanUnread = await unreadCount(daan);

    // Mila, of another organisation, finds it in the register and says "bij ons ook".
    await mila.goto(`${journey.server.url}/knelpunten`);
    await mila.getByRole('link', { name: BOTTLENECK_TITLE }).click();
    await mila.getByRole('heading', { level: 1, name: BOTTLENECK_TITLE }).waitFor(WAIT);
    await connected(mila);
    const milaUnread = await unreadCount(mila);
    const support = mila.getByRole('region', { name: 'Heeft jouw organisatie dit ook?' });
    await support.getByRole('button', { name: 'Bij ons ook' }).click();
    await support.getByRole('textbox', { name: 'Toelichting' }).fill(SUPPORT_NOTE);
    await support.getByRole('button', { name: 'Bij ons ook' }).click();
    await support.getByText('Jouw organisatie staat bij dit knelpunt.').waitFor(WAIT);

    // Daan's open page shows the second organisation without a reload.
    const organisations = daan.getByRole('region', { name: 'Organisaties met dit knelpunt (2)' });
    await organisations.getByText('MEE-Vivenz').waitFor(WAIT);
    await organisations.getByText(SUPPORT_NOTE).waitFor(WAIT);
    expect(await organisations.textContent()).toContain('Stichting Compass');
    // ... and Daan, who reported it, is told.
    await daan.getByRole('button', { name: `Meldingen, ${daanUnread + 1} ongelezen` }).waitFor(WAIT);

    // The facilitator's open meeting page lists it; from there he moves it on, step by step.
    // An action can be linked to it at once: the action form offers it without a reload.
    await frank.getByRole('textbox', { name: 'Hoort bij knelpunt (mag leeg blijven)' }).click();
    await frank.getByRole('option', { name: BOTTLENECK_TITLE }).waitFor(WAIT);
    await frank.keyboard.press('Escape');
    const fromMeeting = frank.getByRole('region', { name: 'Knelpunten uit deze bijeenkomst' });
    await fromMeeting.getByRole('link', { name: BOTTLENECK_TITLE }).click();
    await frank.getByRole('heading', { level: 1, name: BOTTLENECK_TITLE }).waitFor(WAIT);
    await moveStatus(frank, 'Herkend', RECOGNISED_WHY);
    for (const page of [daan, mila]) await seesStatus(page, 'Nieuw', 'Herkend', RECOGNISED_WHY);
    await moveStatus(frank, 'Aangekaart bij de branche', RAISED_WHY);
    await shot(frank, 'lst-bottleneck-facilitator.png');

    // Both followers see the new status, the explanation and a notification, all without a reload.
    for (const [page, unreadBefore] of [
      [daan, daanUnread + 1],
      [mila, milaUnread],
    ] as const) {
      await seesStatus(page, 'Herkend', 'Aangekaart bij de branche', RAISED_WHY);
      const heading = page.getByRole('heading', { level: 1, name: BOTTLENECK_TITLE });
      expect(await heading.locator('xpath=..').textContent()).toContain('Aangekaart bij de branche');
      await page.getByRole('button', { name: `Meldingen, ${unreadBefore + 2} ongelezen` }).waitFor(WAIT);
      await page.getByRole('button', { name: /^Meldingen/ }).click();
      const list = page.getByRole('region', { name: 'Meldingen' });
      await list.getByRole('link', { name: BOTTLENECK_TITLE }).first().waitFor(WAIT);
      expect(await list.textContent()).toContain('Frank Aanjager zette het knelpunt op: Aangekaart bij de branche');
      await page.keyboard.press('Escape');
    }
    await shot(daan, 'lst-bottleneck-daan.png');
    await shot(mila, 'lst-bottleneck-mila.png');

    // Back on the meeting, its list names the status as the register does.
    for (const page of [frank, daan]) {
      await page
        .getByRole('region', { name: 'Waar het vandaan komt' })
        .getByRole('link', { name: MEETING_TITLE })
        .click();
      await listedStatus(page, 'Aangekaart bij de branche').waitFor(WAIT);
    }

    // A move while Daan is elsewhere: the meeting's list follows live, and the notification leads to the news.
    await frank
      .getByRole('region', { name: 'Knelpunten uit deze bijeenkomst' })
      .getByRole('link', { name: BOTTLENECK_TITLE })
      .click();
    await moveStatus(frank, 'In behandeling', IN_PROGRESS_WHY);
    await listedStatus(daan, 'In behandeling').waitFor(WAIT);
    await daan.getByRole('button', { name: `Meldingen, ${daanUnread + 4} ongelezen` }).click();
    await daan.getByRole('region', { name: 'Meldingen' }).getByRole('link', { name: BOTTLENECK_TITLE }).first().click();
    await daan.getByRole('heading', { level: 1, name: BOTTLENECK_TITLE }).waitFor(WAIT);
    await daan
      .getByRole('region', { name: 'Tijdlijn' })
      .getByRole('listitem')
      .filter({ hasText: 'op "In behandeling".' })
      .getByText(IN_PROGRESS_WHY)
      .waitFor(WAIT);

    expect(journey.errors).toEqual([]);
  }, 180_000);
});
