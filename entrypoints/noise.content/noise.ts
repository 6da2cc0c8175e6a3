/**
 * The noise finder of the on-demand noise script (index.ts), run after a match or partial verdict: find the article's noise on the page — the five picture
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
 * Never throws; a second run starts from a clean page. The stylesheet rule that hides what is marked
 * is always on (entrypoints/detector.content/hide-noise.css), so marks are hidden the moment they are made.
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

/** The page's text as lines (step 1). */
interface PageText {
  /** Normalised characters with gap markers: ' ' where dropped characters were, '\n' between lines. */
  text: string;
  /** The text nodes read, in document order. */
  nodes: Text[];
  /** Per character of `text`: its offset in its text node. */
  rawAt: number[];
  /** Text node → its characters [from, to) in `text`. */
  spans: Map<Node, [number, number]>;
  /** Each line's characters [from, to) in `text`. */
  lines: Array<[number, number]>;
}

/** A run of `text` that is noise, and what kind. */
type Run = [start: number, end: number, group: NoiseGroup];

/** What a line is (step 2); '' when it is none of these. */
type LineKind = '' | 'caption' | 'credit' | 'name' | 'bio' | 'card';

/** The noise strings, normalised as the page text is. */
interface Patterns {
  /** The captions without their trailing 资料图. */
  cores: string[];
  name: string;
  bio: string;
}

/** Step 1: the text under `body`, normalised as the detector normalises it, in lines, each character mapped back to its node. */
function readLines(body: HTMLElement, fold: FoldTable | undefined): PageText {
  const codes: number[] = [];
  const nodes: Text[] = [];
  const rawAt: number[] = [];
  const spans = new Map<Node, [number, number]>();
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let solidInLine = false;
  const push = (code: number, raw: number) => {
    codes.push(code);
    rawAt.push(raw);
  };
  const breakLine = () => {
    if (solidInLine) {
      lines.push([lineStart, codes.length]);
      push(10, 0);
    }
    solidInLine = false;
    lineStart = codes.length;
  };
  const readText = (node: Text) => {
    const data = node.data;
    nodes.push(node);
    const from = codes.length;
    for (let i = 0; i < data.length; i++) {
      const c = foldCode(data.charCodeAt(i), fold);
      if (c >= 0) {
        push(c, i);
        solidInLine = true;
      } else if (codes.length === from || codes[codes.length - 1] !== 32) push(32, i);
    }
    spans.set(node, [from, codes.length]);
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) readText(node as Text);
    else if (node.nodeType === 1 && !isSkippedElement(node as Element)) {
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
  return { text, nodes, rawAt, spans, lines };
}

function noisePatterns(noise: NoiseStrings, fold: FoldTable | undefined): Patterns {
  const norm = (s: string) => normalise(s, fold);
  return {
    cores: noise.captions.map((c) => norm(c).replace(/资料图$/, '')).filter(Boolean),
    name: norm(noise.authorName),
    bio: norm(noise.authorBio),
  };
}

/** Position in `text` of the k-th solid (not gap) character from `at`. */
function solidAt(text: string, at: number, k: number): number {
  for (; ; at++) if (text[at] !== ' ' && k-- === 0) return at;
}

/** Step 2a: what line `i` is; pushes its caption, bio and counter runs and counts them. */
function classifyLine(page: PageText, i: number, p: Patterns, runs: Run[], counts: NoiseCounts): LineKind {
  const [a, b] = page.lines[i]!;
  const line = page.text.slice(a, b);
  const s = line.replace(/\s/g, '');
  if (
    p.cores.some(
      (c) =>
        (s.startsWith(c) && CAPTION_TAIL.test(s.slice(c.length))) ||
        (s.endsWith(c + '资料图') && CREDIT_LINE.test(s.slice(0, -c.length - 3))),
    )
  ) {
    counts.caption++;
    runs.push([a, b, 'caption']);
    return 'caption';
  }
  let kind: LineKind = '';
  if (CREDIT_LINE.test(s)) kind = 'credit';
  else if (s === p.name) kind = 'name';
  else if (p.bio && s.includes(p.bio)) {
    // The bio (with the name just before it, if so) — alone on its line or inside a longer one.
    kind = s.includes(p.name + p.bio) ? 'card' : 'bio';
    counts.author++;
    const from = s.indexOf(kind === 'card' ? p.name + p.bio : p.bio);
    runs.push([solidAt(page.text, a, from), solidAt(page.text, a, s.indexOf(p.bio) + p.bio.length - 1) + 1, 'author']);
  }
  for (const m of line.matchAll(COUNTER)) {
    counts.counter++;
    runs.push([a + m.index, a + m.index + m[0].trimEnd().length, 'counter']);
  }
  return kind;
}

/** Step 2b: a credit line beside a caption goes with it; a bio takes the nearest name-only line that is not the byline. */
function addNeighbours(page: PageText, kinds: LineKind[], runs: Run[]): void {
  const whole = (i: number, group: NoiseGroup) => runs.push([...page.lines[i]!, group]);
  const dated = (j: number) => !!page.lines[j] && DATE.test(page.text.slice(...page.lines[j]));
  kinds.forEach((k, i) => {
    if (k === 'credit' && (kinds[i - 1] === 'caption' || kinds[i + 1] === 'caption')) whole(i, 'caption');
    if (k !== 'bio') return;
    let best = -1;
    kinds.forEach((k2, j) => {
      if (k2 === 'name' && !dated(j - 1) && !dated(j + 1) && (best < 0 || Math.abs(j - i) < Math.abs(best - i))) best = j;
    });
    if (best >= 0) whole(best, 'author');
  });
}

/** Step 2: the noise runs of the page, line by line. */
function findRuns(page: PageText, p: Patterns, counts: NoiseCounts): Run[] {
  const runs: Run[] = [];
  const kinds = page.lines.map((_, i) => classifyLine(page, i, p, runs, counts));
  addNeighbours(page, kinds, runs);
  return runs;
}

/** Elements to mark (the largest holding only noise) and pieces of text nodes to wrap. */
interface Holders {
  marked: Map<Element, NoiseGroup>;
  wraps: Array<[node: Text, start: number, end: number, group: NoiseGroup]>;
  /** Whether a marked element other than `node` holds it. */
  inMarked(node: Node): boolean;
}

/** Step 3a: for each text node with noise, the largest element around it whose text is all noise, or the piece to wrap. */
function chooseHolders(doc: Document, body: HTMLElement, page: PageText, runs: Run[]): Holders {
  const { text, spans } = page;
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
  const inMarked = (node: Node) => [...marked.keys()].some((m) => m !== node && m.contains(node));
  const wraps: Holders['wraps'] = [];
  for (const node of page.nodes) {
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
    if (first < 0) continue;
    const group = groupAt[first]!;
    let el = node.parentElement;
    let size = all && el ? noiseSize(el) : -1;
    if (el && size > 0) {
      for (let up = el.parentElement, s2: number; up && (s2 = noiseSize(up)) > size; up = up.parentElement) [el, size] = [up, s2];
      if (!inMarked(el) && !marked.has(el)) marked.set(el, group);
      continue;
    }
    // Part of a text node (or all of one inside an element with other text): our wrapper, while hidden.
    wraps.push([node, all ? 0 : page.rawAt[first]!, all ? node.data.length : page.rawAt[last]! + 1, group]);
  }
  return { marked, wraps, inMarked };
}

/** Step 3b: marks the elements and, while hidden, wraps the pieces of text nodes in our element. */
function applyHolders(doc: Document, { marked, wraps, inMarked }: Holders, hide: boolean): void {
  for (const [el, group] of marked) if (!inMarked(el)) el.setAttribute(NOISE_ATTR, group);
  if (!hide) return;
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

/** Marks (and, when `hide`, wraps) the noise under `doc.body`; returns how many items it found. Never throws. */
export function markNoise(doc: Document, noise: NoiseStrings, fold?: FoldTable, hide = false): NoiseCounts {
  const counts: NoiseCounts = { caption: 0, counter: 0, author: 0 };
  try {
    clearNoise(doc);
    const body = doc.body;
    if (!body) return counts;
    const page = readLines(body, fold);
    const runs = findRuns(page, noisePatterns(noise, fold), counts);
    if (runs.length) applyHolders(doc, chooseHolders(doc, body, page, runs), hide);
  } catch {
    // A hostile or odd page: mark what we could, never break the page.
  }
  return counts;
}

/** Marks the noise afresh (clear and mark in one task, so nothing shows in between) and hides or shows it. */
export function applyNoiseSetting(doc: Document, noise: NoiseStrings, fold: FoldTable | undefined, hide: boolean): NoiseCounts {
  const counts = markNoise(doc, noise, fold, hide);
  doc.documentElement.toggleAttribute(HIDE_NOISE_ATTR, hide);
  return counts;
}

/** The article left the page (or we did): the page as it was, no marks, no wrappers, no attribute. */
export function removeNoise(doc: Document): void {
  doc.documentElement.removeAttribute(HIDE_NOISE_ATTR);
  clearNoise(doc);
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
