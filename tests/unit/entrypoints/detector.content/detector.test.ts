// @vitest-environment happy-dom
/**
 * The detector content script's wiring, in happy-dom with WXT's fake browser: verdict reported (with
 * the text on match/partial), fingerprint fetched only past the pre-check, the page left untouched,
 * late content picked up, watching kept up after a match (the text re-sent only when it changed),
 * and a second injection taking over from the first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import detector from '@/entrypoints/detector.content';
import type { Verdict } from '@/utils/messages';
import type { Fingerprint } from '@/utils/detect/coverage';
import type * as Coverage from '@/utils/detect/coverage';
import { getFingerprint } from '@/entrypoints/background/fingerprint-provider';
import { repoPath } from '@/rig/repo';
import { body } from '@/tests/unit/utils/detect/fixture';

/** The background's side of the messages the detector sends (it sends, never listens). */
const bus = vi.hoisted(() => ({
  verdicts: [] as Array<Verdict & { text?: string }>,
  fetches: 0,
  fingerprint: null as null | (() => Fingerprint),
}));
/** Every detect() the detector runs, so a test can wait for a check to have happened. */
const detects = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/utils/detect/coverage', async (importOriginal) => {
  const original = await importOriginal<typeof Coverage>();
  return {
    ...original,
    detect: (...args: Parameters<typeof original.detect>) => {
      detects.count++;
      return original.detect(...args);
    },
  };
});
vi.mock('@/entrypoints/detector.content/send', () => ({
  send: vi.fn(async (type: string, data: unknown) => {
    if (type === 'reportVerdict') {
      bus.verdicts.push(data as Verdict);
      return undefined;
    }
    bus.fetches++;
    if (!bus.fingerprint) throw new Error('Could not establish connection. Receiving end does not exist.');
    return bus.fingerprint();
  }),
}));

const contexts: ContentScriptContext[] = [];
afterEach(() => {
  contexts.forEach((ctx) => ctx.abort());
  contexts.length = 0;
  bus.verdicts = [];
  bus.fetches = 0;
  bus.fingerprint = null;
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
  it('declares the host placeholder and document_end (the parsed page, not the load: noise is hidden sooner)', () => {
    expect(detector.matches).toEqual(['<hosts>']);
    expect(detector.runAt).toBe('document_end');
  });

  it('a reprint: reports match with the text it read, fetches the fingerprint once, leaves the page as it was', async () => {
    showPage('dy/article/full-reprint.html');
    const before = document.body.cloneNode(true);
    const { verdicts, fetches } = listen();
    await start();
    await until(() => verdicts.length === 1);
    expect(verdicts[0]!.kind).toBe('match');
    // The text it read goes with a match, for the background's fact-by-fact comparison.
    expect(verdicts[0]!.text).toBe(document.body.textContent);
    expect(fetches()).toBe(1);
    expect(document.body.isEqualNode(before)).toBe(true);
    expect([...document.documentElement.attributes].map((a) => a.name)).not.toContain('data-stargate-hide-noise');
  });

  it('keeps watching after a match: the text is sent again when it changed, not for a change that leaves it as it was', async () => {
    showPage('dy/article/full-reprint.html');
    const { verdicts } = listen();
    await start();
    await until(() => verdicts.length === 1);
    // A change that keeps the text (what the noise script's wrappers do): checked again, nothing sent.
    const checked = detects.count;
    const p = document.querySelector('p')!;
    const wrapper = document.createElement('sgb-noise');
    wrapper.append(...p.childNodes);
    p.append(wrapper);
    await until(() => detects.count > checked);
    expect(verdicts).toHaveLength(1);
    // Then the page adds comments below the article: the text changed, the verdict did not.
    const comments = Object.assign(document.createElement('div'), { textContent: '网友评论:说得好' });
    document.body.append(comments);
    await until(() => verdicts.length === 2);
    expect(verdicts[1]!.kind).toBe('match');
    expect(verdicts[1]!.text).toBe(document.body.textContent);
    expect(verdicts[1]!.text).toContain('网友评论');
  });

  it('a verdict that goes away is reported once, without text', async () => {
    showPage('dy/article/full-reprint.html');
    const { verdicts } = listen();
    await start();
    await until(() => verdicts.length === 1);
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: '页面已更新' }));
    await until(() => verdicts.length === 2);
    expect(verdicts[1]).toEqual({ kind: 'none', coverage: 0 });
  });

  it('an unrelated page: reports none without fetching the fingerprint', async () => {
    showPage('a/same-story-other-article.html'); // same story, other article
    const { verdicts, fetches } = listen();
    await start();
    await until(() => verdicts.length === 1);
    expect(verdicts[0]).toEqual({ kind: 'none', coverage: 0 });
    expect(fetches()).toBe(0);
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
