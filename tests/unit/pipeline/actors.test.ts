/** Step 3 of the parser on small made-up texts: who is mentioned, by which names, and what refers to them. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import type { Lexicon } from '@/pipeline/lexicon';

const parse = (body: string, lexicon?: Lexicon) => parseArticle(`一篇报道\n\n千金不及冰淇淋 2025-02-02 11:52:00\n\n${body}`, lexicon);
/** Each actor: id, aliases used, role, whether it carries a basis, and its mentions as words (references starred). */
const actors = (body: string, lexicon?: Lexicon) => {
  const a = parse(body, lexicon);
  return a.actors.map((x) => [
    x.id,
    x.aliases,
    x.role ? a.text.slice(x.role.start, x.role.end) : null,
    x.mentions.map((m) => a.text.slice(m.start, m.end) + (m.kind === 'reference' ? '*' : '')),
  ]);
};

describe('names', () => {
  it('takes the longest name where names overlap, and lists only the aliases the text uses', () => {
    expect(actors('萨姆·奥尔特曼和奥尔特曼与奥特曼见面。')).toEqual([
      ['altman', ['奥尔特曼', '萨姆·奥尔特曼'], null, ['萨姆·奥尔特曼', '奥尔特曼', '奥特曼']],
    ]);
    expect(actors('日本软银集团即软银集团,也叫软银。')).toEqual([
      ['softbank', ['日本软银集团', '软银集团'], null, ['日本软银集团', '软银集团', '软银']],
    ]);
  });

  it('names side by side are each taken; the longer of two overlapping ones wins wherever it starts', () => {
    expect(actors('特朗普马斯克会面。')).toEqual([
      ['trump', [], null, ['特朗普']],
      ['musk', [], null, ['马斯克']],
    ]);
    expect(actors('软银集团。')).toEqual([['softbank', ['软银集团'], null, ['软银集团']]]);
  });

  it('a Latin name needs word edges (X is not in MGX or XMGX)', () => {
    expect(actors('MGX和X平台,以及XMGX与 X 。')).toEqual([
      ['mgx', [], null, ['MGX']],
      ['x', [], null, ['X', 'X']],
    ]);
  });

  it('lists actors by first mention, with kind, both names and the lexicon’s basis', () => {
    const a = parse('软银与特朗普。特朗普又说。');
    expect(a.actors.map((x) => [x.id, x.kind, x.name, x.basis?.en.length ? 'basis' : null])).toEqual([
      ['softbank', 'organisation', { zh: '软银', en: 'SoftBank' }, null],
      ['trump', 'person', { zh: '特朗普', en: 'Donald Trump' }, 'basis'],
    ]);
    expect(a.actors[1]!.mentions.map((m) => [m.start, m.end, m.kind])).toEqual([
      [38, 41, 'name'],
      [42, 45, 'name'],
    ]);
  });

  it('never takes the byline’s or the page furniture’s words for actors', () => {
    const a = parseArticle('马斯克的报道\n\n特朗普 2025-02-02 11:52:00\n\n正文。\n\n0 阅读:141\n\n特朗普\n\n简介:写特朗普');
    expect(a.actors.map((x) => [x.id, x.mentions.length])).toEqual([['musk', 1]]);
  });
});

describe('roles', () => {
  it('counts a role only right before a name', () => {
    expect(actors('软银首席执行官孙正义与OpenAI首席执行官奥特曼;首席执行官是马斯克,美国企业家马斯克。')).toEqual([
      ['softbank', [], null, ['软银']],
      ['son', [], '软银首席执行官', ['孙正义']],
      ['openai', [], null, ['OpenAI']],
      ['altman', [], 'OpenAI首席执行官', ['奥特曼']],
      ['musk', [], '美国企业家', ['马斯克', '马斯克']],
    ]);
    expect(parse('孙正义是软银首席执行官。').actors.find((x) => x.id === 'son')!.role).toBeUndefined();
  });

  it('keeps the role’s words and span in both languages', () => {
    const a = parse('软银首席执行官孙正义。');
    expect(a.actors.find((x) => x.id === 'son')!.role).toEqual({ zh: '软银首席执行官', en: 'SoftBank CEO', start: 35, end: 42 });
  });
});

describe('references', () => {
  it.each(['这位', '那位', '这名', '那名', '这个', '该'])('an epithet after %s', (demonstrative) => {
    expect(actors(`孙正义发言。${demonstrative}金融巨头也说了。`)).toEqual([['son', [], null, ['孙正义', `${demonstrative}金融巨头*`]]]);
  });

  it.each([
    ['“', '”'],
    ['‘', '’'],
    ['「', '」'],
    ['『', '』'],
    ['"', '"'],
  ])('a nickname in %s…%s', (open, close) => {
    expect(actors(`马斯克被称为${open}美国总理${close}。`)).toEqual([['musk', [], null, ['马斯克', '美国总理*']]]);
  });

  it('not a nickname quoted on one side only, nor an epithet without a demonstrative', () => {
    expect(actors('马斯克被称为“美国总理。美国总理”一词。金融巨头孙正义。')).toEqual([
      ['musk', [], null, ['马斯克']],
      ['son', [], null, ['孙正义']],
    ]);
  });

  it.each(['。', '!', '?', '！', '？', ';', '；'])('前者 / 后者 look back within the sentence only (%s ends one)', (end) => {
    expect(actors(`马斯克与特朗普相比${end}后者更老。`)).toEqual([
      ['musk', [], null, ['马斯克']],
      ['trump', [], null, ['特朗普']],
    ]);
  });

  it('前者 / 后者: the first / last of the two actors named before, within the paragraph', () => {
    expect(actors('马斯克与特朗普相比,后者更老,前者更高调。\n\n后者不算。')).toEqual([
      ['musk', [], null, ['马斯克', '前者*']],
      ['trump', [], null, ['特朗普', '后者*']],
    ]);
    // Two mentions of one actor are one actor: 特朗普 and 马斯克 are still two.
    expect(actors('特朗普说前者。马斯克和特朗普、特朗普之中,后者最老。')).toEqual([
      ['trump', [], null, ['特朗普', '特朗普', '特朗普', '后者*']],
      ['musk', [], null, ['马斯克']],
    ]);
  });

  it('a reference that overlaps a name is dropped for the name', () => {
    const lexicon: Lexicon = {
      actors: [
        { id: 'a', kind: 'person', zh: '甲', en: 'A', aliases: ['总理甲'], epithets: ['总理'] },
        { id: 'b', kind: 'person', zh: '乙', en: 'B', aliases: [] },
      ],
      anchors: [],
      groups: [],
      names: [],
    };
    expect(actors('这位总理甲说了。这位总理也说了。乙。', lexicon)).toEqual([
      ['a', ['总理甲'], null, ['总理甲', '这位总理*']],
      ['b', [], null, ['乙']],
    ]);
  });
});
