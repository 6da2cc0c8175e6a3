// @vitest-environment happy-dom
/**
 * The noise script's wiring, in happy-dom with WXT's fake browser: it does nothing until the
 * background tells it the setting, then marks the noise and hides or shows it; `clearNoise` takes
 * everything away; a second injection bows out to the live copy; a dead extension's copy cleans up.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import noiseScript from '@/entrypoints/noise.content';
import {
  EXPECTED_AUTHOR_CARDS,
  EXPECTED_CAPTIONS,
  EXPECTED_COUNTERS,
  HIDE_NOISE_ATTR,
  NOISE_ATTR,
  NOISE_TAG,
} from '@/entrypoints/noise.content/noise';
import { repoPath } from '@/rig/repo';

/** The background's pushes to the page: what the script listens for. */
const bus = vi.hoisted(() => ({ listeners: new Map<string, (message: { data: unknown }) => unknown>(), registered: 0 }));
vi.mock('@/utils/messages', () => ({
  onMessage: vi.fn((type: string, listener: (message: { data: unknown }) => unknown) => {
    bus.registered++;
    bus.listeners.set(type, listener);
    return () => bus.listeners.delete(type);
  }),
}));
const push = (type: 'setHideNoise' | 'clearNoise', data?: boolean) => bus.listeners.get(type)?.({ data });

const contexts: ContentScriptContext[] = [];
afterEach(() => {
  push('clearNoise');
  contexts.forEach((ctx) => ctx.abort());
  contexts.length = 0;
  bus.listeners.clear();
  bus.registered = 0;
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('stargate-brief.noise')];
  document.body.replaceChildren();
});

function showPage(path: string): void {
  const raw = readFileSync(repoPath('tests/pages', path));
  const html = (path.endsWith('.br') ? brotliDecompressSync(raw) : raw).toString('utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}
async function inject(): Promise<ContentScriptContext> {
  const ctx = new ContentScriptContext('noise');
  contexts.push(ctx);
  await noiseScript.main(ctx);
  return ctx;
}
const marks = () => document.querySelectorAll(`[${NOISE_ATTR}]`).length;
const hidden = () => document.documentElement.hasAttribute(HIDE_NOISE_ATTR);

describe('noise script', () => {
  it('is injected, never declared: no matches, not in the manifest', () => {
    expect(noiseScript.registration).toBe('runtime');
    expect(noiseScript.matches).toEqual([]);
  });

  it('the always-on rule (the detector’s stylesheet) hides exactly what it marks, while the page says so', () => {
    const css = readFileSync(repoPath('entrypoints/detector.content/hide-noise.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css.replace(/\s+/g, ' ').trim()).toBe(`html[${HIDE_NOISE_ATTR}] [${NOISE_ATTR}] { display: none !important; }`);
  });

  it('touches nothing until told the setting; then marks every item and hides or shows it', async () => {
    showPage('dy/article/full-reprint.html');
    const text = document.body.textContent;
    await inject();
    expect(marks()).toBe(0);
    push('setHideNoise', true);
    const groups = [...document.querySelectorAll(`[${NOISE_ATTR}]`)].map((el) => el.getAttribute(NOISE_ATTR));
    expect(groups.filter((g) => g === 'caption')).toHaveLength(EXPECTED_CAPTIONS);
    expect(groups.filter((g) => g === 'counter')).toHaveLength(EXPECTED_COUNTERS);
    expect(groups.filter((g) => g === 'author')).toHaveLength(EXPECTED_AUTHOR_CARDS);
    expect(hidden()).toBe(true);
    push('setHideNoise', false);
    expect(hidden()).toBe(false);
    expect(marks()).toBe(groups.length);
    expect(document.querySelectorAll(NOISE_TAG)).toHaveLength(0);
    expect(document.body.textContent).toBe(text);
  });

  it('clearNoise (the article left the page) takes every mark and wrapper away', async () => {
    showPage('article/sgb-bbs.html.br'); // a BBS repost: caption lines inside one text block, wrapped while hidden
    const text = document.body.textContent;
    await inject();
    push('setHideNoise', true);
    expect(document.querySelectorAll(NOISE_TAG).length).toBeGreaterThan(0);
    push('clearNoise');
    expect(marks()).toBe(0);
    expect(hidden()).toBe(false);
    expect(document.body.textContent).toBe(text);
  });

  it('a second injection finds the live copy and bows out: one set of listeners, the marks stay', async () => {
    showPage('dy/article/full-reprint.html');
    await inject();
    push('setHideNoise', true);
    const registered = bus.registered;
    const second = await inject();
    expect(second.isInvalid).toBe(true);
    expect(bus.registered).toBe(registered);
    expect(marks()).toBeGreaterThan(0);
    expect(hidden()).toBe(true);
  });

  it('when the extension goes away, its copy takes the marks with it', async () => {
    showPage('dy/article/full-reprint.html');
    const ctx = await inject();
    push('setHideNoise', true);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    ctx.abort();
    expect(marks()).toBe(0);
    expect(hidden()).toBe(false);
    expect(bus.listeners.size).toBe(0);
    vi.restoreAllMocks();
  });
});
