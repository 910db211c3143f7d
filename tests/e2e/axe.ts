// axe-core in the page (injected from the npm package, no network): the violations of one screen that
// axe rates critical or serious, each with how many nodes it hits and the first few selectors.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  nodes: number;
  targets: string[];
  summary: string;
}

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}

export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  // Through the DevTools protocol: the page's CSP forbids inline scripts, and rightly so.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } })
      .axe;
    return axe.run(document, { resultTypes: ['violations'] });
  })) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
      summary: (v.nodes[0]?.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
    }));
}
