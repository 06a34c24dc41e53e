// Runs axe-core inside the page and fails with a readable list when it finds WCAG 2.1 A/AA violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AxeViolation = Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl'> & {
  nodes: { target: string; html: string; summary: string }[];
};

/** The WCAG 2.1 AA violations axe finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_21_AA,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String).join(' '),
      html: truncate(n.html, 160),
      summary: truncate((n.failureSummary ?? '').replace(/\s+/g, ' ').trim(), 240),
    })),
  }));
}

const truncate = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function formatViolations(label: string, violations: AxeViolation[]): string {
  const lines = [`axe vond ${violations.length} WCAG 2.1 AA-overtreding(en) op ${label}:`];
  for (const v of violations) {
    lines.push(`- [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 5)) lines.push(`    ${n.target}\n      ${n.html}\n      ${n.summary}`);
    if (v.nodes.length > 5) lines.push(`    … en nog ${v.nodes.length - 5} element(en)`);
  }
  return lines.join('\n');
}

/** Throws (failing the test) with the list of violations, if there are any. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) throw new Error(formatViolations(label, violations));
}
