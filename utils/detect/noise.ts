/**
 * After a match or partial verdict: find the page elements that hold the article's noise — the
 * picture captions (`…(资料图)`), the read counter (`0 阅读:141`) and the author card (name +
 * `简介:` line) — and mark each with `data-stargate-noise="<group>"`. That attribute is the only
 * DOM change; hiding is a stylesheet rule keyed on `html[data-stargate-hide-noise]`, so the
 * user's setting applies and reverts at once, without a reload.
 *
 * Matching compares normalised text (normalise.ts; digit runs compared as "some number", since
 * each reprint has its own read count): the deepest element whose text equals a caption or the
 * counter, and the smallest container holding the author's name and bio (grown over short extras
 * such as avatar or a 关注 button, never over other noise or the article). Only text nodes that
 * could be part of a noise string start a search, so the cost is one pass over the text nodes.
 */
import type { NoiseStrings } from './coverage';
import { normalise, type FoldTable } from './normalise';
import { isSkippedElement } from '../text/fold';

export const NOISE_ATTR = 'data-stargate-noise';
export const HIDE_NOISE_ATTR = 'data-stargate-hide-noise';

/** What the demo article's pages carry (checked by the tests, à la refined-github's selectors). */
export const EXPECTED_CAPTIONS = 5;
export const EXPECTED_COUNTERS = 1;
export const EXPECTED_AUTHOR_CARDS = 1;

export type NoiseGroup = 'caption' | 'counter' | 'author';

export interface NoiseCounts {
  caption: number;
  counter: number;
  author: number;
}

/** Extra normalised characters an author card may hold besides name and bio (关注, 粉丝 …). */
const AUTHOR_CARD_SLACK = 8;

type Target = { key: string; length: number; group: NoiseGroup | 'name' | 'bio' };

const keyOf = (normalised: string) => normalised.replace(/\d+/g, '#');

/** Marks the noise elements under `doc.body`; returns how many of each it marked. Never throws. */
export function markNoise(doc: Document, noise: NoiseStrings, fold?: FoldTable): NoiseCounts {
  const counts: NoiseCounts = { caption: 0, counter: 0, author: 0 };
  try {
    const body = doc.body;
    if (!body) return counts;
    const targets: Target[] = [];
    const add = (s: string, group: Target['group']) => {
      if (s) targets.push({ key: keyOf(s), length: s.length, group });
    };
    noise.captions.forEach((s) => add(s, 'caption'));
    noise.counter.forEach((s) => add(s, 'counter'));
    add(noise.authorName, 'name');
    add(noise.authorBio, 'bio');
    // Marks from an earlier run (re-check, re-injection, in-page navigation) start over.
    body.querySelectorAll(`[${NOISE_ATTR}]`).forEach((el) => el.removeAttribute(NOISE_ATTR));
    if (targets.length === 0) return counts;
    const maxLength = Math.max(...targets.map((t) => t.length)) + 8; // digits may be longer
    const norm = (s: string | null) => normalise(s ?? '', fold);

    const found = new Map<Element, Target['group']>();
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const raw = node.nodeValue ?? '';
      if (!parent || isSkippedElement(parent) || raw.length > maxLength * 4 + 64) continue;
      const k = keyOf(norm(raw));
      if (k.length < 2 || !targets.some((t) => t.key.includes(k))) continue;
      for (let el: Element | null = parent; el && el !== body; el = el.parentElement) {
        if (found.has(el)) break;
        const n = norm(el.textContent);
        if (n.length > maxLength) break;
        const hit = targets.find((t) => t.key === keyOf(n));
        if (hit) {
          found.set(el, hit.group);
          break;
        }
      }
    }

    const mark = (el: Element, group: NoiseGroup) => {
      el.setAttribute(NOISE_ATTR, group);
      counts[group]++;
    };
    for (const [el, group] of found) if (group === 'caption' || group === 'counter') mark(el, group);

    const names = [...found].filter(([, g]) => g === 'name').map(([el]) => el);
    const bios = [...found].filter(([, g]) => g === 'bio').map(([el]) => el);
    const budget = noise.authorName.length + noise.authorBio.length + AUTHOR_CARD_SLACK;
    const holdsOtherNoise = (el: Element) => el.hasAttribute(NOISE_ATTR) || el.querySelector(`[${NOISE_ATTR}]`) !== null;
    for (const bio of bios) {
      // The name nearest the bio: the one sharing the deepest common ancestor with it.
      let card: Element | null = null;
      for (const name of names) {
        let lca: Element | null = bio;
        while (lca && !lca.contains(name)) lca = lca.parentElement;
        if (lca && lca !== body && (!card || card.contains(lca))) card = lca;
      }
      if (!card || norm(card.textContent).length > budget || holdsOtherNoise(card)) {
        mark(bio, 'author'); // no compact card: hide the bio line alone
        continue;
      }
      // Grow over short extras (avatar, 关注 button), but not into wrappers that add nothing.
      let inner: Element = card;
      for (let up = card.parentElement; up && up !== body; up = up.parentElement) {
        const size = norm(up.textContent).length;
        if (size > budget || holdsOtherNoise(up)) break;
        if (up.childElementCount > 1 || size > norm(inner.textContent).length) card = up;
        inner = up;
      }
      mark(card, 'author');
    }
  } catch {
    // A hostile or odd page: mark what we could, never break the page.
  }
  return counts;
}
