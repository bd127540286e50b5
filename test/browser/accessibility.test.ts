import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { auditPage, findingsReport, totalsTable, type PageAudit } from '../support/a11y-audit';
import { everyAppPage, GUEST_PAGES, type AppPage } from '../support/a11y-pages';
import { DEMO_PASSWORD } from '../support/api-client';
import { useBrowserJourney } from '../support/browser-journey';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const ROLES = [
  { who: 'participant', email: 'deelnemer@demo.nl' },
  { who: 'ambassador', email: 'ambassadeur@demo.nl' },
  { who: 'facilitator', email: 'aanjager@demo.nl' },
  { who: 'coordinator', email: 'coordinator@demo.nl' },
  { who: 'admin', email: 'beheer@demo.nl' },
];
// Two people at a time: the machine has two cores, and the server needs its share.
const AT_ONCE = 2;
const BUSY = '.mantine-Loader-root, .mantine-Skeleton-root[data-visible]';

const journey = useBrowserJourney();
const sockets: Socket[] = [];

afterAll(() => {
  for (const socket of sockets) socket.close();
});

/** Waits until the page shows its content: a main heading, and no spinner or placeholder left. */
async function loaded(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await page.waitForFunction((busy) => document.querySelector(busy) === null, BUSY, { timeout: 20_000 });
  // Mantine's fades take 150-200 ms; axe must not measure a colour halfway.
  await page.waitForTimeout(300);
}

/** Opens each page and audits it at desktop width, then again at phone width. */
async function auditAll(page: Page, who: string, pages: AppPage[]): Promise<PageAudit[]> {
  const audits: PageAudit[] = [];
  for (const { name, path: address } of pages) {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${journey.server.url}${address}`);
    for (const [width, size] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      const begun = Date.now();
      try {
        await loaded(page);
        const settledAt = Date.now();
        audits.push(await auditPage(page, { page: name, who, width }));
        process.stderr.write(
          `${who} ${name} ${width}: load ${settledAt - begun} ms, axe ${Date.now() - settledAt} ms\n`,
        );
      } catch (error) {
        const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
        audits.push({
          page: name,
          who,
          width,
          findings: [{ rule: 'page-did-not-load', impact: 'critical', help: why ?? '', elements: [] }],
        });
      }
    }
  }
  return audits;
}

async function inTurns<T, R>(items: T[], atOnce: number, work: (item: T) => Promise<R[]>): Promise<R[]> {
  const queue = [...items];
  const results: R[] = [];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) results.push(...(await work(item)));
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  return results;
}

describe('accessibility of every page', () => {
  it('has no WCAG 2.1 A or AA violation on any page, for guests and every role, at desktop and phone width', async () => {
    const started = Date.now();
    const app = await everyAppPage(journey.server.url);
    sockets.push(...app.sockets);

    const guest = await (await journey.browser.newContext({ viewport: DESKTOP })).newPage();
    const audits = await auditAll(guest, 'guest', GUEST_PAGES);
    await guest.context().close();
    audits.push(
      ...(await inTurns(ROLES, AT_ONCE, async ({ who, email }) => {
        const page = await journey.open({ email, password: DEMO_PASSWORD }, { viewport: DESKTOP });
        const found = await auditAll(page, who, app.pages);
        await page.context().close();
        return found;
      })),
    );

    const order = ['guest', ...ROLES.map(({ who }) => who)];
    audits.sort((a, b) => order.indexOf(a.who) - order.indexOf(b.who));
    const table = totalsTable(audits);
    const findings = findingsReport(audits);
    await fs.writeFile(path.join(os.tmpdir(), 'lst-a11y-totals.txt'), `${table}\n`);
    await fs.writeFile(path.join(os.tmpdir(), 'lst-a11y-findings.txt'), `${findings}\n`);
    console.log(`${table}\n(${Math.round((Date.now() - started) / 1000)} s)`);
    // Every page of every role was visited: a route that silently failed to open would hide violations.
    expect(audits).toHaveLength(GUEST_PAGES.length * 2 + ROLES.length * app.pages.length * 2);
    expect(findings).toBe('');
  }, 3_000_000);
});
