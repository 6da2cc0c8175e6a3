// @vitest-environment happy-dom
/**
 * The detector content script's wiring, in happy-dom with WXT's fake browser: verdict reported,
 * fingerprint fetched only past the pre-check, noise marked and the setting applied live, late
 * content picked up, and a second injection taking over from the first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import detector from '@/entrypoints/detector.content';
import type { Verdict } from '@/utils/messages';
import type { Fingerprint } from '@/utils/detect/coverage';
import { getFingerprint } from '@/entrypoints/background/fingerprint-provider';
import { HIDE_NOISE_ATTR, NOISE_ATTR } from '@/entrypoints/detector.content/noise';
import { repoPath } from '@/rig/repo';
import { body } from '@/tests/unit/utils/detect/fixture';

/** The background's side of the messages the detector sends, and its one push (setHideNoise). */
const bus = vi.hoisted(() => ({
  verdicts: [] as Verdict[],
  fetches: 0,
  fingerprint: null as null | (() => Fingerprint),
  hideNoise: true,
  listeners: new Map<string, (message: { data: unknown }) => void>(),
}));
vi.mock('@/utils/messages', () => ({
  onMessage: vi.fn((type: string, listener: (message: { data: unknown }) => void) => {
    bus.listeners.set(type, listener);
    return () => bus.listeners.delete(type);
  }),
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    if (type === 'reportVerdict') {
      bus.verdicts.push(data as Verdict);
      return { hideNoise: bus.hideNoise };
    }
    if (type === 'getFingerprint') {
      bus.fetches++;
      if (!bus.fingerprint) throw new Error('Could not establish connection. Receiving end does not exist.');
      return bus.fingerprint();
    }
    return undefined;
  }),
}));

/** The background flipping the setting: what it sends to every tab holding the article. */
function userSetsHideNoise(hide: boolean): void {
  bus.hideNoise = hide;
  bus.listeners.get('setHideNoise')?.({ data: hide });
}

const contexts: ContentScriptContext[] = [];
afterEach(() => {
  contexts.forEach((ctx) => ctx.abort());
  contexts.length = 0;
  bus.verdicts = [];
  bus.fetches = 0;
  bus.fingerprint = null;
  bus.hideNoise = true;
  document.documentElement.removeAttribute(HIDE_NOISE_ATTR);
  document.body.replaceChildren();
});

function showPage(path: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(repoPath('tests/pages', path), 'utf8'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}
function listen() {
  bus.fingerprint = getFingerprint;
  return { verdicts: bus.verdicts, fetches: () => bus.fetches };
}
async function start(): Promise<ContentScriptContext> {
  const ctx = new ContentScriptContext('detector');
  contexts.push(ctx);
  await detector.main(ctx);
  return ctx;
}
const until = (cond: () => boolean) => expect.poll(cond, { timeout: 5000 }).toBe(true);

describe('detector content script', () => {
  it('declares the host placeholder, document_idle and its stylesheet', () => {
    expect(detector.matches).toEqual(['<hosts>']);
    expect(detector.runAt).toBe('document_idle');
  });

  it('a reprint: reports match, marks noise, applies and follows the hide setting', async () => {
    showPage('dy/article/full-reprint.html');
    const { verdicts, fetches } = listen();
    await start();
    await until(() => verdicts.length === 1);
    expect(verdicts[0]!.kind).toBe('match');
    // The text it read goes with a match, for the background's fact-by-fact comparison.
    expect((verdicts[0] as Verdict & { text?: string }).text).toBe(document.body.textContent);
    expect(fetches()).toBe(1);
    await until(() => document.documentElement.hasAttribute(HIDE_NOISE_ATTR));
    expect(document.querySelectorAll(`[${NOISE_ATTR}]`)).toHaveLength(7);
    userSetsHideNoise(false);
    expect(document.documentElement.hasAttribute(HIDE_NOISE_ATTR)).toBe(false);
    userSetsHideNoise(true);
    expect(document.documentElement.hasAttribute(HIDE_NOISE_ATTR)).toBe(true);
  });

  it('a reprint with the setting off: noise marked but shown; the listener goes with the run', async () => {
    bus.hideNoise = false;
    showPage('dy/article/full-reprint.html');
    const { verdicts } = listen();
    const ctx = await start();
    await until(() => verdicts.length === 1);
    await until(() => document.querySelectorAll(`[${NOISE_ATTR}]`).length === 7);
    expect(document.documentElement.hasAttribute(HIDE_NOISE_ATTR)).toBe(false);
    ctx.abort();
    expect(bus.listeners.has('setHideNoise')).toBe(false);
  });

  it('an unrelated page: reports none without fetching the fingerprint', async () => {
    showPage('a/same-story-other-article.html'); // same story, other article
    const { verdicts, fetches } = listen();
    await start();
    await until(() => verdicts.length === 1);
    expect(verdicts[0]).toEqual({ kind: 'none', coverage: 0 });
    expect(fetches()).toBe(0);
    expect(document.documentElement.hasAttribute(HIDE_NOISE_ATTR)).toBe(false);
  });

  it('late content: none first, then match once the article is added', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '正在加载…' }));
    const { verdicts } = listen();
    await start();
    await until(() => verdicts.length === 1);
    expect(verdicts[0]!.kind).toBe('none');
    const box = document.createElement('div');
    document.body.append(box);
    for (const p of body) box.append(Object.assign(document.createElement('p'), { textContent: p }));
    await until(() => verdicts.length === 2);
    expect(verdicts[1]!.kind).toBe('match');
  });

  it('after a match it keeps watching: changed text is sent again, a change that leaves the text as it was sends nothing', async () => {
    showPage('dy/article/full-reprint.html');
    const { verdicts } = listen();
    await start();
    await until(() => verdicts.length === 1);
    // Count the detector's reads of the page text: each check reads it once.
    const body = document.body;
    let proto: object | null = Object.getPrototypeOf(body);
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'textContent')) proto = Object.getPrototypeOf(proto);
    const read = Object.getOwnPropertyDescriptor(proto!, 'textContent')!;
    let reads = 0;
    Object.defineProperty(body, 'textContent', {
      configurable: true,
      get() {
        reads++;
        return read.get!.call(this);
      },
    });
    try {
      // A live correction of one paragraph: compared again.
      const p = body.querySelector('#content p')!;
      p.textContent = p.textContent!.replace('5000亿美元', '500亿美元');
      await until(() => verdicts.length === 2);
      expect((verdicts[1] as Verdict & { text?: string }).text).toContain('投资500亿美元');
      // A mutation that leaves the text as it was: checked, nothing sent.
      const before = reads;
      body.append(document.createElement('span'));
      await until(() => reads > before);
      expect(verdicts).toHaveLength(2);
    } finally {
      delete (body as unknown as Record<string, unknown>).textContent;
    }
  });

  it('a second injection takes over: the first run is stopped, one verdict per run', async () => {
    showPage('dy/article/full-reprint.html');
    const { verdicts } = listen();
    const first = await start();
    await until(() => verdicts.length === 1);
    const second = await start();
    expect(first.isInvalid).toBe(true);
    expect(second.isValid).toBe(true);
    await until(() => verdicts.length === 2);
    expect(verdicts.map((v) => v.kind)).toEqual(['match', 'match']);
    await until(() => document.documentElement.hasAttribute(HIDE_NOISE_ATTR));
    expect(document.querySelectorAll(`[${NOISE_ATTR}]`)).toHaveLength(7);
  });

  it('no fingerprint from the background yet: reports none rather than guess, then asks again on a page that never changes', async () => {
    showPage('dy/article/full-reprint.html');
    const verdicts = bus.verdicts;
    await start();
    await until(() => verdicts.length === 1);
    expect(verdicts[0]).toEqual({ kind: 'none', coverage: 0 });
    // The background is ready now; nothing on the page moves, yet the detector retries.
    bus.fingerprint = getFingerprint;
    await until(() => verdicts.length === 2);
    expect(verdicts[1]!.kind).toBe('match');
  });
});
