/**
 * How copy editors rework a reprint, as edits of the article's text: the vocabulary the
 * generated test pages (scripts/pages.ts) and the property tests of the changed-facts check
 * share. Faithful edits touch only the words around the facts — a word added, removed or
 * swapped beside a name, an amount or a date, a fuller or titled form of a name, a number or
 * date written another way, an idiom reworded; changes alter one fact.
 */
import type { ParsedArticle } from '../../utils/article/schema';

/** Replaces the article's words [start, end) with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (any order) to `text`; overlapping ones after the first are skipped. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const kept: Edit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = kept[kept.length - 1];
    if (last && (e.start < last.end || (e.start === last.end && e.start === e.end && last.start === last.end))) continue;
    kept.push(e);
  }
  let out = text;
  for (const e of kept.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Words an editor slips in beside a fact: no name, number, date, time or hedge among them. */
export const NEUTRAL_WORDS = ['其实', '当时', '随后', '公开', '也', '还', '则', '据悉', '再次', '正式', '明确', '果然'];

/** Verbs swapped for another of the same sense (the examples first). */
export const VERB_SWAPS: readonly [string, string][] = [
  ['注资', '投入'],
  ['捐出', '拿出'],
  ['表示', '称'],
  ['宣布', '公布'],
  ['质疑', '怀疑'],
  ['报道称', '报道说'],
  ['透露', '披露'],
  ['预计', '估计'],
  ['拆台', '唱反调'],
];

/** Idioms reworded with the same sense. */
export const IDIOMS: readonly [string, string][] = [
  ['一点面子都不给特朗普', '丝毫不给特朗普留面子'],
  ['也不磨叽', '也毫不拖沓'],
  ['数不胜数', '多得数不清'],
  ['形影不离', '如影随形'],
  ['功不可没', '居功至伟'],
  ['投桃报李', '礼尚往来'],
  ['不了了之', '无疾而终'],
  ['扑朔迷离', '难以预料'],
  ['咄咄逼人', '盛气凌人'],
  ['如同水火不容', '势同水火'],
  ['虚张声势', '故弄玄虚'],
  ['慷慨解囊,捐出', '出手大方,捐出'],
];

/** A fuller or titled form of each actor's name (the name itself still in it). */
export const FULLER: Readonly<Record<string, readonly [string, string][]>> = {
  trump: [
    ['唐纳德·', ''],
    ['美国总统', ''],
    ['', '总统'],
  ],
  musk: [
    ['埃隆·', ''],
    ['亿万富翁', ''],
  ],
  son: [
    ['软银CEO', ''],
    ['', '先生'],
  ],
  altman: [
    ['萨姆·', ''],
    ['OpenAI CEO ', ''],
  ],
  softbank: [['', '集团']],
  openai: [['', '公司']],
  oracle: [['', '公司']],
  haberman: [['记者', '']],
  biden: [['前总统', '']],
  obama: [['前总统', '']],
  bannon: [['史蒂夫·', '']],
  microsoft: [['', '公司']],
  mgx: [['阿布扎比', '']],
  x: [['社交平台', '']],
};

/** The same value written another way, per figure text. */
export const SAME_FIGURES: Readonly<Record<string, readonly string[]>> = {
  '5000亿美元': ['五千亿美元', '0.5万亿美元', '5,000亿美元', '5000億美元'],
  '2000亿美元': ['两千亿美元', '0.2万亿美元', '2,000亿美元'],
  '100亿美元': ['一百亿美元', '１００亿美元'],
  '1000亿美元': ['一千亿美元', '0.1万亿美元'],
  '190亿美元': ['一百九十亿美元', '１９０亿美元'],
  '40%': ['四成', '百分之四十', '４０%'],
  '450亿美元': ['四百五十亿美元', '450億美元'],
  '2.7亿美元': ['两亿七千万美元', '2.7億美元'],
  '2万亿': ['两万亿', '二万亿'],
  '10年': ['十年'],
};

/** The same date or time written another way, per the words of a written date or relative time. */
export const SAME_TIMES: Readonly<Record<string, readonly string[]>> = {
  '21日': ['二十一日', '1月21日', '2025年1月21日', '21号'],
  '22日': ['二十二日', '1月22日', '2025年1月22日'],
  上个月: ['上月'],
  仅几小时: ['短短几个小时', '仅数小时', '几小时'],
  '16年后': ['十六年后', '16年之后'],
  一上任: ['刚一上任', '刚上任'],
  过去10年: ['过去十年', '近10年'],
  上台后: ['上台之后'],
};

/** Another name for a mention (none of them names the article's actor it replaces). */
export const OTHER_NAMES = ['马云', '李彦宏', '黄仁勋', '扎克伯格', '贝索斯', '任正非', '雷军'];

/** Another value for each figure (a real change), and another hedge for the hedged one. */
export const OTHER_FIGURES: Readonly<Record<string, readonly string[]>> = {
  '5000亿美元': ['500亿美元', '5000亿日元', '6000亿美元'],
  '2000亿美元': ['3000亿美元', '200亿美元'],
  '100亿美元': ['10亿美元', '1000亿美元'],
  '1000亿美元': ['100亿美元', '1500亿美元'],
  '190亿美元': ['290亿美元', '19亿美元'],
  '40%': ['50%', '45%'],
  '450亿美元': ['4500亿美元', '350亿美元'],
  '2.7亿美元': ['27亿美元', '2.5亿美元'],
  '2万亿': ['3万亿', '2千亿'],
  '10年': ['5年', '20年'],
};
export const OTHER_HEDGES: readonly [string, string][] = [
  ['远低于', '高于'],
  ['远低于', '超过'],
  ['远低于', '约'],
];
/** Another day or time, per the words of a written date or relative time (a real change). */
export const OTHER_TIMES: Readonly<Record<string, readonly string[]>> = {
  '21日': ['24日', '2月21日', '二十三日'],
  '22日': ['25日', '12月22日'],
  上个月: ['两个月前', '去年', '下个月'],
  仅几小时: ['两天后', '几周后'],
  '16年后': ['20年后', '16年前'],
  一上任: ['上任一年后', '上任前'],
  过去10年: ['过去5年', '过去二十年'],
  上台后: ['上台前'],
};

/** The hedge written beside a figure, and 各/均 earlier in its clause, as spans of the article. */
export function hedgeSpans(article: ParsedArticle): [number, number][] {
  const out: [number, number][] = [];
  for (const f of article.figures) {
    const q = f.qualifier?.zh;
    if (!q) continue;
    if (article.text.endsWith(q, f.start)) out.push([f.start - q.length, f.start]);
    else {
      const at = article.text.lastIndexOf(q, f.start);
      if (at >= 0) out.push([at, at + q.length]);
    }
  }
  return out;
}

/** Spans no faithful edit may touch: every name, figure and date or time, and every hedge. */
export function factSpans(article: ParsedArticle): [number, number][] {
  const spans: [number, number][] = [
    ...article.figures.map((f) => [f.start, f.end] as [number, number]),
    ...article.timeline.map((t) => [t.start, t.end] as [number, number]),
    ...article.actors.flatMap((a) => a.mentions.map((m) => [m.start, m.end] as [number, number])),
    ...hedgeSpans(article),
  ];
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Prose characters at [start, end): no fact, hedge, punctuation or line break among them. */
export function isProse(article: ParsedArticle, spans: readonly [number, number][], start: number, end: number): boolean {
  if (start < 0 || end > article.text.length || start >= end) return false;
  if (/[\s,。!?:;、“”‘’()—《》0-9A-Za-z]/u.test(article.text.slice(start, end))) return false;
  return !spans.some(([a, b]) => start < b && a < end);
}
