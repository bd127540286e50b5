import os from 'node:os';
import path from 'node:path';
import type { Cafe, Conversation, ConversationDetail } from '@leernetwerk/shared';
import type { Page } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const WAIT = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };
const DAAN = { email: 'deelnemer@demo.nl', password: DEMO_PASSWORD };
const QUESTION = 'Welke technologie gebruiken jullie cliënten al zonder dat jullie het weten?';

const journey = useBrowserJourney();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), name) });

/** Whether an element lies wholly inside the visible part of the page. */
async function inView(page: Page, name: 'timer' | 'prompt'): Promise<boolean> {
  const locator = name === 'timer' ? page.getByRole('timer') : page.getByText(QUESTION, { exact: true });
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

describe('a participant on a 390 px phone', () => {
  it('gets a one-row header with a keyboard-usable menu, a table whose clock and question stay in view, and readable results', async () => {
    const page = await journey.open(DAAN, { viewport: PHONE, consoleErrors: true });

    // The header is one row: everything in it shares one line, and nothing sticks out sideways.
    const header = page.locator('header');
    const rowItems = await header.evaluate((element) =>
      [...element.querySelectorAll('a, button, [role="status"]')]
        .filter((item) => (item as HTMLElement).offsetParent !== null)
        .map((item) => item.getBoundingClientRect())
        .map((rect) => ({ top: rect.top, bottom: rect.bottom })),
    );
    const headerBox = await header.boundingBox();
    expect(headerBox?.height).toBeLessThanOrEqual(72);
    for (const item of rowItems) expect(item.bottom).toBeLessThanOrEqual((headerBox?.height ?? 0) + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'i15-nav-phone-home.png');

    // The menu is a disclosure button: keyboard opens it, Escape closes it and focus goes back.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Wereldcafé', exact: true }).count()).toBe(0);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Mijn acties' }).waitFor(WAIT);
    expect(await nav.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    await shot(page, 'i15-nav-phone-menu.png');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wereldcafé' }).waitFor(WAIT);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // A café with one table: the facilitator runs it, Daan sits at the table on his phone.
    const facilitator = (await login(journey.server.url, 'aanjager@demo.nl')).accessToken;
    const created = await api<Cafe>(journey.server.url, 'POST', '/cafes', {
      token: facilitator,
      body: {
        title: 'Telefooncafé',
        centralQuestion: 'Hoe voelt een wereldcafé op de telefoon?',
        conversationId: null,
        tables: [{ prompt: { kind: 'question', text: QUESTION } }],
        rounds: 2,
        minutesPerRound: 10,
        tableSize: 4,
      },
    });
    expect(created.status).toBe(201);
    const cafeId = created.body.id;
    await api(journey.server.url, 'POST', `/cafes/${cafeId}/lobby`, { token: facilitator, body: {} });
    await page.goto(`${journey.server.url}/wereldcafe/${cafeId}`);
    await page.getByRole('heading', { level: 1, name: 'Telefooncafé' }).waitFor(WAIT);
    await page.getByRole('heading', { name: /^Wie is er/ }).waitFor(WAIT);
    const started = await api<Cafe>(journey.server.url, 'POST', `/cafes/${cafeId}/start`, {
      token: facilitator,
      body: {},
    });
    expect(started.body.state).toBe('running');
    await page.getByRole('timer', { name: 'Tijd over' }).waitFor(WAIT);

    // Writing on the tablecloth, far down the page: the clock and the question are still on screen.
    const cloth = page.getByRole('textbox', { name: 'Tafelkleed van tafel 1' });
    await cloth.click();
    await page.keyboard.type('Onze cliënten gebruiken al lang apps om afspraken te onthouden. '.repeat(5));
    expect(await inView(page, 'timer')).toBe(true);
    expect(await inView(page, 'prompt')).toBe(true);
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction(() => window.scrollY > 300);
    expect(await inView(page, 'timer')).toBe(true);
    expect(await inView(page, 'prompt')).toBe(true);
    const clothBox = await cloth.boundingBox();
    expect(clothBox && clothBox.y < PHONE.height).toBe(true);
    await shot(page, 'i15-nav-phone-table-writing.png');

    // The results table of the demo conversation, after Daan voted: whole words, nothing wider than the screen.
    const daan = (await login(journey.server.url, DAAN.email)).accessToken;
    const conversations = await api<Conversation[]>(journey.server.url, 'GET', '/conversations', { token: daan });
    const conversation = conversations.body[0];
    const detail = await api<ConversationDetail>(journey.server.url, 'GET', `/conversations/${conversation?.id}`, {
      token: daan,
    });
    for (const [index, statement] of detail.body.statements.entries()) {
      const value = (['agree', 'disagree', 'pass'] as const)[index % 3];
      await api(journey.server.url, 'PUT', `/statements/${statement.id}/vote`, { token: daan, body: { value } });
    }
    await page.goto(`${journey.server.url}/stellingen/${conversation?.id}`);
    await page.getByRole('tab', { name: 'Resultaten' }).click();
    const table = page.getByRole('table', { name: /Aantal stemmen per stelling/ });
    await table.waitFor(WAIT);
    const measured = await table.evaluate((element) => {
      const all = [element, ...element.querySelectorAll('*')] as HTMLElement[];
      const tooWide = all.filter((item) => item.scrollWidth > item.clientWidth + 1 && item.clientWidth > 0);
      // A word split over two lines has more than one box; count the words of the statements that do.
      const split: string[] = [];
      for (const cell of element.querySelectorAll('tbody th')) {
        const text = cell.querySelector('p');
        const node = text?.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const content = node.textContent ?? '';
        for (const match of content.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) split.push(match[0]);
        }
      }
      const style = getComputedStyle(element.querySelector('tbody th p') ?? element);
      const container = element.parentElement as HTMLElement;
      return {
        tooWide: tooWide.map((item) => `${item.tagName} ${item.scrollWidth}>${item.clientWidth}`),
        split,
        wordBreak: style.wordBreak,
        overflowWrap: style.overflowWrap,
        hyphens: style.hyphens,
        containerScrolls: container.scrollWidth > container.clientWidth + 1,
        rows: element.querySelectorAll('tbody tr').length,
      };
    });
    expect(measured.rows).toBe(detail.body.statements.length);
    expect(measured).toMatchObject({
      tooWide: [],
      split: [],
      wordBreak: 'normal',
      overflowWrap: 'normal',
      hyphens: 'manual',
      containerScrolls: false,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await table.scrollIntoViewIfNeeded();
    await shot(page, 'i15-nav-phone-results.png');
    expect(journey.errors).toEqual([]);
  }, 240_000);
});
