/**
 * axe-core on an extension page. Their CSP forbids injected <script> tags and eval, so the axe
 * source goes in as a DevTools evaluation (which CSP does not govern).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { OVERLAY_HOST_TAG } from '@/utils/text/skip';

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

/** Runs axe-core in the page on `context`: an axe include (a shadow tree), or null for the whole document. */
async function runAxe(page: Page, context: unknown): Promise<AxeResult['violations']> {
  await page.evaluate(axeSource);
  const result = await page.evaluate((ctx) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<unknown> } }).axe;
    return axe.run(ctx ?? document, { resultTypes: ['violations'] });
  }, context);
  return (result as AxeResult).violations;
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return (await runAxe(page, null)).map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
}

/** The overlay's host element on a page (the overlay's own constant, lower case as selectors write it). */
export const OVERLAY_HOST = OVERLAY_HOST_TAG.toLowerCase();

/**
 * axe-core on the overlay's shadow tree only (the host page is not ours to judge): the panel, or
 * `root` inside it (its folded tab). Each violation as "id: [targets]".
 */
export async function overlayAxeViolations(page: Page, root = '.sgb-overlay'): Promise<string[]> {
  const violations = await runAxe(page, { include: [{ fromShadowDom: [OVERLAY_HOST, root] }] });
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
