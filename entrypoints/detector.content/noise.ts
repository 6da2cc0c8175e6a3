/**
 * After a match or partial verdict: find the article's noise on the page — the five picture
 * captions (`…(资料图)`, with or without a credit such as `图片来源：视觉中国` beside them), the read
 * counter (`0 阅读:141`) and the author card (name + `简介:` line) — by what it is, whatever markup
 * the host wraps it in, and hide exactly that.
 *
 * 1. The page's text is read once into "lines": runs of text between block boundaries and `<br>`
 *    (inline elements such as `<span>` do not break a line), normalised (normalise.ts) with a gap
 *    marker where punctuation or whitespace was dropped, each character mapped back to its text node.
 * 2. Noise is recognised per line: a caption is a whole line that reads caption (+ 资料图) (+ a
 *    credit), or a credit line next to one; the counter is the run `N 阅读 N` anywhere in a line
 *    (split over spans, beside 举报 or inside the byline); the author card is the `简介` line plus the
 *    nearest line that is only the author's name (never one beside a date: that is the byline).
 * 3. What is hidden is the largest element whose text is all noise, grown only while that adds
 *    noise text (so a `<figure>` keeps its picture, a card keeps its 关注 button, a line keeps 举报).
 *    Such elements get `data-stargate-noise="<group>"`; a stylesheet rule keyed on
 *    `html[data-stargate-hide-noise]` hides them. Noise that is only part of a text node (a BBS
 *    post's caption line, `0 阅读:141 | 责任编辑` in one node) is wrapped in our own `<sgb-noise>`
 *    while noise is hidden, and unwrapped — the text node restored — when it is shown.
 * Never throws; a second run starts from a clean page.
 */
import type { NoiseStrings } from '@/utils/detect/coverage';
import { foldCode, normalise, type FoldTable } from '@/utils/detect/normalise';
import { isSkippedElement } from '@/utils/text/skip';

export const NOISE_ATTR = 'data-stargate-noise';
export const HIDE_NOISE_ATTR = 'data-stargate-hide-noise';
/** Our wrapper around noise that is only part of a text node. */
export const NOISE_TAG = 'sgb-noise';

/** What the demo article's pages carry (checked by the tests, à la refined-github's selectors). */
export const EXPECTED_CAPTIONS = 5;
export const EXPECTED_COUNTERS = 1;
export const EXPECTED_AUTHOR_CARDS = 1;

export type NoiseGroup = 'caption' | 'counter' | 'author';

/** Noise items found (a caption, a counter, an author card each count once, however many elements hold them). */
export interface NoiseCounts {
  caption: number;
  counter: number;
  author: number;
}

/** Elements that do not break a line (custom elements, ours included, are inline too). */
const INLINE = /^(A|B|I|U|S|EM|FONT|SPAN|STRONG|SMALL|SUB|SUP|IMG|TIME|LABEL|.*-.*)$/i;
/** Page controls and pictures that must stay however much noise an element around them holds. */
const CONTROLS = 'input,button,select,textarea,iframe,video,form,nav,img,svg,picture';
/** A picture credit, normalised: 图片来源视觉中国, 图视觉中国, 来源新华社, 摄影张三 … (图… covers 图片…, 图源…; 摄… covers 摄影…) */
const CREDIT = '(图|来源|摄|视觉中国|新华社)[^ ]{0,17}';
/** What may follow a caption's words on its line: (资料图)? (credit)?. */
const CAPTION_TAIL = new RegExp(`^(资料图)?(${CREDIT})?$`);
const CREDIT_LINE = new RegExp(`^${CREDIT}$`);
/** The read counter in a gapped line: `0 阅读 141`, `阅读 141`. */
const COUNTER = /(\d+ *)?阅 *读 *\d[\d ]*/g;
/** A date in a gapped line (2025 02 02, 2025年2月2日): the name beside it is the byline's. */
const DATE = /\d{4}[ 年]+\d{1,2}[ 月]+\d/;

/** Marks (and, when `hide`, wraps) the noise under `doc.body`; returns how many items it found. Never throws. */
// eslint-disable-next-line max-lines-per-function -- to be split into named steps (issue: no shipped function over 100 lines)
export function markNoise(doc: Document, noise: NoiseStrings, fold?: FoldTable, hide = false): NoiseCounts {
  const counts: NoiseCounts = { caption: 0, counter: 0, author: 0 };
  try {
    clearNoise(doc);
    const body = doc.body;
    if (!body) return counts;

    // 1. The text, normalised with gap markers (' ' dropped characters, '\n' line breaks).
    const codes: number[] = [];
    const nodes: Text[] = [];
    const nodeAt: number[] = []; // per character: index into nodes
    const rawAt: number[] = []; // per character: offset in its node
    const spans = new Map<Node, [number, number]>(); // text node → its characters
    const lines: Array<[number, number]> = [];
    let lineStart = 0;
    let solidInLine = false;
    const push = (code: number, node: number, raw: number) => {
      codes.push(code);
      nodeAt.push(node);
      rawAt.push(raw);
    };
    const breakLine = () => {
      if (solidInLine) {
        lines.push([lineStart, codes.length]);
        push(10, -1, 0);
      }
      solidInLine = false;
      lineStart = codes.length;
    };
    const walk = (node: Node) => {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        const n = nodes.push(node as Text) - 1;
        const from = codes.length;
        for (let i = 0; i < data.length; i++) {
          const c = foldCode(data.charCodeAt(i), fold);
          if (c >= 0) {
            push(c, n, i);
            solidInLine = true;
          } else if (codes.length === from || codes[codes.length - 1] !== 32) push(32, n, i);
        }
        spans.set(node, [from, codes.length]);
      } else if (node.nodeType === 1 && !isSkippedElement(node as Element)) {
        const tag = (node as Element).tagName;
        const block = !INLINE.test(tag);
        if (block || tag === 'BR') breakLine();
        for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
        if (block) breakLine();
      }
    };
    walk(body);
    breakLine();
    let text = '';
    for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));

    // 2. Noise runs [start, end, group], line by line.
    const runs: Array<[number, number, NoiseGroup]> = [];
    const solid = (s: string) => s.replace(/\s/g, '');
    const norm = (s: string) => normalise(s, fold);
    const cores = noise.captions.map((c) => norm(c).replace(/资料图$/, '')).filter(Boolean);
    const name = norm(noise.authorName);
    const bio = norm(noise.authorBio);
    const kind: string[] = [];
    const whole = (i: number, group: NoiseGroup) => runs.push([...lines[i]!, group]);
    /** Position in `text` of the k-th solid character from `at`. */
    const solidAt = (at: number, k: number) => {
      for (; ; at++) if (text[at] !== ' ' && k-- === 0) return at;
    };
    lines.forEach(([a, b], i) => {
      const line = text.slice(a, b);
      const s = solid(line);
      kind[i] = '';
      if (
        cores.some(
          (c) =>
            (s.startsWith(c) && CAPTION_TAIL.test(s.slice(c.length))) ||
            (s.endsWith(c + '资料图') && CREDIT_LINE.test(s.slice(0, -c.length - 3))),
        )
      ) {
        kind[i] = 'caption';
        counts.caption++;
        return whole(i, 'caption');
      }
      if (CREDIT_LINE.test(s)) kind[i] = 'credit';
      else if (s === name) kind[i] = 'name';
      else if (bio && s.includes(bio)) {
        // The bio (with the name just before it, if so) — alone on its line or inside a longer one.
        kind[i] = s.includes(name + bio) ? 'card' : 'bio';
        counts.author++;
        const from = s.indexOf(kind[i] === 'card' ? name + bio : bio);
        runs.push([solidAt(a, from), solidAt(a, s.indexOf(bio) + bio.length - 1) + 1, 'author']);
      }
      for (const m of line.matchAll(COUNTER)) {
        counts.counter++;
        runs.push([a + m.index, a + m.index + m[0].trimEnd().length, 'counter']);
      }
    });
    kind.forEach((k, i) => {
      // A credit on its own line goes with the caption beside it.
      if (k === 'credit' && (kind[i - 1] === 'caption' || kind[i + 1] === 'caption')) whole(i, 'caption');
      // The card's name: the nearest line holding only the name, unless a date beside it makes it the byline.
      if (k === 'bio') {
        const dated = (j: number) => !!lines[j] && DATE.test(text.slice(...lines[j]));
        let best = -1;
        kind.forEach((k2, j) => {
          if (k2 === 'name' && !dated(j - 1) && !dated(j + 1) && (best < 0 || Math.abs(j - i) < Math.abs(best - i))) best = j;
        });
        if (best >= 0) whole(best, 'author');
      }
    });
    if (!runs.length) return counts;

    // 3. Elements that hold only noise, and the pieces of text nodes that are noise.
    const groupAt: Array<NoiseGroup | undefined> = [];
    for (const [start, end, group] of runs) for (let i = start; i < end; i++) groupAt[i] = group;
    /** How many solid characters `el` holds, or -1 unless all are noise and it holds no control. */
    const noiseSize = (el: Element): number => {
      if (el === body || el.matches(CONTROLS) || el.querySelector(CONTROLS)) return -1;
      let size = 0;
      const walker = doc.createTreeWalker(el, 4);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const [a, b] = spans.get(t) ?? [0, 0];
        for (let i = a; i < b; i++) if (text[i] !== ' ' && (size++, !groupAt[i])) return -1;
      }
      return size;
    };
    const marked = new Map<Element, NoiseGroup>();
    /** Whether a marked element other than `node` holds it. */
    const inMarked = (node: Node) => [...marked.keys()].some((m) => m !== node && m.contains(node));
    const wraps: Array<[Text, number, number, NoiseGroup]> = [];
    nodes.forEach((node) => {
      const [a, b] = spans.get(node)!;
      let first = -1;
      let last = -1;
      let all = true;
      for (let i = a; i < b; i++) {
        if (text[i] === ' ') continue;
        if (!groupAt[i]) all = false;
        else {
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first < 0) return;
      const group = groupAt[first]!;
      let el = node.parentElement;
      let size = all && el ? noiseSize(el) : -1;
      if (el && size > 0) {
        for (let up = el.parentElement, s2: number; up && (s2 = noiseSize(up)) > size; up = up.parentElement) [el, size] = [up, s2];
        if (!inMarked(el) && !marked.has(el)) marked.set(el, group);
        return;
      }
      // Part of a text node (or all of one inside an element with other text): our wrapper, while hidden.
      wraps.push([node, all ? 0 : rawAt[first]!, all ? node.data.length : rawAt[last]! + 1, group]);
    });
    for (const [el, group] of marked) if (!inMarked(el)) el.setAttribute(NOISE_ATTR, group);
    if (hide) {
      for (const [node, start, end, group] of wraps) {
        if (inMarked(node)) continue;
        const mid = start > 0 ? node.splitText(start) : node;
        const wrapper = doc.createElement(NOISE_TAG);
        wrapper.setAttribute(NOISE_ATTR, group);
        if (end - start < mid.length) mid.splitText(end - start);
        mid.replaceWith(wrapper);
        wrapper.append(mid);
      }
    }
  } catch {
    // A hostile or odd page: mark what we could, never break the page.
  }
  return counts;
}

/** Removes every mark and unwraps our wrappers, merging each split text node back into one. */
export function clearNoise(doc: Document): void {
  try {
    doc.querySelectorAll(NOISE_TAG).forEach((wrapper) => {
      const parent = wrapper.parentNode;
      wrapper.replaceWith(...wrapper.childNodes);
      parent?.normalize();
    });
    doc.querySelectorAll(`[${NOISE_ATTR}]`).forEach((el) => el.removeAttribute(NOISE_ATTR));
  } catch {
    // Leave the page as it is.
  }
}
