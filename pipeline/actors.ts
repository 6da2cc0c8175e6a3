/**
 * Step 3: actor mentions. Every name and alias from the lexicon is searched; overlapping hits
 * are settled by longest match first (奥尔特曼 beats 奥特曼, 日本软银集团 beats 软银), so no
 * stretch of text counts twice. Names nested in longer words still count (特朗普核心圈子 →
 * Trump, 马斯克总统 → Musk, 软银首席执行官 → SoftBank). Latin names need word edges (X ≠ MGX).
 */
import type { Actor, Block } from '../utils/article/schema';
import type { Lexicon } from './lexicon';

interface Hit {
  actor: string;
  name: string;
  start: number;
  end: number;
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
          if (isWordEdgeOk(text, name, start, end)) candidates.push({ actor: a.id, name, start, end });
        }
      }
    }
  }
  candidates.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const taken: Hit[] = [];
  // Longest first across the whole text, then keep those that overlap nothing already taken.
  for (const c of [...candidates].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start)) {
    if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  }
  return taken.sort((x, y) => x.start - y.start);
}

/** Actors in order of first mention, with the aliases the text actually uses and its role for them. */
export function buildActors(text: string, blocks: Block[], lexicon: Lexicon): Actor[] {
  const hits = findMentions(text, blocks, lexicon);
  const byActor = new Map<string, Hit[]>();
  for (const h of hits) byActor.set(h.actor, [...(byActor.get(h.actor) ?? []), h]);
  const actors: Actor[] = [];
  for (const [id, list] of byActor) {
    const entry = lexicon.actors.find((a) => a.id === id);
    if (!entry) continue;
    const used = new Set(list.map((h) => h.name));
    const actor: Actor = {
      id,
      kind: entry.kind,
      name: { zh: entry.zh, en: entry.en },
      aliases: entry.aliases.filter((a) => a !== entry.zh && used.has(a)),
      mentions: list.map((h) => ({ start: h.start, end: h.end })),
    };
    const role = findRole(text, list, entry.roles ?? []);
    if (role) actor.role = role;
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
