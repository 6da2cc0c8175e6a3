/**
 * Run-time detection: how much of the article's body text does a page hold?
 *
 * 1. Pre-check (cheap, on the raw text): if none of the anchors — short CJK grams, one per body
 *    paragraph, in Simplified and Traditional spellings — occurs, the page cannot hold 30 % of
 *    the body, and we answer `none` without normalising anything. A few native scans for key
 *    characters, not one per anchor (planAnchors).
 * 2. Otherwise normalise the page (normalise.ts), hash every k-char gram with a rolling hash, and
 *    look each hash up among the fingerprint's sampled grams. Sampling is content-defined (a
 *    gram is kept when its hash ≡ 0 mod m), so it does not depend on where a paragraph sits on
 *    the page: reordered, captions removed or re-laid-out reprints find the same grams.
 * 3. Coverage = Σ over paragraphs of weight × (found samples ÷ samples) ÷ Σ weights, the weight
 *    being the paragraph's normalised length, so coverage ≈ share of body characters present.
 *
 * Pure, linear in the page size, never throws.
 */
import type { Verdict, VerdictKind } from '../verdict';
import { foldTable, normaliseCodes, type FoldTable } from './normalise';

/** The normalised noise strings the noise finder looks for (see noise.ts). */
export interface NoiseStrings {
  /** Picture captions, e.g. `星际之门项目资料图`. */
  captions: string[];
  /** The read counter, e.g. `0阅读141` (digits are compared as "some number"). */
  counter: string[];
  /** The author card: the author's name and the `简介:` line. */
  authorName: string;
  authorBio: string;
}

export interface FingerprintParagraph {
  /** Normalised length of the paragraph: its share of the body. */
  weight: number;
  /** Sampled gram hashes, ascending. */
  grams: number[];
}

export interface Fingerprint {
  format: number;
  /** Gram length in normalised characters. */
  gram: number;
  paragraphs: FingerprintParagraph[];
  /** Traditional → Simplified pairs for the article's characters (see normalise.ts foldTable). */
  fold: string;
  /** Raw-text grams for the pre-check, in both scripts. */
  anchors: string[];
  noise: NoiseStrings;
}

export const FINGERPRINT_FORMAT = 1;
/** Gram length (normalised characters). */
export const GRAM = 8;
/** A gram is sampled when its hash ≡ 0 (mod SAMPLE_MOD). */
export const SAMPLE_MOD = 8;
/** Verdict thresholds on coverage. */
export const MATCH_AT = 0.9;
export const PARTIAL_AT = 0.3;

const B = 0x01000193; // odd multiplier: the polynomial hash is a ring hash mod 2^32

/**
 * Calls `visit(hash)` for every `k`-gram of `s`, left to right: a Rabin–Karp polynomial hash mod
 * 2^32 (rolled in O(1) per character with 32-bit integer maths), finalised with MurmurHash3's
 * mixer so every bit — including the low ones used for sampling — depends on the whole gram.
 * Hashes are unsigned 32-bit integers.
 */
export function forEachGram(s: string | Uint16Array, k: number, visit: (hash: number) => void): void {
  const codes = typeof s === 'string' ? Uint16Array.from(s, (ch) => ch.charCodeAt(0)) : s;
  let top = 1; // B^(k−1) mod 2^32
  for (let i = 1; i < k; i++) top = Math.imul(top, B);
  let h = 0;
  for (let i = 0; i < codes.length; i++) {
    if (i >= k) h = (h - Math.imul(codes[i - k]!, top)) | 0;
    h = (Math.imul(h, B) + codes[i]!) | 0;
    if (i >= k - 1) {
      let x = h ^ (h >>> 16);
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      visit((x ^ (x >>> 16)) >>> 0);
    }
  }
}

export function verdictKind(coverage: number): VerdictKind {
  return coverage >= MATCH_AT ? 'match' : coverage >= PARTIAL_AT ? 'partial' : 'none';
}

/** The pre-check's search: key characters, each with the anchors that hold it and where. */
type AnchorPlan = Array<[key: string, anchors: Array<[anchor: string, at: number]>]>;

const plans = new WeakMap<readonly string[], AnchorPlan>();

/** The byte `indexOf` scans for when it looks for one character (the larger of its two: memchr). */
export function scanByte(ch: string): number {
  const c = ch.charCodeAt(0);
  return Math.max(c & 255, c >> 8);
}

/**
 * Groups the anchors under as few key characters as it can (greedy set cover), each one the engine
 * finds fast: `indexOf` looks for a character by its scan byte, so one whose scan byte is 0x80 or
 * more never stops in ASCII text (scripts, styles), and 0xA0 or more not even at a CJK character's
 * lead byte. The fingerprint builder picks the anchors around a few shared keys
 * (pipeline/fingerprint.ts); a paragraph's Simplified and Traditional spellings share one, so both
 * are found in the same pass.
 */
function planAnchors(anchors: readonly string[]): AnchorPlan {
  // Never in ASCII first, then the most anchors held, then not at a lead byte, then the code (determinism).
  const score = (ch: string, holds: number) => (scanByte(ch) >= 0x80 ? 1e6 : 0) + holds * 1e3 + (scanByte(ch) >= 0xa0 ? 1 : 0);
  const plan: AnchorPlan = [];
  let left = anchors.filter(Boolean);
  while (left.length) {
    const holders = new Map<string, number>();
    for (const a of left) for (const ch of new Set(a)) holders.set(ch, (holders.get(ch) ?? 0) + 1);
    let key = '';
    let best = -1;
    for (const [ch, n] of holders) {
      const sc = score(ch, n);
      if (sc > best || (sc === best && ch < key)) [key, best] = [ch, sc];
    }
    plan.push([key, left.filter((a) => a.includes(key)).map((a) => [a, a.indexOf(key)])]);
    left = left.filter((a) => !a.includes(key));
  }
  return plan;
}

/** The key characters the pre-check scans for, one scan each. */
export function anchorKeys(anchors: readonly string[]): string[] {
  return planAnchors(anchors).map(([key]) => key);
}

/**
 * True when the raw text holds at least one anchor (cheap: no normalisation). One native scan per
 * key character (see planAnchors) instead of one per anchor; each hit is checked against the
 * anchors holding that character, so the answer is exactly "some anchor occurs".
 */
export function precheck(text: string, anchors: readonly string[]): boolean {
  let plan = plans.get(anchors);
  if (!plan) plans.set(anchors, (plan = planAnchors(anchors)));
  for (const [key, holding] of plan) {
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      for (const [anchor, at] of holding) if (text.startsWith(anchor, i - at)) return true;
    }
  }
  return false;
}

interface Prepared {
  fold: FoldTable;
  /** Gram hash → sample index. */
  index: Map<number, number>;
  /** Sample index → paragraph index. */
  owner: Uint16Array;
  /** 2^16-bit prefilter on the low hash bits, so most page grams skip the Map. */
  filter: Uint32Array;
}

const prepared = new WeakMap<Fingerprint, Prepared>();

function prepare(fp: Fingerprint): Prepared {
  let p = prepared.get(fp);
  if (p) return p;
  const index = new Map<number, number>();
  const owners: number[] = [];
  const filter = new Uint32Array(2048);
  fp.paragraphs.forEach((para, pi) => {
    for (const h of para.grams) {
      if (index.has(h)) continue;
      index.set(h, owners.length);
      owners.push(pi);
      filter[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
    }
  });
  p = { fold: foldTable(fp.fold), index, owner: Uint16Array.from(owners), filter };
  prepared.set(fp, p);
  return p;
}

/** The fingerprint's fold table, decoded once (for the noise finder). */
export function fingerprintFold(fp: Fingerprint): FoldTable {
  return prepare(fp).fold;
}

const NONE: Verdict = { kind: 'none', coverage: 0 };

/** Share of the article's body the page text holds, and the verdict. Never throws. */
export function detect(pageText: string, fp: Fingerprint): Verdict {
  try {
    if (typeof pageText !== 'string' || pageText.length === 0) return NONE;
    if (!precheck(pageText, fp.anchors)) return NONE;
    const { fold, index, owner, filter } = prepare(fp);
    const found = new Uint8Array(owner.length);
    forEachGram(normaliseCodes(pageText, fold), fp.gram, (h) => {
      if ((filter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) === 0) return;
      const i = index.get(h);
      if (i !== undefined) found[i] = 1;
    });
    const hits = new Float64Array(fp.paragraphs.length);
    for (let i = 0; i < found.length; i++) if (found[i]) hits[owner[i]!]! += 1;
    let total = 0;
    let covered = 0;
    fp.paragraphs.forEach((para, pi) => {
      if (para.grams.length === 0 || !(para.weight > 0)) return;
      total += para.weight;
      covered += (para.weight * hits[pi]!) / para.grams.length;
    });
    const coverage = total > 0 ? Math.min(1, Math.max(0, covered / total)) : 0;
    return Number.isFinite(coverage) ? { kind: verdictKind(coverage), coverage } : NONE;
  } catch {
    return NONE;
  }
}
