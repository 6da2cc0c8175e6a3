/**
 * The rules that decide who stands behind a claim, each on a small made-up text (no editorial
 * notes apply to it, so the parser's own rules are what is tested): one test per source kind,
 * then the rules that keep a source right (precision over recall) and the claim's other fields.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import { buildClaims } from '@/pipeline/claims';
import type { ClaimNote } from '@/pipeline/claim-notes';
import { bundledLexicon } from '@/pipeline/lexicon';
import { validateParsedArticle, type Claim, type ClaimSource, type ParsedArticle } from '@/utils/article/schema';

/** The parsed copy of a made-up text, with `claims` left to the body's (the title's is the headline claim). */
const parse = (body: string, title = '一篇报道') => {
  const a = parseArticle(`${title}\n\n千金不及冰淇淋 2025-02-02 11:52:00\n\n${body}`);
  const valid = validateParsedArticle(a);
  expect(valid.ok ? [] : valid.issues).toEqual([]);
  return { ...a, claims: a.claims.filter((c) => !c.headline), all: a.claims };
};
const words = (a: ParsedArticle, c: Claim) => a.text.slice(c.start, c.end);
/** The claim of the sentence that contains `needle`. */
const claimIn = (a: ParsedArticle, needle: string) => {
  const s = a.sentences.find((x) => a.text.slice(x.start, x.end).includes(needle))!;
  return a.claims.filter((c) => c.sentence === s.id);
};
const who = (a: ParsedArticle, src: ClaimSource | undefined) =>
  !src
    ? undefined
    : 'actor' in src
      ? `${src.actor}:${a.text.slice(src.start, src.end)}`
      : src.kind === 'author'
        ? 'author'
        : `${src.kind}:${src.name.en}:${a.text.slice(src.start, src.end)}`;

describe('source kinds', () => {
  it('actor: the name right before a speech verb, across 等人, a day, 在…中 and adverbs', () => {
    const a = parse(
      '马斯克称,软银的钱不够。奥特曼于22日在公司内部表示,OpenAI将注资。班农等人批评马斯克的做法。哈伯曼在节目中透露,他们感到困惑。孙正义还宣称这是开始。',
    );
    expect(a.claims.map((c) => [who(a, c.source), c.stance, words(a, c)])).toEqual([
      ['musk:马斯克', 'claims', '软银的钱不够'],
      ['altman:奥特曼', 'claims', 'OpenAI将注资'],
      ['bannon:班农', 'criticises', '马斯克的做法'],
      ['haberman:哈伯曼', 'reports', '他们感到困惑'],
      ['son:孙正义', 'claims', '这是开始'],
    ]);
    // What it is about: the actors its words name, not its own source.
    expect(a.claims.map((c) => c.target ?? [])).toEqual([['softbank'], ['openai'], ['musk'], [], []]);
  });

  it('report: 报道称 with no name is "a report"; 有外媒报道称 is foreign media; neither is guessed to be anyone', () => {
    const a = parse('美国Axios新闻网22日报道称,马斯克公开质疑。\n\n报道称,该项目由OpenAI牵头。有外媒报道称,软银将注资。');
    expect(a.claims.map((c) => who(a, c.source))).toEqual(['axios:美国Axios新闻网', 'report:a report:报道', 'report:foreign media:外媒']);
    expect(a.claims.map((c) => c.stance)).toEqual(['reports', 'reports', 'reports']);
  });

  it('analysis: 分析指出 is an unnamed analysis', () => {
    const a = parse('分析指出,星际之门可能是OpenAI的一种手段。');
    expect(who(a, a.claims[0]!.source)).toBe('analysis:an analysis:分析');
    expect(a.claims[0]!.target).toEqual(['openai']);
  });

  it('group: a named group that is no actor speaks, and the actor named inside it does not', () => {
    const a = parse('尽管特朗普核心圈子都承认“马斯克很忠诚”,但他们并不喜欢他。');
    const [claim] = a.claims;
    expect(who(a, claim!.source)).toBe("group:Trump's inner circle:特朗普核心圈子");
    expect(claim!.quoted).toBe(true);
    expect(claim!.target).toEqual(['musk']);
  });

  it("author: no speech verb, no source; narration reports, the author's judgement claims, a question questions", () => {
    const a = parse('X是一家社交媒体。马斯克似乎有自己的玩法。这个计划会成功吗?');
    expect(a.claims.map((c) => [who(a, c.source), c.stance])).toEqual([
      ['author', 'reports'],
      ['author', 'claims'],
      ['author', 'questions'],
    ]);
    // The whole sentence is the author's words (its punctuation aside).
    expect(a.claims.map((c) => words(a, c))).toEqual(['X是一家社交媒体', '马斯克似乎有自己的玩法', '这个计划会成功吗']);
  });
});

describe('rules that keep a source right', () => {
  it('a verb of wishing or advocating is no speech verb: 希望, 主张 are the author telling', () => {
    const a = parse('奥尔特曼希望马斯克到得克萨斯州看看。马斯克主张更多引进外国劳动力。特朗普希望刺激就业。');
    expect(a.claims.map((c) => who(a, c.source))).toEqual(['author', 'author', 'author']);
  });

  it('words between the name and the verb that are not a frame break it: 奥尔特曼似乎说得客气 has no source', () => {
    const a = parse('奥尔特曼似乎说得还算客气。可以说,马斯克最近几乎都说过话。');
    expect(a.claims.map((c) => who(a, c.source))).toEqual(['author', 'author']);
  });

  it('他表示: the one person the last clause before names; two people, or none, and there is no source', () => {
    const a = parse('不过,奥尔特曼说得客气。他表示,马斯克搞错了。\n\n奥尔特曼回复了马斯克。他表示,这不对。\n\n他表示,一切顺利。');
    const [, altman, , twoPeople, nobody] = a.claims;
    expect(who(a, altman!.source)).toBe('altman:他');
    expect(altman!.target).toEqual(['musk']);
    expect(who(a, twoPeople!.source)).toBe('author');
    expect(who(a, nobody!.source)).toBe('author');
  });

  it('a pronoun does not reach into another paragraph', () => {
    const a = parse('不过,奥尔特曼说得客气。\n\n他表示,马斯克搞错了。');
    expect(who(a, claimIn(a, '他表示')[0]!.source)).toBe('author');
  });

  it('马斯克立马拆台,说…: the challenger goes on speaking, and questions', () => {
    const a = parse('而就在特朗普公布之后,马斯克立马拆台,说这些公司没钱。');
    expect(a.claims.map((c) => [who(a, c.source), c.stance, words(a, c)])).toEqual([['musk:马斯克', 'questions', '这些公司没钱']]);
  });

  it('被…称为: the one who calls is the source', () => {
    const a = parse('马斯克甚至被民主党人称为‘影子总统’。');
    const [claim] = a.claims;
    expect(who(a, claim!.source)).toBe('democrats:民主党人');
    expect(words(a, claim!)).toBe('‘影子总统’');
    expect(claim!.quoted).toBe(true);
  });

  it('a sentence all in quotes goes on with the previous sentence’s source, in the same paragraph only', () => {
    const a = parse('哈伯曼称,马斯克有些傲慢了。“他已经开始介入政治事务。”\n\n“他已经开始介入政治事务。”');
    const [, quote, elsewhere] = a.claims;
    expect(who(a, quote!.source)).toBe('haberman:哈伯曼');
    expect(quote!.quoted).toBe(true);
    expect(who(a, elsewhere!.source)).toBe('author');
  });

  it('a sentence that only opens with a quoted name is no quotation going on', () => {
    const a = parse('哈伯曼称,马斯克有些傲慢了。“星际之门”项目天然存在一个巨大的短板。');
    expect(who(a, claimIn(a, '短板')[0]!.source)).toBe('author');
  });

  it('the headline is the author’s, whatever verbs it uses, and marked as a headline claim', () => {
    const a = parse('正文。', '哈伯曼称特朗普翻脸');
    const title = a.all.filter((c) => c.sentence === 's0');
    expect(title.map((c) => [who(a, c.source), c.headline?.en])).toEqual([['author', "the headline's claim"]]);
    expect(a.all.filter((c) => c.sentence !== 's0').some((c) => c.headline)).toBe(false);
  });
});

describe('the rest of a claim', () => {
  it('quoted: the source’s words in quotation marks, not a quoted name (lexicon names)', () => {
    const a = parse('孙正义宣称这是“黄金时代的开始”。奥尔特曼还称,“星际之门”对美国意义重大。');
    expect(a.claims.map((c) => c.quoted ?? false)).toEqual([true, false]);
  });

  it('target: a name that only dates an era is not what the claim is about; the one who acts is', () => {
    const a = parse('早在奥巴马时期,美国就提出“北美高铁”项目。拜登上台后,高调出台了基建计划。');
    expect(a.claims.map((c) => c.target ?? [])).toEqual([[], ['biden']]);
  });

  it('timeline: a claim points at the entries its words or its frame date', () => {
    const a = parse('此前,特朗普21日表示,三家企业已联手。美国Axios新闻网22日报道称,马斯克公开质疑。');
    const day = (text: string) => a.timeline.find((t) => t.text === text)!.id;
    expect(a.claims.map((c) => c.timeline)).toEqual([[day('21日')], [a.timeline.find((t) => t.sentence === a.claims[1]!.sentence)!.id]]);
  });

  it('words inside words keep both sources: the words’ own, and `via` the one relaying them', () => {
    const body = '孙正义谈到,上个月庆祝胜选时,特朗普曾说需要投资,而现在他带来了更多。有外媒报道称,奥特曼于22日表示,OpenAI将注资。';
    const a = parse(body);
    // Notes mark the words (as the bundled article's do); the sources are found by the rules.
    const notes: ClaimNote[] = [
      { words: '上个月庆祝胜选时,特朗普曾说需要投资,而现在他带来了更多', says: { zh: '…', en: '…' } },
      { words: '需要投资', says: { zh: '需要投资', en: 'investment was needed' } },
      { words: 'OpenAI将注资', says: { zh: 'OpenAI将注资', en: 'OpenAI will invest' } },
    ];
    const claims = buildClaims(a.text, a.blocks, a.sentences, a.actors, a.timeline, bundledLexicon.lexicon, notes).filter(
      (c) => !c.headline,
    );
    expect(claims.map((c) => [who(a, c.source), who(a, c.via)])).toEqual([
      ['son:孙正义', undefined],
      ['trump:特朗普', 'son:孙正义'],
      ['altman:奥特曼', 'report:foreign media:外媒'],
    ]);
    // The nested claim is dated by the "when" clause before it; the enclosing one by its own words.
    const lastMonth = a.timeline.find((t) => t.text === '上个月')!.id;
    expect(claims[1]!.timeline).toEqual([lastMonth]);
    expect(claims[0]!.timeline).toEqual([lastMonth]);
    // The relayed claim is dated by its frame's 22日; the nested source is no target of the enclosing claim.
    expect(claims[2]!.timeline).toHaveLength(1);
    expect(claims[0]!.target ?? []).not.toContain('trump');
    expect(claims.map((c) => c.says.en)).toEqual(['…', 'investment was needed', 'OpenAI will invest']);
  });

  it('without notes, every sentence still gets a claim, worded generically', () => {
    const a = parse('马斯克称,软银的钱不够。天气很好。');
    expect(a.claims.map((c) => c.says)).toEqual([
      { zh: '软银的钱不够', en: '(no English rendering: sentence s2)' },
      { zh: '天气很好', en: '(no English rendering: sentence s3)' },
    ]);
  });
});
