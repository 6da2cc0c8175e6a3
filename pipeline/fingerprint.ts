/**
 * BUILD TIME ONLY (imports opencc-js, a devDependency; never bundled): computes the detector's
 * fingerprint from the parsed copy. `scripts/fingerprint.ts` writes it to assets/fingerprint.json.
 *
 * - fold: Traditional → Simplified pairs for exactly the article's characters, from opencc-js
 *   (cn→t, cn→tw, cn→hk; in context over the whole text, and per character).
 * - paragraphs: per body paragraph, its normalised length and a content-defined sample of its
 *   GRAM-char gram hashes (hash ≡ 0 mod SAMPLE_MOD; at least MIN_SAMPLES, topped up with the
 *   paragraph's smallest hashes). A hash already sampled in an earlier paragraph is not reused.
 * - anchors: per body paragraph a rare 6-char CJK run, in Simplified and every Traditional
 *   spelling, around a few key characters shared by the paragraphs, for the raw-text pre-check.
 * - noise: normalised captions, read counter and author card for the noise finder.
 *
 * Deterministic: the same parsed copy gives the same bytes.
 */
import * as OpenCC from 'opencc-js';
import type { ParsedArticle } from '../utils/article/schema';
import { validateParsedArticle } from '../utils/article/schema';
import { FINGERPRINT_FORMAT, GRAM, SAMPLE_MOD, forEachGram, scanByte, type Fingerprint, type NoiseStrings } from '../utils/detect/coverage';
import { foldTable, normalise } from '../utils/detect/normalise';

export const MIN_SAMPLES = 4;
export const ANCHOR_LENGTH = 6;

type ArticleLike = Pick<ParsedArticle, 'text' | 'blocks' | 'author'>;

const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

const CONVERTERS = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

/** Traditional spellings of `text` (whole-text conversions that keep the length, so offsets align). */
function traditionalVersions(text: string): string[] {
  return CONVERTERS.map((convert) => convert(text)).filter((t) => t.length === text.length);
}

/** "TSTS…" pairs: every Traditional character opencc gives for one of the article's characters. */
export function computeFold(text: string): string {
  const pairs = new Map<string, string>();
  const add = (trad: string, simp: string) => {
    if (trad === simp || trad.length !== 1 || !isCjk(trad.charCodeAt(0)) || !isCjk(simp.charCodeAt(0))) return;
    if (!pairs.has(trad)) pairs.set(trad, simp);
  };
  // In context first (phrase-aware: 发 → 發 or 髮), then per character.
  for (const version of traditionalVersions(text)) for (let i = 0; i < text.length; i++) add(version[i]!, text[i]!);
  const chars = [...new Set(text)].filter((ch) => ch.length === 1 && isCjk(ch.charCodeAt(0))).sort();
  for (const ch of chars) for (const convert of CONVERTERS) add(convert(ch), ch);
  return [...pairs]
    .sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0))
    .map(([t, s]) => t + s)
    .join('');
}

function sampleParagraph(ns: string, seen: Set<number>): number[] {
  const all: number[] = [];
  const own = new Set<number>();
  forEachGram(ns, GRAM, (h) => {
    if (!seen.has(h) && !own.has(h)) {
      own.add(h);
      all.push(h);
    }
  });
  const picked = all.filter((h) => h % SAMPLE_MOD === 0);
  if (picked.length < MIN_SAMPLES) {
    const rest = all.filter((h) => h % SAMPLE_MOD !== 0).sort((a, b) => a - b);
    picked.push(...rest.slice(0, MIN_SAMPLES - picked.length));
  }
  for (const h of picked) seen.add(h);
  return picked.sort((a, b) => a - b);
}

/**
 * The 167 most frequent characters of modern Chinese text (the top of any frequency list):
 * never a key, or the pre-check would stop at them all over every Chinese page.
 */
const COMMON =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西';

/** Where a key character may stand: CJK, not among the commonest, the same in every spelling, never found in ASCII text. */
function keyable(text: string, versions: string[], at: number): boolean {
  const ch = text[at]!;
  return isCjk(ch.charCodeAt(0)) && !COMMON.includes(ch) && scanByte(ch) >= 0x80 && versions.every((v) => v[at] === ch);
}

/**
 * Per body paragraph one anchor, a 6-char CJK run, in Simplified and every Traditional spelling,
 * chosen so that all of them share few key characters: the pre-check scans the page once per key
 * (utils/detect/coverage.ts), so fewer keys cost less on every page. Six characters, not four: a
 * run around a shared key often holds a name (马斯克), and another article on the same story names it
 * too, but seldom with the same three characters beside it. Greedy set cover: the key
 * that stands in the most paragraphs not yet anchored (ties: the rarer in the body, then the
 * code); in each of those paragraphs the rarest run holding it (by the body's character counts).
 */
function chooseAnchors(paragraphs: { start: number; end: number }[], text: string, versions: string[]): string[] {
  const freq = new Map<string, number>();
  for (const p of paragraphs) for (const ch of text.slice(p.start, p.end)) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  /** Per paragraph its candidate runs: where each starts, its score (rarer is lower) and the keys it holds. */
  const candidates = paragraphs.map((p) => {
    const runs: Array<{ at: number; score: number; gram: string; keys: Set<string> }> = [];
    for (let i = p.start; i + ANCHOR_LENGTH <= p.end; i++) {
      const gram = text.slice(i, i + ANCHOR_LENGTH);
      if (![...gram].every((ch) => isCjk(ch.charCodeAt(0)))) continue;
      const keys = new Set<string>();
      for (let j = i; j < i + ANCHOR_LENGTH; j++) if (keyable(text, versions, j)) keys.add(text[j]!);
      if (keys.size) runs.push({ at: i, score: [...gram].reduce((sum, ch) => sum + (freq.get(ch) ?? 0), 0), gram, keys });
    }
    return runs;
  });
  const chosen: Array<{ at: number } | undefined> = paragraphs.map(() => undefined);
  for (;;) {
    const reach = new Map<string, number>();
    candidates.forEach((runs, pi) => {
      if (chosen[pi]) return;
      for (const key of new Set(runs.flatMap((r) => [...r.keys]))) reach.set(key, (reach.get(key) ?? 0) + 1);
    });
    const best = [...reach].sort(([a, na], [b, nb]) => nb - na || (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || (a < b ? -1 : 1))[0];
    if (!best) break;
    const [key] = best;
    candidates.forEach((runs, pi) => {
      if (chosen[pi]) return;
      const holding = runs.filter((r) => r.keys.has(key)).sort((x, y) => x.score - y.score || (x.gram < y.gram ? -1 : 1));
      if (holding.length) chosen[pi] = holding[0];
    });
  }
  const anchors: string[] = [];
  for (const c of chosen) {
    if (!c) continue;
    for (const spelling of [text.slice(c.at, c.at + ANCHOR_LENGTH), ...versions.map((v) => v.slice(c.at, c.at + ANCHOR_LENGTH))]) {
      if (!anchors.includes(spelling)) anchors.push(spelling);
    }
  }
  return anchors;
}

function noiseStrings(article: ArticleLike, fold: string): NoiseStrings {
  const table = foldTable(fold);
  const blocks = article.blocks.map((b) => ({ kind: b.kind, text: article.text.slice(b.start, b.end) }));
  const norm = (s: string) => normalise(s, table);
  const noise = blocks.filter((b) => b.kind === 'noise').map((b) => b.text.trim());
  const author = norm(article.author);
  return {
    captions: blocks
      .filter((b) => b.kind === 'caption')
      .map((b) => norm(b.text))
      .filter(Boolean),
    counter: noise
      .filter((t) => /阅读/.test(t))
      .map(norm)
      .filter(Boolean),
    authorName: noise.map(norm).find((t) => t === author) ?? author,
    authorBio: norm(noise.find((t) => /^简介/.test(t)) ?? ''),
  };
}

export function buildFingerprint(article: ArticleLike): Fingerprint {
  const fold = computeFold(article.text);
  const table = foldTable(fold);
  const body = article.blocks.filter((b) => b.kind === 'paragraph');
  const seen = new Set<number>();
  const paragraphs = body.map((b) => {
    const ns = normalise(article.text.slice(b.start, b.end), table);
    return { weight: ns.length, grams: sampleParagraph(ns, seen) };
  });
  return {
    format: FINGERPRINT_FORMAT,
    gram: GRAM,
    paragraphs,
    fold,
    anchors: chooseAnchors(body, article.text, traditionalVersions(article.text)),
    noise: noiseStrings(article, fold),
  };
}

/** The fingerprint file's exact bytes: 2-space JSON with number arrays kept on one line. */
export function serialiseFingerprint(fp: Fingerprint): string {
  return JSON.stringify(fp, null, 2).replace(/\[\s*(-?\d[\d\s,-]*?)\s*\]/g, (_m, inner: string) => `[${inner.replace(/\s+/g, '')}]`) + '\n';
}

/** Parsed-copy JSON text → fingerprint file text. Throws with the schema issues if invalid. */
export function fingerprintFileFrom(parsedJson: string): string {
  const result = validateParsedArticle(JSON.parse(parsedJson));
  if (!result.ok) throw new Error(`article.parsed.json is invalid:\n  ${result.issues.join('\n  ')}`);
  return serialiseFingerprint(buildFingerprint(result.article));
}
