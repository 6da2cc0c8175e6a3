// @vitest-environment happy-dom
/**
 * The noise finder on markup we did not write: the structures real hosts use (split read counters,
 * credits beside captions, captions as plain lines, BBS posts, author cards split from their 简介),
 * then fast-check over random wrappings of the noise texts. "Hidden" is what the stylesheet hides
 * while noise is hidden: everything under a `data-stargate-noise` element (ours or the page's).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldTable, normalise } from '@/utils/detect/normalise';
import { NOISE_ATTR, NOISE_TAG, clearNoise, markNoise } from '@/entrypoints/noise.content/noise';
import { body, captions, fp } from '@/tests/unit/utils/detect/fixture';

const fold = foldTable(fp.fold);
const n = (s: string) => normalise(s, fold);
const COUNTER = '0 阅读:141';
const NAME = '千金不及冰淇淋';
const BIO = '简介:环球大侦探,深挖国际小秘密';
const BYLINE = `<div class="byline"><span>${NAME}</span> <span>2025-02-02 11:52</span></div>`;

function page(html: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`,
    'text/html',
  );
}

/** The text a reader sees while noise is hidden, normalised. */
function visible(doc: Document): string {
  let out = '';
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!t.parentElement?.closest(`[${NOISE_ATTR}]`)) out += t.nodeValue ?? '';
  return n(out);
}
const html = (doc: Document) => new XMLSerializer().serializeToString(doc.body);
const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function expectClean(doc: Document, { byline = false } = {}): void {
  const seen = visible(doc);
  for (const p of body) expect(seen, 'a body paragraph was hidden').toContain(n(p));
  for (const c of captions) expect(seen).not.toContain(n(c));
  expect(seen).not.toMatch(/\d阅读\d/);
  expect(seen).not.toContain(n(BIO));
  expect(count(seen, n(NAME))).toBe(byline ? 1 : 0);
}

/** The article's body with the five captions after paragraphs 1, 3, 4, 6, 8 (as on the host page). */
function article(caption: (text: string, i: number) => string, paragraph = (p: string) => `<p>${escape(p)}</p>`): string {
  const after = [1, 3, 4, 6, 8];
  return body.map((p, i) => paragraph(p) + (after.includes(i) ? caption(captions[after.indexOf(i)]!, after.indexOf(i)) : '')).join('\n');
}

describe('markNoise on real-host structures', () => {
  it('a read counter split over spans beside 举报: the counter spans, not 举报', () => {
    const doc = page(
      `${BYLINE}${article((c) => `<p class="pic">${escape(c)}</p>`)}<div class="tool"><span>0</span> <span>阅读:141</span><span class="report">举报</span></div><div class="card"><div>${NAME}</div><div>${BIO}</div></div>`,
    );
    const counts = markNoise(doc, fp.noise, fold, true);
    expect(counts).toEqual({ caption: 5, counter: 1, author: 1 });
    expect(doc.querySelector('.tool')!.hasAttribute(NOISE_ATTR)).toBe(false);
    expect(doc.querySelector('.report')!.closest(`[${NOISE_ATTR}]`)).toBeNull();
    expect([...doc.querySelectorAll('.tool span')].map((s) => s.getAttribute(NOISE_ATTR))).toEqual(['counter', 'counter', null]);
    expect(doc.querySelector('.card')!.getAttribute(NOISE_ATTR)).toBe('author');
    expectClean(doc, { byline: true });
  });

  it('the counter inside one text node with 责任编辑 and 纠错: only that run, wrapped while hidden, restored when shown', () => {
    const doc = page(`${article((c) => `<p>${escape(c)}</p>`)}<p class="meta">${COUNTER} | 责任编辑：小周 | 纠错</p>`);
    const before = html(doc);
    const meta = doc.querySelector('.meta')!;
    const original = meta.firstChild;
    markNoise(doc, fp.noise, fold, true);
    expect(meta.querySelector(NOISE_TAG)?.textContent).toBe(COUNTER);
    expect(n(visible(doc))).toContain(n('责任编辑：小周纠错'));
    markNoise(doc, fp.noise, fold, false); // shown: marks stay, our wrappers go
    expect(meta.querySelector(NOISE_TAG)).toBeNull();
    expect(meta.firstChild).toBe(original);
    clearNoise(doc);
    expect(html(doc)).toBe(before);
  });

  it('the counter in the byline: the run, never the date or the name', () => {
    const doc = page(`<div class="info">${NAME} 2025-02-02 11:52 ${COUNTER}</div>${article((c) => `<p>${escape(c)}</p>`)}`);
    expect(markNoise(doc, fp.noise, fold, true).counter).toBe(1);
    expect(doc.querySelector(NOISE_TAG)!.textContent).toBe(COUNTER);
    expect(visible(doc)).toContain(n(`${NAME} 2025-02-02 11:52`));
  });

  it('captions with a credit beside them, split over spans, full-width, or as a plain line', () => {
    const shapes = [
      (c: string) => `<p class="pic"><span>${escape(c)}</span>\u3000<span class="credit">图片来源：视觉中国</span></p>`,
      (c: string) =>
        `<div class="img"><img alt=""><p><span>${escape(c.replace(/\(资料图\)$/, ''))}</span><span>（资料图）</span></p></div>`,
      (c: string) => `<p>${escape(c).replace(/\(/g, '（').replace(/\)/g, '）')}\u3000图/新华社</p>`,
      (c: string) => `<figure><img alt=""><figcaption>${escape(c)}</figcaption><p class="src">图片来源：视觉中国</p></figure>`,
      (c: string) => `<p>${escape(c)}</p>`,
    ];
    const doc = page(article((c, i) => shapes[i]!(c)));
    expect(markNoise(doc, fp.noise, fold, true).caption).toBe(5);
    expectClean(doc);
    expect(visible(doc)).not.toContain(n('图片来源：视觉中国'));
    // The picture stays: the figure is not hidden, its caption and credit are.
    expect(doc.querySelector('figure')!.hasAttribute(NOISE_ATTR)).toBe(false);
    expect(doc.querySelector('.img')!.hasAttribute(NOISE_ATTR)).toBe(false);
  });

  it('a BBS repost: one post, <br> every ~34 characters, captions as lines — exactly those lines, restored when shown', () => {
    const wrap = (s: string) => (s.match(/.{1,34}/gu) ?? []).map(escape).join('<br>\n');
    const full = (s: string) => s.replace(/,/g, '，').replace(/:/g, '：').replace(/\?/g, '？');
    const post = article(
      (c) => `<br>\n${full(escape(c)).replace(/\(/g, '（').replace(/\)/g, '）')}<br>\n`,
      (p) => `${wrap(full(p))}<br>\n`,
    );
    const doc = page(
      `<table><tr><td class="t_f">${post}<br>\n${NAME}<br>\n${BIO}<br>\n${COUNTER}</td></tr></table><div class="pob"><a>回复</a><a>举报</a></div>`,
    );
    const before = html(doc);
    const counts = markNoise(doc, fp.noise, fold, true);
    expect(counts).toEqual({ caption: 5, counter: 1, author: 1 });
    expect(doc.querySelector('.t_f')!.hasAttribute(NOISE_ATTR)).toBe(false);
    const wrapped = [...doc.querySelectorAll(NOISE_TAG)].map((w) => n(w.textContent ?? ''));
    expect(wrapped).toEqual([...captions.map(n), n(NAME), n(BIO), n(COUNTER)]);
    expectClean(doc);
    expect(visible(doc)).toContain(n('回复举报'));
    clearNoise(doc);
    expect(html(doc)).toBe(before);
  });

  it('an author card whose name and 简介 sit apart (关注 between): name and bio hidden, 关注 and the byline stay', () => {
    const doc = page(
      `${BYLINE}${article((c) => `<p>${escape(c)}</p>`)}<div class="side"><div class="author"><a class="name">${NAME}</a><button>关注</button></div><div class="fans"><span>粉丝</span><span>1.2万</span></div><div class="desc"><p>${BIO}</p></div></div>`,
    );
    expect(markNoise(doc, fp.noise, fold, true).author).toBe(1);
    expect(doc.querySelector('.name')!.getAttribute(NOISE_ATTR)).toBe('author');
    expect(doc.querySelector('.author')!.hasAttribute(NOISE_ATTR)).toBe(false);
    expect(visible(doc)).toContain(n('关注'));
    expectClean(doc, { byline: true });
  });

  it('the byline name alone on its line next to the date is never the card', () => {
    const doc = page(
      `<div class="head"><div class="who">${NAME}</div><div class="when">2025-02-02 11:52</div></div>${article((c) => `<p>${escape(c)}</p>`)}<p>${BIO}</p>`,
    );
    markNoise(doc, fp.noise, fold, true);
    expect(doc.querySelector('.who')!.hasAttribute(NOISE_ATTR)).toBe(false);
    expectClean(doc, { byline: true });
  });
});

describe('markNoise over random wrappings (fast-check)', () => {
  const tag = fc.constantFrom('span', 'em', 'font', 'strong', 'a', 'b');
  const block = fc.constantFrom('p', 'div', 'section', 'figcaption', 'td');
  /** `text` split at random points, each piece bare or in a random inline element, with random spaces. */
  const inline = (text: string) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 3 }),
        fc.array(fc.option(tag), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
      )
      .map(([cuts, tags, spaced]) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, i) => text.slice(p, points[i] ?? text.length)).filter(Boolean);
        return pieces.map((piece, i) => (tags[i] ? `<${tags[i]}>${escape(piece)}</${tags[i]}>` : escape(piece))).join(spaced ? ' ' : '');
      });
  const nest = (html: string) =>
    fc
      .tuple(block, fc.array(fc.constantFrom('div', 'section'), { maxLength: 2 }))
      .map(([b, outer]) => outer.reduce((h, o) => `<${o}>${h}</${o}>`, `<${b}>${html}</${b}>`));
  const credit = fc.constantFrom('', '\u3000图片来源：视觉中国', ' 图/新华社', '(图片来源:网络)');
  const captionHtml = (c: string) =>
    fc.tuple(credit, fc.boolean()).chain(([cr, fullWidth]) => {
      const text = fullWidth ? c.replace(/\(/g, '（').replace(/\)/g, '）') : c;
      return inline(text).chain((h) => nest(h + escape(cr)));
    });
  const counterHtml = fc
    .tuple(inline(COUNTER), fc.subarray(['举报', '点赞', '分享', '收藏', '责任编辑：小周'], { minLength: 1 }))
    .chain(([h, controls]) => nest(`${h}${controls.map((c) => `<span class="ctl">${c}</span>`).join('')}`));
  const authorHtml = fc
    .tuple(inline(NAME), inline(BIO), fc.boolean(), fc.boolean())
    .map(
      ([name, bio, apart, follow]) =>
        `<div class="card"><div>${name}</div>${follow ? '<button>关注</button>' : ''}${apart ? '<div class="x"></div>' : ''}<div>${bio}</div></div>`,
    );

  it('every noise text hidden, no body sentence, control or the byline hidden', () => {
    fc.assert(
      fc.property(fc.tuple(...captions.map(captionHtml)), counterHtml, authorHtml, fc.boolean(), (caps, counter, author, hide) => {
        const doc = page(`${BYLINE}${article((_, i) => caps[i]!)}${counter}${author}`);
        const before = html(doc);
        const counts = markNoise(doc, fp.noise, fold, hide);
        expect(counts).toEqual({ caption: 5, counter: 1, author: 1 });
        if (hide) expectClean(doc, { byline: true });
        for (const ctl of doc.querySelectorAll('.ctl, button')) expect(ctl.closest(`[${NOISE_ATTR}]`)).toBeNull();
        clearNoise(doc);
        expect(html(doc)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

/** The marked or wrapped pieces of the page, as "text=group", in document order. */
const marks = (doc: Document) =>
  [...doc.querySelectorAll(`[${NOISE_ATTR}]`)].map((el) => `${n(el.textContent ?? '')}=${el.getAttribute(NOISE_ATTR)}`);

describe('markNoise, rule by rule (each edge a test can see)', () => {
  it('a credit line goes with a caption before or after it, and stays where no caption is beside it', () => {
    const doc = page(
      `<p>${escape(body[0]!)}</p><p class="a">图片来源：视觉中国</p><p>${escape(captions[0]!)}</p><p>${escape(body[1]!)}</p><p>${escape(captions[1]!)}</p><p class="b">图/新华社</p><p>${escape(body[2]!)}</p><p class="c">图/新华社</p><p>${escape(body[3]!)}</p>`,
    );
    markNoise(doc, fp.noise, fold);
    expect(doc.querySelector('.a')!.getAttribute(NOISE_ATTR)).toBe('caption'); // before its caption
    expect(doc.querySelector('.b')!.getAttribute(NOISE_ATTR)).toBe('caption'); // after its caption
    expect(doc.querySelector('.c')!.hasAttribute(NOISE_ATTR)).toBe(false); // between two paragraphs: the page's own text
  });

  it('a caption that ends the line after a credit (图/新华社 星际之门项目(资料图)) is a caption; the credit alone is not', () => {
    const doc = page(`<p>${escape(body[0]!)}</p><p class="x">图/新华社 ${escape(captions[0]!)}</p><p>${escape(body[1]!)}</p>`);
    expect(markNoise(doc, fp.noise, fold).caption).toBe(1);
    expect(doc.querySelector('.x')!.getAttribute(NOISE_ATTR)).toBe('caption');
    // The caption's words without 资料图 after them are the page's text.
    const plain = page(`<p class="y">图/新华社 ${escape(captions[0]!.replace(/\(资料图\)$/, ''))}</p>`);
    expect(markNoise(plain, fp.noise, fold).caption).toBe(0);
    expect(plain.querySelector('.y')!.hasAttribute(NOISE_ATTR)).toBe(false);
  });

  it('a bio takes the nearest name-only line, not a farther one and never one beside a date', () => {
    const doc = page(
      `<p class="dated">${NAME}</p><p>2025-02-02 11:52</p><p>${escape(body[0]!)}</p><p class="near">${NAME}</p><p class="bio">${BIO}</p><p>${escape(body[1]!)}</p><p>${escape(body[2]!)}</p><p class="far">${NAME}</p>`,
    );
    expect(markNoise(doc, fp.noise, fold).author).toBe(1);
    expect(doc.querySelector('.near')!.getAttribute(NOISE_ATTR)).toBe('author');
    expect(doc.querySelector('.bio')!.getAttribute(NOISE_ATTR)).toBe('author');
    expect(doc.querySelector('.far')!.hasAttribute(NOISE_ATTR)).toBe(false);
    expect(doc.querySelector('.dated')!.hasAttribute(NOISE_ATTR)).toBe(false);
    // No bio on the page: a name-only line is just a name.
    const noBio = page(`<p class="name">${NAME}</p><p>${escape(body[0]!)}</p>`);
    expect(markNoise(noBio, fp.noise, fold).author).toBe(0);
    expect(noBio.querySelector('.name')!.hasAttribute(NOISE_ATTR)).toBe(false);
  });

  it('a card with the name and bio inside a longer text: exactly the name and bio are wrapped while hidden', () => {
    const doc = page(`<p>${escape(body[0]!)}</p><div class="card">关注 ${NAME}${BIO} 粉丝1.2万</div>`);
    expect(markNoise(doc, fp.noise, fold, true).author).toBe(1);
    expect(marks(doc)).toEqual([`${n(NAME + BIO)}=author`]);
    expect(visible(doc)).toContain(n('关注'));
    expect(visible(doc)).toContain(n('粉丝1.2万'));
    // A bio alone inside a longer text: only the bio.
    const bare = page(`<div class="card">关注 ${BIO} 粉丝1.2万</div>`);
    markNoise(bare, fp.noise, fold, true);
    expect(marks(bare)).toEqual([`${n(BIO)}=author`]);
  });

  it('a counter inside a longer text is wrapped without the spaces after it', () => {
    const doc = page(`<p>${escape(body[0]!)}</p><div class="meta">${COUNTER}   责任编辑:王五</div>`);
    expect(markNoise(doc, fp.noise, fold, true).counter).toBe(1);
    const wrapper = doc.querySelector(NOISE_TAG)!;
    expect(wrapper.textContent).toBe(COUNTER);
    expect(wrapper.nextSibling!.textContent).toBe('   责任编辑:王五');
    // Not hiding: nothing is wrapped, and the text is as it was.
    const shown = page(`<div class="meta">${COUNTER}   责任编辑:王五</div>`);
    expect(markNoise(shown, fp.noise, fold).counter).toBe(1);
    expect(shown.querySelector(NOISE_TAG)).toBeNull();
  });
});
