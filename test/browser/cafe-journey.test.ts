import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };
const FACILITATOR = 'aanjager@demo.nl';
/** The last one uses a phone. */
const PARTICIPANTS = ['deelnemer@demo.nl', 'mila@demo.nl', 'ambassadeur@demo.nl', 'coordinator@demo.nl'] as const;
const NAMES = ['Daan Deelnemer', 'Mila Deelnemer', 'Sanne Ambassadeur', 'Carla Coördinator'] as const;
const CAFE_TITLE = 'Wereldcafé sociale technologie';
const CONVERSATION_TITLE = 'Eens of oneens? Sociale technologie in het sociaal werk';
const STATEMENT = 'Om te slagen moet je eerst een jaar lang tijd en geld krijgen om te kunnen pionieren';
const QUESTION = 'Wat heb je nodig om een nieuwe technologie vol te houden?';

const journey = useBrowserJourney();

/** The table a participant sits at now, read from their screen's heading. */
async function tableOf(page: Page): Promise<number> {
  const heading = page.getByRole('heading', { level: 2, name: /^Jij zit aan tafel \d+$/ });
  await heading.waitFor(WAIT);
  return Number((await heading.textContent())?.match(/\d+$/)?.[0]);
}

/** The tablecloth editor of a table, once the server has granted write access. */
async function writableTablecloth(page: Page, table: number) {
  const name = `Tafelkleed van tafel ${table}`;
  await page.locator(`[role="textbox"][aria-label="${name}"][contenteditable="true"]`).waitFor(WAIT);
  return page.getByRole('textbox', { name });
}

async function typeAtEnd(page: Page, editor: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+End');
  if ((await editor.innerText()).trim() !== '') await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 10 });
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Opgeslagen$/ });
const control = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Het café besturen' }).getByRole('button', { name, exact: true });

describe('the online world café in Chromium', () => {
  it('runs a café from setup through two rounds to a published harvest', async () => {
    // The facilitator sets up a café with two tables and two rounds.
    const facilitator = await journey.open({ email: FACILITATOR, password: DEMO_PASSWORD });
    const card = facilitator.getByRole('main').getByRole('link', { name: /^Wereldcafé/ });
    expect(await card.textContent()).not.toContain('Nog niet beschikbaar');
    await card.click();
    await facilitator.getByRole('heading', { level: 2, name: 'Nieuw wereldcafé' }).waitFor(WAIT);
    await facilitator.getByRole('textbox', { name: 'Titel' }).fill(CAFE_TITLE);
    await facilitator.getByRole('textbox', { name: 'Centrale vraag' }).fill('Hoe maken we sociale technologie gewoon?');
    await facilitator.getByRole('textbox', { name: 'Stellingen uit discussie' }).click();
    await facilitator.getByRole('option', { name: CONVERSATION_TITLE }).click();
    await facilitator.getByRole('radio', { name: 'Stelling' }).first().check();
    await facilitator.getByRole('textbox', { name: 'Stelling voor tafel 1' }).click();
    await facilitator.getByRole('option', { name: STATEMENT }).click();
    await facilitator.getByRole('textbox', { name: 'Vraag voor tafel 2' }).fill(QUESTION);
    await facilitator.getByRole('textbox', { name: 'Aantal rondes' }).fill('2');
    await facilitator.getByRole('textbox', { name: 'Mensen per tafel' }).fill('3');
    await facilitator.getByRole('button', { name: 'Wereldcafé aanmaken' }).click();
    await facilitator.getByRole('heading', { level: 1, name: CAFE_TITLE }).waitFor(WAIT);
    const cafeUrl = facilitator.url();
    await control(facilitator, 'Wachtruimte openen').click();
    await control(facilitator, 'Café starten').waitFor(WAIT);

    // Four participants open the café and wait in the lobby; the facilitator sees them arrive.
    const [first, second, third, phone] = await Promise.all(
      PARTICIPANTS.map((email, i) =>
        journey.open(
          { email, password: DEMO_PASSWORD },
          { viewport: i === PARTICIPANTS.length - 1 ? MOBILE : DESKTOP },
        ),
      ),
    );
    if (!first || !second || !third || !phone) throw new Error('four participants expected');
    const people = [first, second, third, phone];
    for (const page of people) {
      await page.goto(cafeUrl);
      await page.getByText('Het wereldcafé begint zo.', { exact: false }).waitFor(WAIT);
    }
    await first.getByRole('heading', { name: 'Wie is er (4)' }).waitFor(WAIT);
    await facilitator.getByRole('heading', { name: 'Wie is er (4)' }).waitFor(WAIT);
    expect(
      await facilitator.getByRole('list', { name: 'Wie is er (4)' }).getByText('Mila', { exact: false }).count(),
    ).toBe(1);

    // The facilitator starts: everyone's screen goes to their own table.
    await control(facilitator, 'Café starten').click();
    const round1 = await Promise.all(people.map(tableOf));
    expect(new Set(round1)).toEqual(new Set([1, 2]));
    await first.getByText('Ronde 1 van 2').waitFor(WAIT);
    await first.getByRole('timer', { name: 'Tijd over' }).waitFor(WAIT);

    // Everyone writes on their table's tablecloth.
    const written = new Map<number, string[]>();
    for (const [i, page] of people.entries()) {
      const table = round1[i] ?? 0;
      const sentence = `Ronde 1 aan tafel ${table}, geschreven door deelnemer ${i + 1}.`;
      await typeAtEnd(page, await writableTablecloth(page, table), sentence);
      written.set(table, [...(written.get(table) ?? []), sentence]);
    }
    for (const page of people) await saved(page).waitFor(WAIT);

    // Table 1 talks about a statement: a quick vote before the talk.
    const voter = people[round1.indexOf(1)] ?? first;
    const agreeBefore = voter
      .getByRole('group', { name: 'Voor het gesprek' })
      .getByRole('button', { name: 'Eens', exact: true });
    await agreeBefore.click();
    await voter.locator('button[aria-pressed="true"]', { hasText: /^Eens$/ }).waitFor(WAIT);
    expect(await agreeBefore.getAttribute('aria-pressed')).toBe('true');
    // …and after the talk, with a changed mind.
    const disagreeAfter = voter
      .getByRole('group', { name: 'Na het gesprek' })
      .getByRole('button', { name: 'Oneens', exact: true });
    await disagreeAfter.click();
    await voter.locator('button[aria-pressed="true"]', { hasText: /^Oneens$/ }).waitFor(WAIT);

    // The clock: pause shows on every screen, resume and five minutes more.
    await control(facilitator, 'Klok pauzeren').click();
    await first.getByText('Gepauzeerd', { exact: true }).waitFor(WAIT);
    await control(facilitator, 'Klok verder laten lopen').click();
    await first.getByText('Gepauzeerd', { exact: true }).waitFor({ state: 'detached', ...WAIT });
    await control(facilitator, '+5 minuten').click();
    await first
      .getByRole('timer', { name: 'Tijd over' })
      .filter({ hasText: /^2[45]:\d\d$/ })
      .waitFor(WAIT);

    // A message to all tables arrives as an alert on every screen.
    await facilitator.getByRole('textbox', { name: 'Je bericht' }).fill('Nog vijf minuten, rond je gesprek af.');
    await facilitator.getByRole('button', { name: 'Versturen' }).click();
    for (const page of people) {
      await page.getByRole('alert').filter({ hasText: 'Nog vijf minuten, rond je gesprek af.' }).waitFor(WAIT);
    }

    // The cockpit shows every table, with who sits there and what they wrote.
    const firstSentence = written.get(1)?.[0] ?? '';
    await facilitator.getByRole('region', { name: 'Tafelkleed van tafel 1' }).getByText(firstSentence).waitFor(WAIT);
    await facilitator.screenshot({ path: path.join(os.tmpdir(), 'lst-cafe-cockpit.png'), fullPage: true });
    await first.screenshot({ path: path.join(os.tmpdir(), 'lst-cafe-table.png'), fullPage: true });
    await phone.screenshot({ path: path.join(os.tmpdir(), 'lst-cafe-table-mobile.png'), fullPage: true });

    // Next round: travellers' screens follow their seat, and they read what the table wrote before.
    // A step everyone feels asks first; a double click on the confirmation still moves one round.
    await control(facilitator, 'Volgende ronde').click();
    await facilitator.getByRole('button', { name: 'Ja, naar de volgende ronde' }).dblclick();
    await first.getByText('Ronde 2 van 2').waitFor(WAIT);
    const round2 = await Promise.all(
      people.map(async (page) => {
        await page.getByText('Ronde 2 van 2').waitFor(WAIT);
        return tableOf(page);
      }),
    );
    const traveller = round2.findIndex((table, i) => table !== round1[i]);
    expect(traveller).toBeGreaterThanOrEqual(0);
    const travellerPage = people[traveller] ?? first;
    const newTable = round2[traveller] ?? 0;
    await travellerPage.getByText(`Je zit nu aan tafel ${newTable}.`).waitFor({ state: 'attached', ...WAIT });
    const cloth = await writableTablecloth(travellerPage, newTable);
    for (const sentence of written.get(newTable) ?? []) await cloth.getByText(sentence).waitFor(WAIT);
    await typeAtEnd(travellerPage, cloth, 'Ronde 2: ik ben nieuw aan deze tafel.');
    await saved(travellerPage).waitFor(WAIT);

    // Reporting a bottleneck from the tablecloth happens over the table: the person stays in the café.
    await cloth.getByText('Ronde 2: ik ben nieuw aan deze tafel.').selectText();
    await travellerPage.getByRole('button', { name: 'Meld als knelpunt' }).click();
    const report = travellerPage.getByRole('dialog', { name: 'Meld als knelpunt' });
    await report.getByRole('textbox', { name: 'Titel', exact: true }).fill('Nieuwkomers missen de draad aan tafel');
    await report.getByRole('radio', { name: 'Structureel (sector of wetgeving)' }).check();
    await report.getByRole('button', { name: 'Knelpunt melden' }).click();
    await travellerPage.getByText('Gemeld. Je zit nog gewoon aan je tafel.', { exact: false }).waitFor(WAIT);
    expect(new URL(travellerPage.url()).pathname).toMatch(/^\/wereldcafe\//);
    await travellerPage.getByText(`Tafelkleed van tafel ${newTable}`).waitFor(WAIT);

    // The facilitator moves the traveller back by hand; their screen follows.
    const travellerName = NAMES[traveller] ?? '';
    await facilitator.getByRole('button', { name: `Verplaatsen: ${travellerName}` }).click();
    await travellerPage
      .getByRole('heading', { level: 2, name: `Jij zit aan tafel ${round1[traveller]}` })
      .waitFor(WAIT);

    // The rounds end: participants see the harvest page, the facilitator writes a finding.
    await control(facilitator, 'Rondes afsluiten').click();
    await facilitator.getByRole('button', { name: 'Ja, rondes afsluiten' }).click();
    await first.getByRole('heading', { level: 2, name: 'Oogst', exact: true }).waitFor(WAIT);
    await first.getByText('De aanjager schrijft de oogst nog.', { exact: false }).waitFor(WAIT);
    const harvestDoc = facilitator.locator('[role="textbox"][aria-label="Oogstdocument"][contenteditable="true"]');
    await harvestDoc.waitFor(WAIT);
    await harvestDoc.getByRole('heading', { name: `Tafel 1: ${STATEMENT}` }).waitFor(WAIT);
    await harvestDoc.getByRole('heading', { name: 'Belangrijkste bevindingen' }).first().click();
    await facilitator.keyboard.press('End');
    await facilitator.keyboard.press('ArrowDown');
    const finding = 'Begin klein en wees creatief met wat je al hebt.';
    await facilitator.keyboard.type(finding, { delay: 10 });
    await saved(facilitator).waitFor(WAIT);

    // Review: a participant reads and approves; the facilitator sees it and publishes.
    await facilitator.getByText('Eens voor het gesprek: 1 van 1').waitFor(WAIT);
    await facilitator.getByText('Eens na het gesprek: 0 van 1').waitFor(WAIT);
    await facilitator.getByRole('button', { name: 'Ter review aanbieden' }).click();
    const reviewer = first;
    await reviewer.getByRole('heading', { name: 'Klopt de oogst?' }).waitFor(WAIT);
    await reviewer.getByRole('textbox', { name: 'Oogstdocument' }).getByText(finding).waitFor(WAIT);
    await reviewer.getByRole('radio', { name: 'Akkoord' }).check();
    await reviewer.getByRole('button', { name: 'Versturen' }).click();
    await reviewer.getByText('Jouw reactie: Akkoord').waitFor(WAIT);
    await facilitator.getByRole('heading', { name: 'Reacties van deelnemers (1)' }).waitFor(WAIT);
    await facilitator.getByRole('button', { name: 'Publiceren' }).click();
    await facilitator.getByText('Gepubliceerd', { exact: true }).waitFor(WAIT);
    await reviewer.getByText('Gepubliceerd', { exact: true }).waitFor(WAIT);
    // Every tablecloth is on the harvest page, read-only.
    await reviewer
      .getByRole('region', { name: `Tafelkleed van tafel ${newTable}` })
      .getByText('Ronde 2: ik ben nieuw')
      .waitFor(WAIT);
    await facilitator.screenshot({ path: path.join(os.tmpdir(), 'lst-cafe-harvest.png'), fullPage: true });

    // The PDF export downloads as a file.
    const [pdf] = await Promise.all([
      reviewer.waitForEvent('download'),
      reviewer.getByRole('button', { name: 'Download (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await fs.readFile(await pdf.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    expect(journey.errors).toEqual([]);
  }, 240_000);
});
