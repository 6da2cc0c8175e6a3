/**
 * axe-core on an extension page. Their CSP forbids injected <script> tags and eval, so the axe
 * source goes in as a DevTools evaluation (which CSP does not govern).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (result as AxeResult).violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
}

/** The overlay's host element on a page. */
const OVERLAY_HOST_TAG = 'stargate-brief-overlay';

/**
 * axe-core on the overlay's shadow tree only (the host page is not ours to judge): the panel, or
 * `root` inside it (its folded tab). Each violation as "id: [targets]".
 */
export async function overlayAxeViolations(page: Page, root = '.sgb-overlay'): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tag, selector }) => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
        }
      ).axe;
      const result = await axe.run({ include: [{ fromShadowDom: [tag, selector] }] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    },
    { tag: OVERLAY_HOST_TAG, selector: root },
  );
}
