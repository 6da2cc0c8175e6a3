/**
 * The strings only the summary's details use (the charts, the claims map): a module of their own so
 * the popup's first screen does not carry them; they load with the details chunk. Chinese becomes
 * Traditional at build time as in utils/i18n.ts (pipeline/hant.ts).
 */
import type { Stance } from '@/utils/article/schema';
import type { Lang } from '@/utils/i18n';

/* ------------------------------------------------------------------
 * Charts (issue 19): the timeline and the amounts as pictures, the timeline's groups and its
 * one note on dating. A block of its own so it merges apart from the other strings.
 */

/** How a figure stands, from its tense and speaker (see amountStatus in components/amounts.ts). */
export type AmountStatus = 'planned' | 'earlier' | 'claimed' | 'reported';

export interface ChartStrings {
  keyDays: (range: string) => string;
  background: (n: number) => string;
  afterwards: (n: number) => string;
  /** How the dates were worked out, said once above the list. */
  datingNote: string;
  timelineChart: string;
  chartHelp: string;
  legendDay: string;
  legendSpan: string;
  legendApprox: string;
  zoomNote: string;
  amountsHeading: string;
  /** The scale's caption, with the currency's name. */
  logScale: (currency: string) => string;
  currencyName: Record<'USD' | 'CNY', string>;
  upperBound: string;
  lowerBound: string;
  noSource: string;
  status: Record<AmountStatus, string>;
  noCurrencyHeading: string;
  noCurrencyNote: string;
  otherFigures: string;
}

const zhCharts: ChartStrings = {
  keyDays: (range) => `关键日期:${range}`,
  background: (n) => `背景(${n})`,
  afterwards: (n) => `此后与展望(${n})`,
  datingNote:
    '日期说明:原文很少写出完整日期。只写“21日”的,按发表时间补足年月;相对说法从所指事件起算;需要外部知识的,在条目下注明。“约”表示原文只给出前后界限。',
  timelineChart: '时间线图',
  chartHelp: '选择标记:查看条目及其原文句子;方向键在标记间移动。',
  legendDay: '某一天',
  legendSpan: '某月、某年或一段时期',
  legendApprox: '虚线:大致时间',
  zoomNote: '下一行放大上一行的阴影部分;编号与下方列表对应。',
  amountsHeading: '金额',
  logScale: (currency) => `${currency},对数刻度:每条网格线是前一条的十倍`,
  currencyName: { USD: '美元', CNY: '人民币' },
  upperBound: '开口虚线条:只有上限',
  lowerBound: '箭头:只有下限',
  noSource: '未注明来源',
  status: { planned: '计划', earlier: '此前所说', claimed: '声称', reported: '文中所述' },
  noCurrencyHeading: '未注明币种的金额',
  noCurrencyNote: '不在刻度上:原文没有说明币种。',
  otherFigures: '其他数字',
};

const enCharts: ChartStrings = {
  keyDays: (range) => `Key days: ${range}`,
  background: (n) => `Background (${n})`,
  afterwards: (n) => `Afterwards and outlook (${n})`,
  datingNote:
    'Dates: the text rarely gives one in full. A bare day (21日) takes the month and year of publication; a relative time counts from the event it refers to; a date that needs outside knowledge says so. “About”: the text only bounds the date.',
  timelineChart: 'Timeline chart',
  chartHelp: 'Choose a mark to see its entry and its sentence; arrow keys move between marks.',
  legendDay: 'one day',
  legendSpan: 'a month, year or period',
  legendApprox: 'dashed: approximate',
  zoomNote: 'Each lower row enlarges the shaded part of the row above; numbers match the list.',
  amountsHeading: 'Amounts of money',
  logScale: (currency) => `${currency}, log scale: each gridline is 10× the one before`,
  currencyName: { USD: 'US dollars', CNY: 'yuan' },
  upperBound: 'open dashed bar: an upper bound only',
  lowerBound: 'arrow: a lower bound only',
  noSource: 'no source named',
  status: { planned: 'planned', earlier: 'said earlier', claimed: 'claimed', reported: 'reported' },
  noCurrencyHeading: 'Amount without a currency',
  noCurrencyNote: 'Not on the scale: the text does not say which currency.',
  otherFigures: 'Other figures',
};

/** One table per UI language (a language added to Lang must add its table here). */
const CHART_STRINGS: Record<Lang, ChartStrings> = { zh: zhCharts, en: enCharts };

export function chartT(lang: Lang): ChartStrings {
  return CHART_STRINGS[lang];
}

/* --------------------------------------------- who speaks of whom (the claims map) */

/*
 * The claims map's strings (components/ClaimMap.tsx), in a block of their own so that strings
 * added to the main table in parallel never collide with them. The stance words themselves are the
 * main table's (`stance`), so a line and its claim in the list below say the same.
 */
export interface MapStrings {
  heading: string;
  /** What the map shows. */
  hint: string;
  /** How to use it (not printed). */
  howTo: string;
  /** Column headings. */
  speakers: string;
  subjects: string;
  /** A line's name: "Sam Altman rebuts Elon Musk (1 claim)". */
  edge: (source: string, stance: Stance, target: string, claims: number) => string;
  /** A node's name, left column: who speaks, how much, about whom. */
  speaker: (name: string, claims: number, subjects: string[]) => string;
  /** A node's name, right column: who is spoken of, how much, by whom. */
  subject: (name: string, claims: number, speakers: string[]) => string;
  /** The legend's note on thickness. */
  thicker: string;
  asText: string;
}

const EN_EDGE: Record<Stance, string> = {
  reports: 'reports on',
  claims: 'says of',
  questions: 'questions',
  rebuts: 'rebuts',
  criticises: 'criticises',
  praises: 'praises',
  forecasts: 'makes a forecast about',
  proposes: 'makes a proposal to',
};

const ZH_EDGE: Record<Stance, (s: string, t: string) => string> = {
  reports: (s, t) => `${s}报道涉及${t}`,
  claims: (s, t) => `${s}谈及${t}`,
  questions: (s, t) => `${s}质疑${t}`,
  rebuts: (s, t) => `${s}反驳${t}`,
  criticises: (s, t) => `${s}批评${t}`,
  praises: (s, t) => `${s}称赞${t}`,
  forecasts: (s, t) => `${s}就${t}作出预测`,
  proposes: (s, t) => `${s}向${t}提议`,
};

const enClaims = (n: number) => (n === 1 ? '1 claim' : `${n} claims`);
const enList = (names: string[]) => (names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

const MAP_STRINGS: Record<Lang, MapStrings> = {
  zh: {
    heading: '谁在说谁',
    hint: '每条线从说话者(左)连到被谈及者(右)。作者本人的观点不在图中,见下方列表。',
    howTo: '选择一条线可查看说法并定位原文;方向键可在图中移动。',
    speakers: '说话者',
    subjects: '被谈及者',
    edge: (source, stance, target, n) => `${ZH_EDGE[stance](source, target)}(${n}条说法)`,
    speaker: (name, n, subjects) => `${name}(说话者):${n}条说法,涉及${subjects.join('、')}`,
    subject: (name, n, speakers) => `${name}(被谈及):${n}条说法,来自${speakers.join('、')}`,
    thicker: '线越粗,说法越多',
    asText: '以文字列出图中的线',
  },
  en: {
    heading: 'Who speaks of whom',
    hint: "Lines join who speaks (left) with whom they speak of (right). The author's own views are listed below, not drawn.",
    howTo: 'Choose a line to see its claim in the text; arrow keys move along the map.',
    speakers: 'Who speaks',
    subjects: 'About whom',
    edge: (source, stance, target, n) => `${source} ${EN_EDGE[stance]} ${target} (${enClaims(n)})`,
    speaker: (name, n, subjects) => `${name}, speaks: ${enClaims(n)} about ${enList(subjects)}`,
    subject: (name, n, speakers) => `${name}, spoken of: ${enClaims(n)} by ${enList(speakers)}`,
    thicker: 'thicker: more claims',
    asText: 'The lines of the map as a list',
  },
};

export function mapStrings(lang: Lang): MapStrings {
  return MAP_STRINGS[lang];
}

/* ------------------------------------------------------------------
 * Who says what and about this brief: the claims list's words and the note on how the brief is made.
 */

export interface DetailStrings {
  claimsHeading: string;
  /** How many claims name or report a source, and how many only the author stands behind. */
  claimsSummary: (sourced: number, author: number) => string;
  stance: Record<Stance, string>;
  unnamedSource: (name: string) => string;
  authorView: string;
  authorNarration: string;
  quoted: string;
  quotedHint: string;
  relayedBy: (name: string) => string;
  claimAbout: (names: string) => string;
  /** The dates of the timeline entries a claim is dated by. */
  onTimeline: (dates: string) => string;
  aboutHeading: string;
  aboutMade: string;
  aboutOutside: string;
  aboutKeyPoints: string;
  aboutOriginal: (kind: string, author: string, published: string) => string;
}

const zhDetails: DetailStrings = {
  claimsHeading: '谁说了什么',
  claimsSummary: (sourced, author) => `有来源的说法${sourced}条;只出自作者的${author}条`,
  stance: {
    reports: '报道',
    claims: '称',
    questions: '质疑',
    rebuts: '反驳',
    criticises: '批评',
    praises: '称赞',
    forecasts: '预计',
    proposes: '提议',
  },
  unnamedSource: (name) => `${name}(未具名)`,
  authorView: '作者观点',
  authorNarration: '作者叙述(未注明来源)',
  quoted: '原话',
  quotedHint: '原文直接引用了这些话',
  relayedBy: (name) => `转述者:${name}`,
  claimAbout: (names) => `涉及:${names}`,
  onTimeline: (dates) => `时间线:${dates}`,
  aboutHeading: '关于本简报',
  aboutMade: '这里的每一条事实都来自扩展内置的文章解析:扩展构建时由自带的解析器从原文中读出,使用时不联网,也不发送任何内容。',
  aboutOutside:
    '文外知识会注明出处:文中只写姓氏时补上的名字、哈伯曼是谁、文中只暗示的日期(就职日、大选月份)都在用到的地方说明(“日期依据”、人名注释)。',
  aboutKeyPoints: '要点由规则选出(标题、导语、提及的人物和金额、谁说的),不是人工挑选;人物一行说的是此人在文中做了什么。',
  aboutOriginal: (kind, author, published) => `原文:${kind},作者${author},${published}发布。`,
};

const enDetails: DetailStrings = {
  claimsHeading: 'Who says what',
  claimsSummary: (sourced, author) =>
    `${sourced} ${sourced === 1 ? 'claim has' : 'claims have'} a source; ${author} ${author === 1 ? 'is' : 'are'} the author's alone`,
  stance: {
    reports: 'reports',
    claims: 'says',
    questions: 'questions',
    rebuts: 'rebuts',
    criticises: 'criticises',
    praises: 'praises',
    forecasts: 'forecasts',
    proposes: 'proposes',
  },
  unnamedSource: (name) => `${String(name).charAt(0).toUpperCase()}${String(name).slice(1)} (not named)`,
  authorView: "The author's own view",
  authorNarration: 'Told by the author, no source given',
  quoted: 'quoted',
  quotedHint: 'The text quotes these words directly',
  relayedBy: (name) => `relayed by ${name}`,
  claimAbout: (names) => `about ${names}`,
  onTimeline: (dates) => `timeline: ${dates}`,
  aboutHeading: 'About this brief',
  aboutMade:
    'Every fact here comes from a parse of the article bundled with the extension, made by its own parser when the extension was built; it works offline and sends nothing anywhere.',
  aboutOutside:
    'Outside knowledge is marked where it is used: given names the text leaves out, who Haberman is, and dates the text only implies (inauguration day, the election month) say so in a note ("How this was dated", a name\'s note).',
  aboutKeyPoints:
    "The key points are chosen by a rule (headline, lead, the people and money mentioned, who says it), not by hand; a person's row says what they do in the story.",
  aboutOriginal: (kind, author, published) => `The original: ${kind} by ${author}, published ${published}.`,
};

const DETAIL_STRINGS: Record<Lang, DetailStrings> = { zh: zhDetails, en: enDetails };

export function detailT(lang: Lang): DetailStrings {
  return DETAIL_STRINGS[lang];
}
