/// <reference types="chrome" />
/**
 * Who speaks of whom, the claims map at the top of "Who says what", on the real build in the popup,
 * the overlay and the reader, in both languages and both schemes: its nodes and lines are the ones
 * the parsed copy's claims call for (counted here from the claims), every one named and reached by
 * the arrow keys from one tab stop, a line chosen with the mouse or the keyboard shows its claims
 * and highlights its sentence on the page, labels neither overlap nor leave the picture in the
 * browser's real fonts, axe finds nothing, and the printed reader keeps the picture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_ARTICLE_PATH } from '../../pipeline/hosts';
import type { ParsedArticle, Stance } from '../../utils/article/schema';
import { REPO_ROOT, launch } from '../../rig/harness';
import type { Harness } from '../../rig/harness';
import { eachTestLeavesNoErrors } from './clean';
import { axeViolations, overlayAxeViolations, OVERLAY_HOST } from './axe';

const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
const HOST_TAG = OVERLAY_HOST;

/** The map the claims call for: a line per (named speaker, subject, stance) with its claims, a node per speaker and per subject. */
function expectedMap() {
  const edges = new Map<string, { claims: string[]; stance: Stance }>();
  const nodes = new Set<string>();
  for (const c of article.claims) {
    if (!('actor' in c.source)) continue;
    for (const target of c.target ?? []) {
      const key = `${c.source.actor}>${target}:${c.stance}`;
      edges.set(key, { claims: [...(edges.get(key)?.claims ?? []), c.id], stance: c.stance });
      nodes.add(`speaker:${c.source.actor}`).add(`subject:${target}`);
    }
  }
  return { edges, nodes };
}
const expected = expectedMap();
/** Altman's rebuttal of Musk: the line chosen with the mouse. */
const rebuttal = [...expected.edges.keys()].find((k) => expected.edges.get(k)!.stance === 'rebuts')!;
/** A line that stands for two claims or more: the line chosen from the keyboard. */
const twofold = [...expected.edges.keys()].find((k) => expected.edges.get(k)!.claims.length > 1)!;

const sentenceOf = (claimId: string) => article.sentences.find((s) => s.id === article.claims.find((c) => c.id === claimId)!.sentence)!;
const normalise = (s: string | null) => (s ?? '').replace(/\s+/g, '');
const sentenceText = (claimId: string) => {
  const s = sentenceOf(claimId);
  return normalise(
    s.join ? article.text.slice(s.start, s.join.start) + article.text.slice(s.join.end, s.end) : article.text.slice(s.start, s.end),
  );
};

/** Where the map lives: the page itself, or the overlay's shadow root. */
type Where = { page: Page; shadow: boolean };

interface MapFacts {
  edges: Array<{ key: string; count: number; name: string }>;
  nodes: Array<{ key: string; name: string }>;
  tabbable: number;
  /** Labels (and headings) that overlap another, or reach outside the picture, by their rendered boxes. */
  crowded: string[];
  /** What the text list says, line by line. */
  listed: string[];
}

function mapFacts({ page, shadow }: Where): Promise<MapFacts> {
  return page.evaluate(
    ([tag, inShadow]) => {
      const root: Document | ShadowRoot = inShadow ? document.querySelector(tag)!.shadowRoot! : document;
      const map = root.querySelector('.sgb-map')!;
      const svg = map.querySelector('.sgb-map-svg')!.getBoundingClientRect();
      const texts = [...map.querySelectorAll('.sgb-map-svg text')].map((t) => ({
        text: t.textContent ?? '',
        r: t.getBoundingClientRect(),
      }));
      const crowded: string[] = [];
      texts.forEach((a, i) => {
        if (a.r.left < svg.left - 0.5 || a.r.right > svg.right + 0.5 || a.r.top < svg.top - 0.5 || a.r.bottom > svg.bottom + 0.5)
          crowded.push(`${a.text} leaves the picture`);
        for (const b of texts.slice(i + 1))
          if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom)
            crowded.push(`${a.text} × ${b.text}`);
      });
      return {
        edges: [...map.querySelectorAll<SVGElement>('[data-map-edge]')].map((el) => ({
          key: el.dataset.mapEdge!,
          count: Number(el.dataset.count),
          name: el.getAttribute('aria-label') ?? '',
        })),
        nodes: [...map.querySelectorAll<SVGElement>('[data-map-node]')].map((el) => ({
          key: el.dataset.mapNode!,
          name: el.getAttribute('aria-label') ?? '',
        })),
        tabbable: map.querySelectorAll('[data-map-i][tabindex="0"]').length,
        crowded,
        listed: [...map.querySelectorAll('.sgb-map-text li')].map((li) => li.textContent ?? ''),
      };
    },
    [HOST_TAG, shadow] as const,
  );
}

/** Nodes and lines as the claims call for them, each named, one tab stop, the same lines as text, labels clear. */
async function expectTheMap(where: Where) {
  const facts = await mapFacts(where);
  expect(new Map(facts.edges.map((e) => [e.key, e.count]))).toEqual(new Map([...expected.edges].map(([k, v]) => [k, v.claims.length])));
  expect(new Set(facts.nodes.map((n) => n.key))).toEqual(expected.nodes);
  const names = [...facts.edges, ...facts.nodes].map((x) => x.name);
  expect(names.every((n) => n.trim().length > 0)).toBe(true);
  expect(new Set(names).size).toBe(names.length);
  expect(facts.tabbable).toBe(1);
  expect(facts.listed.sort()).toEqual(facts.edges.map((e) => e.name).sort());
  expect(facts.crowded).toEqual([]);
  return facts;
}

/** The name of what has focus, inside the overlay's shadow root where it lives there. */
function focusedName({ page, shadow }: Where): Promise<string | null> {
  return page.evaluate(
    ([tag, inShadow]) => {
      const active = inShadow ? document.querySelector(tag)?.shadowRoot?.activeElement : document.activeElement;
      return active?.closest('[data-map-i]') ? active.getAttribute('aria-label') : null;
    },
    [HOST_TAG, shadow] as const,
  );
}

/** Walks the map from its tab stop with the arrow keys: every node and line, each once, then Home and End. */
async function expectKeyboardWalk(where: Where, facts: MapFacts) {
  const { page } = where;
  const scope = where.shadow ? `${HOST_TAG} .sgb-map` : '.sgb-map';
  await page.locator(`${scope} [data-map-i][tabindex="0"]`).focus();
  // In the tab order once: out with Shift+Tab, back with Tab.
  const first = await focusedName(where);
  expect(first).toBeTruthy();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(where)).toBeNull();
  await page.keyboard.press('Tab');
  expect(await focusedName(where)).toBe(first);
  const seen = [first];
  for (let i = 1; i < facts.edges.length + facts.nodes.length; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowDown' : 'ArrowRight');
    seen.push(await focusedName(where));
  }
  expect(seen.sort()).toEqual([...facts.edges, ...facts.nodes].map((x) => x.name).sort());
  await page.keyboard.press('Home');
  expect(await focusedName(where)).toBe(first);
  // The focus ring of a line: its halo takes the focus colour.
  await page.keyboard.press('ArrowDown');
  const halo = await page.locator(`${scope} [data-map-i][tabindex="0"] .sgb-map-halo`).evaluate((el) => getComputedStyle(el).stroke);
  expect(halo).not.toBe('none');
  expect(halo).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
}

/** Clicks a line where it is on top (lines cross: the first point along it that the pointer reaches). */
async function clickLine({ page, shadow }: Where, key: string) {
  const scope = shadow ? `${HOST_TAG} .sgb-map` : '.sgb-map';
  await page.locator(`${scope} .sgb-map-svg`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const point = await page.evaluate(
    ([tag, inShadow, edge]) => {
      const root: Document | ShadowRoot = inShadow ? document.querySelector(tag)!.shadowRoot! : document;
      const g = root.querySelector(`[data-map-edge="${edge}"]`)!;
      const path = g.querySelector<SVGPathElement>('.sgb-map-hit')!;
      const m = path.getScreenCTM()!;
      const total = path.getTotalLength();
      for (let i = 1; i < 40; i++) {
        const p = path.getPointAtLength((total * i) / 40);
        const x = p.x * m.a + p.y * m.c + m.e;
        const y = p.x * m.b + p.y * m.d + m.f;
        if (root.elementFromPoint(x, y)?.closest('[data-map-edge]') === g) return { x, y };
      }
      return null;
    },
    [HOST_TAG, shadow, key] as const,
  );
  expect(point, `a point of ${key} the pointer reaches`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

/** The detail under the map shows the line's claims, in their words. */
async function expectDetail({ page, shadow }: Where, key: string, lang: 'zh' | 'en') {
  const scope = shadow ? `${HOST_TAG} .sgb-map` : '.sgb-map';
  const shown = page.locator(`${scope} .sgb-map-detail [data-map-claim]`);
  await expect
    .poll(() => shown.evaluateAll((els) => els.map((el) => el.getAttribute('data-map-claim'))))
    .toEqual(expected.edges.get(key)!.claims);
  for (const id of expected.edges.get(key)!.claims) {
    const says = article.claims.find((c) => c.id === id)!.says[lang];
    expect(normalise(await page.locator(`${scope} [data-map-claim="${id}"] .sgb-says`).innerText())).toContain(normalise(says));
  }
  expect(await page.locator(`${scope} [data-map-edge="${key}"]`).getAttribute('aria-current')).toBe('true');
}

/** The page's highlighted text (the Custom Highlight API, or the reader's fallback class). */
function highlighted(page: Page): Promise<string> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('stargate-source');
    return h ? [...h].map((r) => r.toString()).join('') : (document.querySelector('.is-source')?.textContent ?? '');
  });
}

/** A line of the "against" tone in the scheme's colour (the theme variables reach the SVG). */
function againstStroke(page: Page, scope: string): Promise<string> {
  return page.locator(`${scope} [data-map-edge="${rebuttal}"] .sgb-map-line`).evaluate((el) => getComputedStyle(el).stroke);
}
const DANGER = { light: 'rgb(179, 38, 30)', dark: 'rgb(255, 138, 128)' };

/** Calls the background as the popup does (the popup page is an extension page: it may). */
async function openOverlay(h: Harness, page: Page) {
  const tabId = await h.tabIdOf(page);
  await h.waitForBadge(tabId, '✓');
  const popup = await h.openPopupPage(tabId);
  await popup.evaluate(
    (id) => chrome.runtime.sendMessage({ id: 1, type: 'openOverlay', data: { tabId: id, open: true }, timestamp: Date.now() }),
    tabId,
  );
  await popup.close();
  await page.locator(`${HOST_TAG} .sgb-overlay`).waitFor({ state: 'visible' });
  await page.waitForFunction((tag) => {
    const panel = document.querySelector(tag)?.shadowRoot?.querySelector('.sgb-overlay');
    return !!panel && panel.getAnimations().every((a) => a.playState === 'finished');
  }, HOST_TAG);
}

describe.each([
  { locale: 'en' as const, lang: 'en' as const },
  { locale: 'zh-CN' as const, lang: 'zh' as const },
])('the claims map in $locale', ({ locale, lang }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ locale });
  });
  afterAll(async () => {
    await h?.close();
  });
  eachTestLeavesNoErrors(() => h);

  it('in the popup: the lines the claims call for, walked by keyboard; a clicked line highlights its sentence on the page', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    const popup = await h.openPopupViaAction(page);
    await expect.poll(() => popup.locator('.sgb-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('match');
    const where = { page: popup, shadow: false };
    const facts = await expectTheMap(where);
    await expectKeyboardWalk(where, facts);

    await clickLine(where, rebuttal);
    await expectDetail(where, rebuttal, lang);
    const said = expected.edges.get(rebuttal)!.claims[0]!;
    await expect.poll(() => highlighted(page).then(normalise), { timeout: 5000 }).toBe(sentenceText(said));
    expect(await againstStroke(popup, '.sgb-map')).toBe(DANGER.light);

    // The whole popup passes axe with a line chosen and the list open, in both schemes; screenshots of each.
    await popup.locator('.sgb-map-text > summary').click();
    await popup.locator('.sgb-map').evaluate((el) => el.scrollIntoView());
    const height = await popup.evaluate(() => Math.min(innerHeight, document.documentElement.scrollHeight));
    await popup.screenshot({ path: h.screenshotPath(`claim-map-popup-${locale}-light`), clip: { x: 0, y: 0, width: 400, height } });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await againstStroke(popup, '.sgb-map')).toBe(DANGER.dark);
    await popup.screenshot({ path: h.screenshotPath(`claim-map-popup-${locale}-dark`), clip: { x: 0, y: 0, width: 400, height } });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('in the overlay: the same map; Enter on a line of two claims shows both and highlights the first one’s sentence', async () => {
    const page = await h.openPage(DEMO_ARTICLE_PATH);
    await openOverlay(h, page);
    const where = { page, shadow: true };
    const facts = await expectTheMap(where);
    await expectKeyboardWalk(where, facts);

    const line = page.locator(`${HOST_TAG} [data-map-edge="${twofold}"]`);
    await line.focus();
    await page.keyboard.press('Enter');
    await expectDetail(where, twofold, lang);
    const [first] = expected.edges.get(twofold)!.claims;
    await expect.poll(() => highlighted(page).then(normalise), { timeout: 5000 }).toBe(sentenceText(first!));
    // Focus stays on the line in the panel.
    expect(await focusedName(where)).toBe(facts.edges.find((e) => e.key === twofold)!.name);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await againstStroke(page, HOST_TAG)).toBe(DANGER[scheme]);
      await page.locator(`${HOST_TAG} .sgb-map`).evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: h.screenshotPath(`claim-map-overlay-${locale}-${scheme}`) });
      expect(await overlayAxeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('in the reader: the same map, a clicked line highlights its sentence, Escape returns to the line; printed, the picture stays', async () => {
    const page = await h.extensionPage('reader.html');
    const where = { page, shadow: false };
    const facts = await expectTheMap(where);
    await expectKeyboardWalk(where, facts);

    await clickLine(where, rebuttal);
    await expectDetail(where, rebuttal, lang);
    const said = expected.edges.get(rebuttal)!.claims[0]!;
    await expect.poll(() => highlighted(page).then(normalise)).toBe(sentenceText(said));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(sentenceOf(said).id);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedName(where)).toBe(facts.edges.find((e) => e.key === rebuttal)!.name);

    await page.locator('.sgb-map').evaluate((el) => el.scrollIntoView());
    await page.evaluate(() => (document.activeElement as SVGElement | null)?.blur()); // the line's own colour, not its focus ring
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await againstStroke(page, '.sgb-map')).toBe(DANGER[scheme]);
      await page.screenshot({ path: h.screenshotPath(`claim-map-reader-${locale}-${scheme}`) });
      expect(await axeViolations(page)).toEqual([]);
    }

    // On paper (even from a dark screen): the picture and its legend in the light colours; no controls' extras.
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.locator('.sgb-map').evaluate((map) => ({
      svg: map.querySelector('svg')!.getBoundingClientRect().height,
      legend: getComputedStyle(map.querySelector('.sgb-map-legend')!).display,
      list: getComputedStyle(map.querySelector('.sgb-map-text')!).display,
      detail: getComputedStyle(map.querySelector('.sgb-map-detail')!).display,
    }));
    expect(printed.svg).toBeGreaterThan(100);
    expect(printed.legend).not.toBe('none');
    expect([printed.list, printed.detail]).toEqual(['none', 'none']);
    expect(await againstStroke(page, '.sgb-map')).toBe(DANGER.light);
    expect((await mapFacts(where)).crowded).toEqual([]);
    await page.locator('.sgb-map').screenshot({ path: h.screenshotPath(`claim-map-reader-${locale}-print`) });
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  });
});
