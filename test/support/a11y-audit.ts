import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rules the product promises: WCAG 2.1 levels A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One failed rule on one page, with the elements it failed on (selector and axe's reason). */
export interface Finding {
  rule: string;
  impact: string;
  help: string;
  elements: { target: string; why: string }[];
}

/** What axe found on one page, as one person at one width saw it. */
export interface PageAudit {
  page: string;
  who: string;
  width: 'desktop' | 'phone';
  findings: Finding[];
}

/** Elements that failed a rule on this audit (axe's "violations" counted per element). */
export const failedElements = (audit: PageAudit): number =>
  audit.findings.reduce((sum, finding) => sum + finding.elements.length, 0);

/** Runs axe on the page as it is now. */
export async function auditPage(page: Page, label: Omit<PageAudit, 'findings'>): Promise<PageAudit> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    // Only the failures travel back; passes and "needs review" lists are large and unused here.
    .options({ resultTypes: ['violations'] })
    // axe.run in the page itself: the default opens an extra blank page per audit to merge the
    // results of cross-origin frames, which the app does not have, and costs seconds on a busy machine.
    .setLegacyMode(true)
    .analyze();
  const findings = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    elements: violation.nodes.map((node) => ({
      target: node.target.map(String).join(' > '),
      // axe's first line repeats "Fix any of the following:"; the reason itself is what helps.
      why: (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim(),
    })),
  }));
  return { ...label, findings };
}

/** Per page and width, the failed elements per person: the before/after figures of the report. */
export function totalsTable(audits: PageAudit[]): string {
  const people = [...new Set(audits.map((audit) => audit.who))];
  const rows = [...new Set(audits.map((audit) => `${audit.page} @ ${audit.width}`))];
  const cell = (row: string, who: string) => {
    const audit = audits.find((a) => `${a.page} @ ${a.width}` === row && a.who === who);
    return audit ? String(failedElements(audit)) : '-';
  };
  const width = Math.max(...rows.map((row) => row.length), 'page'.length);
  const header = ['page'.padEnd(width), ...people.map((who) => who.padStart(11))].join(' ');
  const lines = rows.map((row) => [row.padEnd(width), ...people.map((who) => cell(row, who).padStart(11))].join(' '));
  const total = audits.reduce((sum, audit) => sum + failedElements(audit), 0);
  const failing = audits.filter((audit) => failedElements(audit) > 0).length;
  return [
    header,
    ...lines,
    `${total} failed elements on ${failing} of ${audits.length} page visits`,
    `rules: ${ruleCounts(audits)}`,
  ].join('\n');
}

function ruleCounts(audits: PageAudit[]): string {
  const counts = new Map<string, number>();
  for (const finding of audits.flatMap((audit) => audit.findings)) {
    counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + finding.elements.length);
  }
  return [...counts].map(([rule, count]) => `${rule} ${count}`).join(', ') || 'none';
}

/** Which rule failed on which element, page by page, so a failure says what to fix. */
export function findingsReport(audits: PageAudit[]): string {
  return audits
    .filter((audit) => audit.findings.length > 0)
    .map((audit) =>
      [
        `${audit.page} as ${audit.who} @ ${audit.width}:`,
        ...audit.findings.flatMap((finding) => [
          `  ${finding.rule} (${finding.impact}): ${finding.help}`,
          ...finding.elements.map((element) => `    ${element.target} — ${element.why}`),
        ]),
      ].join('\n'),
    )
    .join('\n');
}
