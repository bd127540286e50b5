import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 20_000 };
const FACILITATOR = 'aanjager@demo.nl';
const PARTICIPANTS = ['deelnemer@demo.nl', 'mila@demo.nl', 'jongerenwerker@demo.nl'] as const;
const QUESTIONS = ['Wat werkt al goed bij jullie?', 'Wat houdt jullie nog tegen?'] as const;
const CAFE_TITLE = 'Klein wereldcafé met drie mensen';
const SCREENSHOTS = '/tmp/i15-seating';

const journey = useBrowserJourney();

const control = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Het café besturen' }).getByRole('button', { name, exact: true });

/** The table a participant sits at now, read from their screen's heading. */
async function tableOf(page: Page, round: number): Promise<number> {
  await page.getByText(`Ronde ${round} van 2`).first().waitFor(WAIT);
  const heading = page.getByRole('heading', { level: 2, name: /^Jij zit aan tafel \d+$/ });
  await heading.waitFor(WAIT);
  return Number((await heading.textContent())?.match(/\d+$/)?.[0]);
}

const tableCard = (page: Page, number: number) => page.getByRole('region', { name: `Tafel ${number}`, exact: true });

describe('a world café with fewer people than its tables hold, in Chromium', () => {
  it('seats 3 people at 2 tables of 2 together and moves them to the other question, and the cockpit says why', async () => {
    // The facilitator sets up two tables of two, two rounds, moving on by itself when time is up.
    const facilitator = await journey.open({ email: FACILITATOR, password: DEMO_PASSWORD });
    await facilitator
      .getByRole('main')
      .getByRole('link', { name: /^Wereldcafé/ })
      .click();
    await facilitator.getByRole('heading', { level: 2, name: 'Nieuw wereldcafé' }).waitFor(WAIT);
    await facilitator.getByRole('textbox', { name: 'Titel' }).fill(CAFE_TITLE);
    await facilitator.getByRole('textbox', { name: 'Vraag voor tafel 1' }).fill(QUESTIONS[0]);
    await facilitator.getByRole('textbox', { name: 'Vraag voor tafel 2' }).fill(QUESTIONS[1]);
    await facilitator.getByRole('textbox', { name: 'Aantal rondes' }).fill('2');
    await facilitator.getByRole('textbox', { name: 'Mensen per tafel' }).fill('2');
    await facilitator.getByRole('checkbox', { name: 'Volgende ronde vanzelf starten als de tijd om is' }).check();
    await facilitator.getByRole('button', { name: 'Wereldcafé aanmaken' }).click();
    await facilitator.getByRole('heading', { level: 1, name: CAFE_TITLE }).waitFor(WAIT);
    const cafeUrl = facilitator.url();
    await control(facilitator, 'Wachtruimte openen').click();
    await control(facilitator, 'Café starten').waitFor(WAIT);

    // Three participants come in; the cockpit says what the start will do.
    const people = await Promise.all(PARTICIPANTS.map((email) => journey.open({ email, password: DEMO_PASSWORD })));
    for (const page of people) {
      await page.goto(cafeUrl);
      await page.getByText('Het wereldcafé begint zo.', { exact: false }).waitFor(WAIT);
    }
    await facilitator.getByRole('heading', { name: 'Wie is er (3)' }).waitFor(WAIT);
    await facilitator
      .getByText(
        'Als je nu start: 3 mensen aanwezig: 1 van de 2 tafels in gebruik, zodat niemand alleen zit. De vragen wisselen per ronde.',
      )
      .waitFor(WAIT);

    // Round 1: all three at table 1, nobody alone; table 2 rests and says its question is still to come.
    await control(facilitator, 'Café starten').click();
    expect(await Promise.all(people.map((page) => tableOf(page, 1)))).toEqual([1, 1, 1]);
    const useNow =
      '3 mensen aanwezig: 1 van de 2 tafels in gebruik, zodat niemand alleen zit. De vragen wisselen per ronde.';
    await facilitator.getByText(useNow).waitFor(WAIT);
    await facilitator.getByText('De volgende ronde start vanzelf als de tijd om is.').waitFor(WAIT);
    await tableCard(facilitator, 2).getByText('Niemand deze ronde. Deze vraag is nog niet besproken.').waitFor(WAIT);
    expect(await tableCard(facilitator, 1).getByRole('listitem').count()).toBe(3);
    await people[0]?.getByText(QUESTIONS[0]).first().waitFor(WAIT);
    await facilitator.screenshot({ path: `${SCREENSHOTS}-cockpit-round1.png`, fullPage: true });

    // Round 2: the table in use moves to the other question; everyone's screen follows.
    await control(facilitator, 'Volgende ronde').click();
    await facilitator.getByRole('button', { name: 'Ja, naar de volgende ronde' }).click();
    expect(await Promise.all(people.map((page) => tableOf(page, 2)))).toEqual([2, 2, 2]);
    await people[0]?.getByText(QUESTIONS[1]).first().waitFor(WAIT);
    await tableCard(facilitator, 1).getByText('Niemand deze ronde. Besproken in ronde 1.').waitFor(WAIT);
    expect(await tableCard(facilitator, 2).getByRole('listitem').count()).toBe(3);
    await facilitator.getByText(useNow).waitFor(WAIT);
    await facilitator.getByText('Dit is de laatste ronde. Als de tijd om is, sluit jij de rondes af.').waitFor(WAIT);
    await facilitator.screenshot({ path: `${SCREENSHOTS}-cockpit-round2.png`, fullPage: true });
    await people[1]?.screenshot({ path: `${SCREENSHOTS}-table-round2.png`, fullPage: true });
    expect(journey.errors).toEqual([]);
  }, 180_000);
});
