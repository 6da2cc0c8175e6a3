/**
 * The parser rules that keep the fact sheet from saying more than the text: each on a small
 * made-up text, so the rule, not the bundled article, is what the test holds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '@/pipeline/parse';
import { clauseBefore, compose, tenseOf } from '@/pipeline/wording';
import { findAmounts, type AmountMatch } from '@/utils/article/numbers';
import { validateParsedArticle, type ParsedArticle } from '@/utils/article/schema';
import { readRepoFile } from './helpers';

const HEADLINE = '“开撕”了?特朗普掌权后立刻翻脸';
const parse = (body: string, title = '一篇报道') => {
  const a = parseArticle(`${title}\n\n千金不及冰淇淋 2025-02-02 11:52:00\n\n${body}`);
  expect(validateParsedArticle(a).ok).toBe(true);
  return a;
};
const entry = (a: ParsedArticle, text: string) => a.timeline.find((t) => t.text === text);
const refs = (a: ParsedArticle, id: string) =>
  (a.actors.find((x) => x.id === id)?.mentions ?? []).filter((m) => m.kind === 'reference').map((m) => a.text.slice(m.start, m.end));

describe('tense: 将 → future, 曾 → past', () => {
  it('reads the marker, and not the object marker 将之 / 将其', () => {
    expect(tenseOf('三家企业将投资')).toBe('future');
    expect(tenseOf('即将投入')).toBe('future');
    expect(tenseOf('特朗普曾说需要')).toBe('past');
    expect(tenseOf('分分钟可以将之封号')).toBeUndefined();
    expect(tenseOf('将其收购')).toBeUndefined();
    expect(tenseOf('两者均持有')).toBeUndefined();
  });

  it('gives a figure the tense of the clause that leads to it', () => {
    const a = parse('软银将投资100亿美元。软银曾说要投资200亿美元。软银持有40%的股权,将之出售。');
    expect(a.figures.map((f) => [f.text, f.tense])).toEqual([
      ['100亿美元', 'future'],
      ['200亿美元', 'past'],
      ['40%', undefined],
    ]);
  });

  it('gives an event the tense marked after its time words, up to a speech verb', () => {
    // 曾说: past; the 将 inside what Altman says is his words' tense, not the event's.
    const a = parse('孙正义谈到上个月特朗普曾说需要投资。奥特曼于22日在公司内部表示,OpenAI将注资。');
    expect(entry(a, '上个月')!.tense).toBe('past');
    expect(entry(a, '22日')!.tense).toBeUndefined();
  });
});

describe('wording goes through one place', () => {
  let amounts: AmountMatch[];
  beforeEach(() => {
    amounts = findAmounts('他捐出2.7亿美元,拜登出台了总额2万亿的计划。');
  });
  it('writes amounts with the figures formatter, in both languages', () => {
    expect(compose({ zh: '捐出{2.7亿美元}', en: 'donated {2.7亿美元}' }, undefined, amounts)).toEqual({
      zh: '捐出2.7亿美元',
      en: 'donated $270 million',
    });
    expect(compose({ zh: '{2万亿}', en: '{2万亿}' }, undefined, amounts)?.en).toBe('2 trillion (currency not stated)');
  });

  it('conjugates by tense', () => {
    const t = { zh: '三家企业<T>投资', en: 'what they <invest>' };
    expect(compose(t, 'future', [])).toEqual({ zh: '三家企业将投资', en: 'what they will invest' });
    expect(compose(t, undefined, [])).toEqual({ zh: '三家企业投资', en: 'what they invest' });
    expect(compose({ zh: '特朗普<T>说', en: 'Trump <say>' }, 'past', [])?.en).toBe('Trump had said');
  });

  it('gives up on a slot it cannot fill (the caller falls back to generic wording)', () => {
    expect(compose({ zh: '', en: '<fly>' }, undefined, [])).toBeNull();
    expect(compose({ zh: '', en: '{3亿美元}' }, undefined, amounts)).toBeNull();
  });
});

describe('headline-only claims are not events', () => {
  it('marks an entry found only in the headline as its claim', () => {
    const a = parse('特朗普一上任,立刻就给出了回报。', HEADLINE);
    expect(entry(a, '特朗普掌权后')!.kind).toBe('headline-claim');
    expect(entry(a, '特朗普一上任')!.kind).toBe('event');
  });

  it('never attributes the headline to anyone', () => {
    const a = parse('正文。', '哈伯曼称特朗普掌权后翻脸');
    expect(entry(a, '特朗普掌权后')!.attribution).toBeUndefined();
  });
});

describe('reported speech: an event carries who says so', () => {
  it('names the actor before the speech verb', () => {
    const a = parse('哈伯曼预计,在特朗普搬到白宫后,马斯克可能不会有自己的办公室。');
    expect(entry(a, '特朗普搬到白宫后')!.attribution).toMatchObject({ actor: 'haberman', name: { zh: '哈伯曼', en: 'Maggie Haberman' } });
  });

  it('names a source word where no actor speaks (外媒), with its span', () => {
    const a = parse('有外媒报道称,奥特曼于22日在公司内部表示,OpenAI将注资。');
    const by = entry(a, '22日')!.attribution!;
    expect(by.actor).toBeUndefined();
    expect(by.name.en).toBe('foreign media');
    expect(a.text.slice(by.start, by.end)).toBe('外媒');
  });

  it("continues the previous sentence's speaker into a quotation sentence", () => {
    const a = parse('哈伯曼称,马斯克有些傲慢了。“特朗普甚至都还没有正式上任,他就已经开始介入政治事务。”');
    expect(entry(a, '还没有正式上任')!.attribution?.actor).toBe('haberman');
  });

  it("leaves narrated events and a speaker's own dated act unattributed", () => {
    const a = parse('此前,特朗普21日表示,三家企业已联手。美国Axios新闻网22日报道称,马斯克公开质疑。');
    expect(entry(a, '21日')!.attribution).toBeUndefined();
    expect(entry(a, '22日')!.attribution).toBeUndefined();
  });
});

describe('events dated by what they are tied to', () => {
  const body =
    '美国Axios新闻网22日报道称,特朗普宣布该项目后仅几小时,便遭到马斯克的公开质疑。此前,特朗普21日表示,三家企业已联手。\n\n孙正义在宣布加入合资项目计划的同时,谈到自己的决定。\n\n马斯克这么一跟帖,也招来了奥尔特曼的迅速回击。';
  let a: ParsedArticle;
  // Parsed for each test (not once at import), so each test is what covers the parser (mutation testing).
  beforeEach(() => {
    a = parse(body);
  });

  it('"only hours after": the earliest day its paragraph dates, approximate, after it', () => {
    expect(entry(a, '仅几小时')).toMatchObject({
      date: '2025-01-21',
      precision: 'day',
      approximate: true,
      attribution: { actor: 'axios' },
    });
  });

  it('"at the same time as announcing": the day the story last dated', () => {
    expect(entry(a, '在宣布加入合资项目计划的同时')).toMatchObject({ date: '2025-01-21', inferred: true });
  });

  it('a reply: after the challenge it answers, approximate, and listed after it', () => {
    const reply = entry(a, '迅速回击')!;
    expect(reply).toMatchObject({ date: '2025-01-21', approximate: true });
    expect(a.timeline.indexOf(reply)).toBeGreaterThan(a.timeline.indexOf(entry(a, '仅几小时')!));
  });

  it('no anchor, no entry: hours with no dated day, a reply with no challenge', () => {
    const b = parse('宣布后仅几小时,他就回应。\n\n奥尔特曼迅速回击。');
    expect(b.timeline).toEqual([expect.objectContaining({ text: '2025-02-02 11:52:00' })]);
  });

  it('上台 ("coming to power") dates no day: month, approximate', () => {
    const b = parse('特朗普的上台使其团队内部矛盾更为凸显。');
    expect(entry(b, '特朗普的上台')).toMatchObject({ date: '2025-01', precision: 'month', approximate: true });
  });
});

describe("the timeline review's rules", () => {
  it('an event is told at its own date: 曾 adds no pluperfect there ("said"); a figure keeps "had said"', () => {
    const t = { zh: '特朗普<T>说', en: 'Trump <say>' };
    expect(compose(t, 'past', [], { pastAsPlain: true })).toEqual({ zh: '特朗普曾说', en: 'Trump said' });
    expect(compose(t, 'past', [])?.en).toBe('Trump had said');
    expect(compose(t, 'future', [], { pastAsPlain: true })?.en).toBe('Trump will say');
  });

  it('a day borrowed from another statement (特朗普21日表示) dates Son’s remarks only approximately, and says so', () => {
    const a = parse('此前,特朗普21日表示,三家企业已联手。\n\n孙正义在宣布加入合资项目计划的同时,谈到自己上个月的事。');
    for (const words of ['在宣布加入合资项目计划的同时', '上个月']) {
      const e = entry(a, words)!;
      expect(e.approximate, words).toBe(true);
      expect(e.basis.en, words).toMatch(/^the text does not date (these remarks|this)/);
      expect(e.basis.en, words).toContain("Donald Trump's statement");
      expect(e.outside).toBeUndefined();
    }
    expect(entry(a, '上个月')!.date).toBe('2024-12');
    // The day the text gives outright for Trump's own statement is not approximate.
    expect(entry(a, '21日')!.approximate).toBeUndefined();
  });

  it('a day with no speaker before it is still borrowed, without naming anyone', () => {
    const a = parse('21日,三家企业宣布联手。\n\n孙正义谈到自己上个月的事。');
    expect(entry(a, '上个月')!.basis.en).toContain('for the story above');
  });

  it('outside knowledge is marked apart from a date worked out from the text', () => {
    const a = parse('特朗普一上任,立刻就给出了回报。特朗普21日表示,三家企业已联手。');
    expect(entry(a, '特朗普一上任')).toMatchObject({ inferred: true, outside: true });
    expect(entry(a, '特朗普一上任')!.basis.en).toMatch(/^outside knowledge/);
    expect(entry(a, '21日')).toMatchObject({ inferred: true });
    expect(entry(a, '21日')!.outside).toBeUndefined();
  });

  it('years counted from an era that outside knowledge dates are outside knowledge too, and say so', () => {
    const a = parse('早在奥巴马时期,美国就提出“北美高铁”项目,16年后依然没有完成。2009年,美国提出计划,16年后依然没有完成。');
    const [fromEra, fromYear] = a.timeline.filter((t) => t.text === '16年后');
    expect(fromEra).toMatchObject({ date: '2025', outside: true });
    expect(fromEra!.basis.en).toBe(
      'outside knowledge: the period the sentence names (the Obama presidency) began in 2009, a year the text does not give; 2009 + 16 years',
    );
    expect(fromYear!.outside).toBeUndefined();
    expect(fromYear!.basis.en).toMatch(/^2009 \(start of the period/);
  });

  it('"had not yet taken office" only bounds the event: a limit, before the day; "after taking office" is no limit', () => {
    const a = parse('特朗普甚至都还没有正式上任,马斯克就已经开始介入政治事务。特朗普一上任,立刻就给出了回报。');
    expect(entry(a, '还没有正式上任')).toMatchObject({ date: '2025-01-20', before: true, approximate: true });
    expect(entry(a, '特朗普一上任')!.before).toBeUndefined();
  });

  it('the end of a term is the deadline itself, not a limit (之前 bounds the pledge, not the term)', () => {
    const a = parse('软银承诺在特朗普任期结束之前,向美国投资1000亿美元。');
    const e = entry(a, '特朗普任期结束')!;
    expect(e).toMatchObject({ date: '2029-01', outside: true });
    expect(e.before).toBeUndefined();
    expect(e.approximate).toBeUndefined();
  });
});

describe('references that are not names', () => {
  it('an epithet after a demonstrative, or a nickname in quotes, is a reference; bare, it is nothing', () => {
    const a = parse('孙正义发言。从这位金融巨头的发言中可见一斑。金融巨头很多。马斯克被称为“美国总理”。美国总理一词。');
    expect(refs(a, 'son')).toEqual(['这位金融巨头']);
    expect(refs(a, 'musk')).toEqual(['美国总理']);
  });

  it('后者 / 前者: the latter / former of exactly two actors the sentence names', () => {
    const a = parse(
      '一旦马斯克越过了特朗普心中的底线,后者必然会感到不满。马斯克与特朗普相比,前者更高调。马斯克、特朗普和拜登之中,后者最老。',
    );
    expect(refs(a, 'trump')).toEqual(['后者']);
    expect(refs(a, 'musk')).toEqual(['前者']);
    expect(refs(a, 'biden')).toEqual([]);
  });

  it('a reference alone does not make an actor', () => {
    const a = parse('从这位金融巨头的发言中可见一斑。');
    expect(a.actors.find((x) => x.id === 'son')).toBeUndefined();
  });
});

describe('English strings carry no untranslated Chinese', () => {
  const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
  /** Every `en` string anywhere in a value, with its path. */
  function englishStrings(value: unknown, path = ''): [string, string][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => englishStrings(v, `${path}.${i}`));
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) =>
        k === 'en' && typeof v === 'string' ? [[`${path}.en`, v] as [string, string]] : englishStrings(v, `${path}.${k}`),
      );
    }
    return [];
  }

  it('in the committed parsed copy', () => {
    const strings = englishStrings(JSON.parse(readRepoFile('assets/article.parsed.json')));
    expect(strings.length).toBeGreaterThan(80);
    expect(strings.filter(([, s]) => CJK.test(s))).toEqual([]);
  });

  it('in the lexicon', () => {
    expect(englishStrings(JSON.parse(readRepoFile('assets/lexicon.json'))).filter(([, s]) => CJK.test(s))).toEqual([]);
  });

  it('and the scan would catch one', () => {
    expect(englishStrings({ basis: { zh: '21日', en: 'the "21日" above' } }).filter(([, s]) => CJK.test(s))).toHaveLength(1);
  });
});

describe('timeline rules, entry by entry', () => {
  /** Each entry: words, date, precision, approximate, who says so (en), basis (en), event (en). */
  const rows = (a: ParsedArticle) =>
    a.timeline.map((t) => [t.text, t.date, t.precision, t.approximate ?? false, t.attribution?.name.en ?? null, t.basis.en, t.event.en]);
  const PUBLISHED = [
    '2025-02-02 11:52:00',
    '2025-02-02',
    'day',
    false,
    null,
    'the text gives the date outright',
    'This article was published',
  ];
  const INAUGURATED = 'outside knowledge: Trump was inaugurated on 20 Jan 2025';

  it('lexicon anchors: "before" and "after" words make the date approximate and say so; entries sort by date, then before < exact < after', () => {
    expect(rows(parse('特朗普还没有正式上任,特朗普当选之后,特朗普一上任,特朗普掌权后,特朗普的上台。'))).toEqual([
      [
        '特朗普当选之后',
        '2024-11',
        'month',
        true,
        null,
        'outside knowledge: the election was held on 5 Nov 2024; the text only says after this',
        'Trump won the 2024 US presidential election',
      ],
      [
        '特朗普的上台',
        '2025-01',
        'month',
        true,
        null,
        `${INAUGURATED}; "coming to power" names the change, not a day`,
        'Trump came to power',
      ],
      ['特朗普还没有正式上任', '2025-01-20', 'day', true, null, `${INAUGURATED}; the text only says before this`, 'Trump took office'],
      ['特朗普一上任', '2025-01-20', 'day', true, null, `${INAUGURATED}; the text only says after this`, 'Trump took office'],
      ['特朗普掌权后', '2025-01-20', 'day', true, null, `${INAUGURATED}; the text only says after this`, 'Trump took office'],
      PUBLISHED,
    ]);
  });

  it('an anchor needs its actor named before it in the sentence', () => {
    expect(rows(parse('马斯克一上任就发帖。一上任,特朗普就签了令。'))).toEqual([PUBLISHED]);
  });

  it('relative words in reported speech count from the day the story last dated; elsewhere from publication', () => {
    const a = parse('特朗普21日表示,三家企业已联手。孙正义谈到上个月庆祝。他上个月也去了。');
    expect(a.timeline.map((t) => [t.text, t.date, t.attribution?.name.en ?? null, t.basis])).toEqual([
      [
        '上个月',
        '2024-12',
        'Masayoshi Son',
        {
          zh: '文中没有注明这次讲话的日期;借用前文特朗普讲话的日期“21日”(2025-01-21)推算,故为约数',
          en: "the text does not date these remarks; counted from the date it gives for Donald Trump's statement above (2025-01-21), so approximate",
        },
      ],
      ['上个月', '2025-01', null, { zh: '相对于发表日期(2025-02-02)推算', en: 'counted from the publication date (2025-02-02)' }],
      ['21日', '2025-01-21', null, expect.objectContaining({ en: expect.stringContaining('day 21') })],
      ['2025-02-02 11:52:00', '2025-02-02', null, expect.anything()],
    ]);
  });

  it('without a publication date, relative words stay unresolved (a warning each); stated dates still count', () => {
    const a = parseArticle('一篇报道\n\n没有日期的作者\n\n上个月,2024年1月。');
    expect(a.timeline.map((t) => [t.text, t.date])).toEqual([['2024年1月', '2024-01']]);
    expect(a.warnings.filter((w) => w.code === 'date-unresolved').map((w) => w.message)).toEqual([
      '"上个月" at 15: no publication date to resolve it against',
    ]);
  });

  it.each(['表示', '谈到', '说', '宣称', '声称', '透露', '指出', '预计', '报道称', '称'])(
    '%s reports speech: the speaker before it is who says so',
    (verb) => {
      expect(entry(parse(`哈伯曼${verb},在特朗普搬到白宫后见面。`), '特朗普搬到白宫后')!.attribution?.actor).toBe('haberman');
    },
  );

  it('称为 ("is called") reports nobody’s speech', () => {
    expect(entry(parse('哈伯曼被称为,特朗普搬到白宫后的人。'), '特朗普搬到白宫后')!.attribution).toBeUndefined();
  });

  it.each([
    ['外媒', 'foreign media'],
    ['媒体', 'the media'],
    ['分析', 'analysts'],
    ['报道', 'a report'],
  ])('a source word where no actor speaks: %s → %s', (word, en) => {
    const a = parse(`有${word}指出,22日发生了事情。`);
    expect(entry(a, '22日')!.attribution).toEqual({ name: { zh: word, en }, start: 36, end: 36 + word.length });
  });

  it.each([
    ['质疑', '迅速回击'],
    ['拆台', '立即回应'],
    ['质疑', '随即反驳'],
    ['拆台', '马上反击'],
    ['质疑', '回应'],
  ])('a reply after a challenge (%s … %s): dated on or after it', (challenge, reply) => {
    const a = parse(`马斯克22日${challenge}。奥特曼${reply}。`);
    expect(entry(a, reply)).toMatchObject({
      date: '2025-01-22',
      precision: 'day',
      approximate: true,
      basis: {
        zh: '文中没有给出日期,只说这是对前文所记质疑(约2025-01-22)的回应,故在其后',
        en: 'the text gives no date, only that this answered the challenge dated above (about 2025-01-22), so on or after that day',
      },
    });
  });

  it.each(['宣布', '公布', '发布'])('"at the same time as" (在%s…的同时): the day the story last dated', (verb) => {
    const a = parse(`特朗普21日表示。孙正义在${verb}加入的同时,谈到。`);
    expect(entry(a, `在${verb}加入的同时`)).toMatchObject({
      date: '2025-01-21',
      precision: 'day',
      basis: {
        zh: '文中没有注明这件事的日期,只说与宣布同时;日期取自前文特朗普讲话的日期“21日”(2025-01-21),故为约数',
        en: "the text does not date this, only says it came with the announcement; the date is the one it gives for Donald Trump's statement above (2025-01-21), so approximate",
      },
    });
  });

  it('"at the same time as" stops at a clause edge, and needs a dated day before it', () => {
    expect(rows(parse('孙正义在宣布加入的同时。'))).toEqual([PUBLISHED]);
    const a = parse('特朗普21日表示。孙正义在宣布加入，随后的同时。孙正义在宣布加入！的同时。');
    expect(a.timeline.map((t) => t.text)).toEqual(['21日', '2025-02-02 11:52:00']);
  });

  it('an event without curated wording: the sentence, cut at 40 characters, and its id', () => {
    const a = parse('这是一个很长很长的句子,里面有明天这个词语,而且字数超过了四十个字,所以会被截断显示在时间线上面。短句明天见。');
    expect(a.timeline.filter((t) => t.text === '明天').map((t) => t.event)).toEqual([
      { zh: '这是一个很长很长的句子,里面有明天这个词语,而且字数超过了四十个字,所以会被截断…', en: '(event in sentence s2)' },
      { zh: '短句明天见。', en: '(event in sentence s3)' },
    ]);
  });
});

describe('figures, entry by entry', () => {
  it('in the title, paragraphs and captions, never the byline or the page furniture; generic wording by kind', () => {
    const a = parseArticle(
      '投资100亿美元的报道\n\n作者 2025-02-02 11:52:00\n\n有3万人,占40%,过去10年。\n\n投资5亿美元(资料图)\n\n0 阅读:1.2万\n\n简介:投资100亿美元',
    );
    expect(a.figures.map((f) => [f.id, f.text, f.value, f.unit, f.measures, a.sentences.find((s) => s.id === f.sentence)!.blocks])).toEqual(
      [
        ['f0', '100亿美元', 10_000_000_000, 'USD', { zh: '金额', en: 'amount of money' }, [0]],
        ['f1', '3万', 30_000, null, { zh: '数额', en: 'amount' }, [2]],
        ['f2', '40%', 0.4, 'percent', { zh: '比例', en: 'share' }, [2]],
        ['f3', '10年', 10, 'year', { zh: '时长', en: 'length of time' }, [2]],
        ['f4', '5亿美元', 500_000_000, 'USD', { zh: '金额', en: 'amount of money' }, [3]],
      ],
    );
  });

  it('a curated note names what an amount measures only beside its own words, in its own sentence, once', () => {
    const a = parse('三家企业将投资5000亿美元。另有5000亿美元。孙正义发言。');
    expect(a.figures.map((f) => [f.text, f.measures.en, f.speaker ?? null])).toEqual([
      ['5000亿美元', 'what the three companies will invest in US AI infrastructure', null],
      ['5000亿美元', 'amount of money', null],
    ]);
  });
});

describe('wording, word by word', () => {
  it.each([
    ['三家企业将投资', 'future'],
    ['即将投入', 'future'],
    ['将要投入', 'future'],
    ['曾说', 'past'],
    ['曾经说', 'past'],
    ['将曾说', 'future'],
    ['曾说将', 'past'],
    ['将之封号', undefined],
    ['将其收购', undefined],
    ['将军说', undefined],
    ['将领说', undefined],
    ['说', undefined],
  ])('tenseOf(%s) = %s', (words, tense) => {
    expect(tenseOf(words)).toBe(tense);
  });

  it.each(['。', '!', '?', '！', '？', ',', '，', ';', '；'])('a clause ends at %s (not at 、)', (end) => {
    expect(clauseBefore(`甲将${end}乙、丙投资`, 0, 8)).toBe('乙、丙投资');
    expect(clauseBefore(`甲将${end}乙、丙投资`, 3, 8)).toBe('乙、丙投资');
    expect(clauseBefore('甲将乙、丙投资', 2, 7)).toBe('乙、丙投资');
    expect(clauseBefore('甲将乙、丙投资', 0, 7)).toBe('甲将乙、丙投资');
  });

  it('every verb in every tense, and the Chinese tense word', () => {
    const t = (en: string, tense?: 'future' | 'past') => compose({ zh: '他们<T>投资', en }, tense, [])!;
    expect(['<invest>', '<put into>', '<each put into>', '<say>'].flatMap((v) => [t(v, 'future').en, t(v, 'past').en, t(v).en])).toEqual([
      'will invest',
      'had invested',
      'invest',
      'will put into',
      'had put into',
      'put into',
      'will each put into',
      'had each put into',
      'each put into',
      'will say',
      'had said',
      'said',
    ]);
    expect([t('', 'future').zh, t('', 'past').zh, t('').zh]).toEqual(['他们将投资', '他们曾投资', '他们投资']);
    expect(compose({ zh: '<X>', en: '' }, undefined, [])).toBeNull();
  });
});
