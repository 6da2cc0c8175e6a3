/**
 * Step 3: actor mentions. Every name and alias from the lexicon is searched; overlapping hits
 * are settled by longest match first (奥尔特曼 beats 奥特曼, 日本软银集团 beats 软银), so no
 * stretch of text counts twice. Names nested in longer words still count (特朗普核心圈子 →
 * Trump, 马斯克总统 → Musk, 软银首席执行官 → SoftBank). Latin names need word edges (X ≠ MGX).
 *
 * References that are not names are mentions of kind `reference` (see MentionKind): an epithet
 * from the lexicon after a demonstrative (这位金融巨头) or in quotation marks (“美国总理”), and
 * the anaphors 前者 / 后者 where the sentence before them names exactly two actors. Pronouns
 * (他, 其) are not recorded: the text does not say which actor they mean precisely enough.
 */
import type { Actor, Block, Mention } from '../utils/article/schema';
import type { Lexicon } from './lexicon';

interface Hit {
  actor: string;
  name: string;
  start: number;
  end: number;
  kind: Mention['kind'];
}

const LATIN = /[A-Za-z0-9]/u;

function isWordEdgeOk(text: string, name: string, start: number, end: number): boolean {
  if (LATIN.test(name[0] ?? '') && LATIN.test(text[start - 1] ?? '')) return false;
  if (LATIN.test(name[name.length - 1] ?? '') && LATIN.test(text[end] ?? '')) return false;
  return true;
}

/** All non-overlapping name hits inside the given blocks, longest match first. */
export function findMentions(text: string, blocks: Block[], lexicon: Lexicon): Hit[] {
  const candidates: Hit[] = [];
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    for (const a of lexicon.actors) {
      for (const name of new Set([a.zh, ...a.aliases])) {
        for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) {
          const start = block.start + i;
          const end = start + name.length;
          if (isWordEdgeOk(text, name, start, end)) candidates.push({ actor: a.id, name, start, end, kind: 'name' });
        }
      }
    }
  }
  const taken: Hit[] = [];
  // Longest first across the whole text, then keep those that overlap nothing already taken.
  for (const c of candidates.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start)) {
    if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  }
  return taken.sort((x, y) => x.start - y.start);
}

const DEMONSTRATIVE = /(?:这位|那位|这名|那名|这个|该)$/u;
const OPEN_QUOTE = /[“‘「『"]$/u;
const CLOSE_QUOTE = /^[”’」』"]/u;
/** Where a sentence starts, looking back: the text after the last sentence end in the block. */
const SENTENCE_END = /[。!?\uFF01\uFF1F;\uFF1B]/u;

/** Epithets the text marks as pointing at someone: 这位金融巨头, “美国总理”. */
function findEpithets(text: string, blocks: Block[], lexicon: Lexicon): Hit[] {
  const hits: Hit[] = [];
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    for (const a of lexicon.actors) {
      for (const epithet of a.epithets ?? []) {
        for (let i = body.indexOf(epithet); i >= 0; i = body.indexOf(epithet, i + 1)) {
          const before = body.slice(Math.max(0, i - 2), i);
          const demonstrative = DEMONSTRATIVE.exec(before);
          const quoted = OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(body.slice(i + epithet.length));
          if (!demonstrative && !quoted) continue;
          const start = block.start + i - (demonstrative ? demonstrative[0].length : 0);
          hits.push({
            actor: a.id,
            name: text.slice(start, block.start + i + epithet.length),
            start,
            end: block.start + i + epithet.length,
            kind: 'reference',
          });
        }
      }
    }
  }
  return hits;
}

/** 前者 / 后者: the first / last of exactly two actors the sentence names before it. */
function findAnaphors(text: string, blocks: Block[], names: Hit[]): Hit[] {
  const hits: Hit[] = [];
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    for (const m of body.matchAll(/前者|后者/gu)) {
      const at = block.start + m.index;
      let from = at;
      while (from > block.start && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
      const actors: string[] = [];
      for (const n of names) if (n.start >= from && n.end <= at && !actors.includes(n.actor)) actors.push(n.actor);
      if (actors.length !== 2) continue;
      const actor = m[0] === '前者' ? actors[0]! : actors[1]!;
      hits.push({ actor, name: m[0], start: at, end: at + m[0].length, kind: 'reference' });
    }
  }
  return hits;
}

/** Name mentions, then references that overlap no name, in text order. */
export function findAllMentions(text: string, blocks: Block[], lexicon: Lexicon): Hit[] {
  const names = findMentions(text, blocks, lexicon);
  const references = [...findEpithets(text, blocks, lexicon), ...findAnaphors(text, blocks, names)].filter(
    (r) => !names.some((n) => r.start < n.end && n.start < r.end),
  );
  return [...names, ...references].sort((x, y) => x.start - y.start);
}

/** Actors in order of first mention, with the aliases the text actually uses and its role for them. */
export function buildActors(text: string, blocks: Block[], lexicon: Lexicon): Actor[] {
  const hits = findAllMentions(text, blocks, lexicon);
  const byActor = new Map<string, Hit[]>();
  // Order of first NAME mention; references join their actor's list in text order.
  for (const h of hits) if (h.kind === 'name' && !byActor.has(h.actor)) byActor.set(h.actor, []);
  for (const h of hits) byActor.get(h.actor)?.push(h);
  const actors: Actor[] = [];
  for (const [id, list] of byActor) {
    const entry = lexicon.actors.find((a) => a.id === id);
    if (!entry) continue;
    const names = list.filter((h) => h.kind === 'name');
    // Actors only the text's references point at are not listed: an actor needs a name.
    if (names.length === 0) continue;
    const used = new Set(names.map((h) => h.name));
    const actor: Actor = {
      id,
      kind: entry.kind,
      name: { zh: entry.zh, en: entry.en },
      aliases: entry.aliases.filter((a) => a !== entry.zh && used.has(a)),
      mentions: list.map((h) => ({ start: h.start, end: h.end, kind: h.kind })),
    };
    const role = findRole(text, names, entry.roles ?? []);
    if (role) actor.role = role;
    if (entry.basis) actor.basis = entry.basis;
    actors.push(actor);
  }
  return actors;
}

/** A role counts only where the text puts it right before a mention (软银首席执行官孙正义). */
function findRole(text: string, mentions: Hit[], roles: { zh: string; en: string }[]): Actor['role'] | undefined {
  for (const m of mentions) {
    for (const r of roles) {
      const start = m.start - r.zh.length;
      if (start >= 0 && text.slice(start, m.start) === r.zh) return { zh: r.zh, en: r.en, start, end: m.start };
    }
  }
  return undefined;
}
