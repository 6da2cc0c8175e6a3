/**
 * UI strings in Simplified Chinese and English, and the formatters that turn the parsed copy's
 * numbers and dates into text in the UI language.
 *
 * The UI language follows the browser (zh* → zh, anything else → en); `?lang=zh|en` in the page
 * URL overrides it so screenshots and tests can pin a language. Every formatter is pure and does
 * exact decimal arithmetic on digit strings, so 2.7亿 never turns into 2.7000000000000002.
 */
import { browser } from 'wxt/browser';
import type { Figure, FigureUnit, Precision, Stance, TimelineEntry } from '@/utils/article/schema';
import type { DaySpan } from '@/utils/article/when';
import { calendarDate } from '@/utils/article/when';

export type Lang = 'zh' | 'en';

/** BCP 47 tags for the `lang` attribute: screen readers pick their voice, browsers their font. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function langFromTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const t = tag.toLowerCase();
  if (t.startsWith('zh')) return 'zh';
  if (t.startsWith('en')) return 'en';
  return null;
}

function browserUILanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // Unit tests' fake browser (and very old engines) do not implement it.
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}

/** The UI language: `?lang=` wins, then the browser's UI language; zh for any Chinese, else en. */
export function detectLang(search: string = typeof location === 'undefined' ? '' : location.search, uiLanguage?: string): Lang {
  const fromUrl = langFromTag(new URLSearchParams(search).get('lang'));
  if (fromUrl) return fromUrl;
  return langFromTag(uiLanguage ?? browserUILanguage()) === 'zh' ? 'zh' : 'en';
}

/* ------------------------------------------------------------------ strings */

export interface Strings {
  appName: string;
  summaryLabel: string;
  bylineBy: string;
  published: string;
  stateChecking: string;
  stateMatch: string;
  statePartial: (percent: number) => string;
  stateNone: string;
  stateUnreadable: string;
  stateBundled: string;
  /** The verdict line of a copy that changes facts (utils/verdict-line.ts): what it holds, then how many facts it changes. */
  holdsWhole: string;
  holdsPart: (percent: number) => string;
  factsChanged: (n: number) => string;
  actorsHeading: string;
  figuresHeading: string;
  timelineHeading: string;
  people: string;
  organisations: string;
  alsoCalled: string;
  mentions: (n: number) => string;
  statedBy: (name: string) => string;
  accordingTo: (name: string) => string;
  headlineClaim: string;
  headlineClaimHint: string;
  /** A date the text gives only as a limit: "before 20 Jan 2025" / "2025年1月20日之前". */
  beforeDate: (date: string) => string;
  nameBasis: string;
  howDated: string;
  showInText: string;
  openOverlay: string;
  closeOverlay: string;
  noiseSwitch: string;
  noiseSwitchHint: string;
  notHereBody: string;
  unreadableBody: string;
  openBundled: string;
  sourceNotFound: string;
  overlayFailed: string;
  errorNoTab: string;
  readerTitle: string;
  skipToSummary: string;
  highlightHint: string;
  shareHeading: string;
  copyMarkdown: string;
  downloadJson: string;
  copyLink: string;
  changesHeading: string;
  noChanges: string;
  notCompared: string;
  changesSummary: (n: number) => string;
  changeCount: (n: number) => string;
  changeKind: Record<'figure' | 'qualifier' | 'actor' | 'date', string>;
  changeOriginal: string;
  changePage: string;
  changeDropped: string;
  showChangeOnPage: string;
  missingHeading: (passages: number) => string;
  missingSentences: (n: number) => string;
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
  overlayToLeft: string;
  overlayToRight: string;
  collapseOverlay: string;
  expandOverlay: string;
}

const zh: Strings = {
  appName: '星际之门简报',
  summaryLabel: '文章摘要',
  bylineBy: '作者',
  published: '发布时间',
  stateChecking: '正在检查本页…',
  stateMatch: '本页是这篇文章的全文',
  statePartial: (p) => `本页有这篇文章的部分内容(约${p}%)`,
  stateNone: '本页没有这篇文章',
  stateUnreadable: '浏览器不允许读取本页',
  stateBundled: '内置副本,可离线阅读',
  holdsWhole: '全文',
  holdsPart: (p) => `部分内容(约${p}%)`,
  factsChanged: (n) => `${n} 处事实改动`,
  actorsHeading: '人物与机构',
  figuresHeading: '数字',
  timelineHeading: '时间线',
  people: '人物',
  organisations: '机构',
  alsoCalled: '又称',
  mentions: (n) => `提及${n}次`,
  statedBy: (name) => `说法来自:${name}`,
  accordingTo: (name) => `据${name}`,
  headlineClaim: '标题说法',
  headlineClaimHint: '只有标题这样说,正文没有报道这件事',
  beforeDate: (date) => `${date}之前`,
  nameBasis: '名字依据',
  howDated: '日期依据',
  showInText: '在原文中查看',
  openOverlay: '在页面上打开摘要',
  closeOverlay: '关闭页面上的摘要',
  noiseSwitch: '隐藏图片说明等干扰内容',
  noiseSwitchHint: '在文章页面上隐藏“(资料图)”说明、阅读数和作者卡片',
  notHereBody: '这里的摘要来自扩展内置的文章副本。',
  unreadableBody: '这是浏览器的内部页面,扩展无法读取。摘要来自内置副本。',
  openBundled: '打开内置副本',
  sourceNotFound: '在本页上没有找到这句话。',
  overlayFailed: '无法在本页上打开摘要。',
  errorNoTab: '找不到当前标签页。',
  readerTitle: '星际之门简报 · 内置副本',
  skipToSummary: '跳到摘要',
  highlightHint: '按 Esc 清除高亮',
  shareHeading: '分享',
  copyMarkdown: '复制为 Markdown',
  downloadJson: '下载 JSON',
  copyLink: '复制这句话的链接',
  changesHeading: '此版本的改动',
  noChanges: '事实与原文一致',
  notCompared: '无法比对此版本的事实',
  changesSummary: (n) => `此版本改动了原文的 ${n} 处事实`,
  changeCount: (n) => `共 ${n} 处`,
  changeKind: { figure: '数字', qualifier: '限定词', actor: '名称', date: '日期' },
  changeOriginal: '原文',
  changePage: '本页',
  changeDropped: '(已删去)',
  showChangeOnPage: '在页面上查看',
  missingHeading: (n) => `本页缺少的段落(${n})`,
  missingSentences: (n) => `${n} 句`,
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
  overlayToLeft: '移到页面左侧',
  overlayToRight: '移到页面右侧',
  collapseOverlay: '收起为侧边标签',
  expandOverlay: '展开星际之门简报',
};

const en: Strings = {
  appName: 'Stargate Brief',
  summaryLabel: 'Article summary',
  bylineBy: 'By',
  published: 'Published',
  stateChecking: 'Checking this page…',
  stateMatch: 'This page has the whole article',
  statePartial: (p) => `This page has part of the article (about ${p}%)`,
  stateNone: 'The article is not on this page',
  stateUnreadable: 'The browser does not let extensions read this page',
  stateBundled: 'Bundled copy, works offline',
  holdsWhole: 'The whole article',
  holdsPart: (p) => `Part of the article (about ${p}%)`,
  factsChanged: (n) => (n === 1 ? '1 fact changed' : `${n} facts changed`),
  actorsHeading: 'People and organisations',
  figuresHeading: 'Figures',
  timelineHeading: 'Timeline',
  people: 'People',
  organisations: 'Organisations',
  alsoCalled: 'Also called',
  mentions: (n) => (n === 1 ? 'mentioned once' : `mentioned ${n} times`),
  statedBy: (name) => `according to ${name}`,
  accordingTo: (name) => `according to ${name}`,
  headlineClaim: "headline's claim",
  headlineClaimHint: 'Only the headline says this; the body of the article does not report it',
  beforeDate: (date) => `before ${date}`,
  nameBasis: 'About this name',
  howDated: 'How this was dated',
  showInText: 'show in the text',
  openOverlay: 'Open overlay on page',
  closeOverlay: 'Close overlay on page',
  noiseSwitch: 'Hide captions and clutter',
  noiseSwitchHint: 'Hides “(资料图)” captions, the read counter and the author card on the article page',
  notHereBody: 'This summary comes from the copy bundled with the extension.',
  unreadableBody: 'This is a browser page that extensions cannot read. The summary comes from the bundled copy.',
  openBundled: 'Open the bundled copy',
  sourceNotFound: 'That sentence was not found on this page.',
  overlayFailed: 'The overlay could not be opened on this page.',
  errorNoTab: 'Could not find the current tab.',
  readerTitle: 'Stargate Brief · bundled copy',
  skipToSummary: 'Skip to summary',
  highlightHint: 'Press Esc to clear the highlight',
  shareHeading: 'Share',
  copyMarkdown: 'Copy as Markdown',
  downloadJson: 'Download JSON',
  copyLink: 'Copy link to this sentence',
  changesHeading: 'Changes in this copy',
  noChanges: 'No facts changed',
  notCompared: 'This copy’s facts could not be compared',
  changesSummary: (n) => (n === 1 ? 'This copy changes 1 fact of the article' : `This copy changes ${n} facts of the article`),
  changeCount: (n) => `in ${n} places`,
  changeKind: { figure: 'Figure', qualifier: 'Hedge', actor: 'Name', date: 'Date' },
  changeOriginal: 'Original',
  changePage: 'This page',
  changeDropped: '(left out)',
  showChangeOnPage: 'Show on page',
  missingHeading: (n) => (n === 1 ? 'Missing from this copy (1 passage)' : `Missing from this copy (${n} passages)`),
  missingSentences: (n) => (n === 1 ? '1 sentence' : `${n} sentences`),
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
  overlayToLeft: 'Move to the left side',
  overlayToRight: 'Move to the right side',
  collapseOverlay: 'Collapse to a tab',
  expandOverlay: 'Show Stargate Brief',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
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

/* ------------------------------------------------------------ exact decimals */

/** A finite number as a plain decimal digit string (no exponent), exactly as JS prints it. */
function plainDecimal(value: number): { negative: boolean; int: string; frac: string } {
  const negative = value < 0;
  // 15 significant digits drop binary noise a producer may have left (0.1 + 0.2 → 0.3).
  let s = Number(Math.abs(value).toPrecision(15)).toString();
  let exp = 0;
  const e = s.indexOf('e');
  if (e >= 0) {
    exp = Number(s.slice(e + 1));
    s = s.slice(0, e);
  }
  const [intPart = '0', fracPart = ''] = s.split('.');
  return shift({ negative, int: intPart, frac: fracPart }, exp);
}

/** Moves the decimal point `places` to the right (negative: to the left), on digits only. */
function shift(d: { negative: boolean; int: string; frac: string }, places: number) {
  let digits = d.int + d.frac;
  let point = d.int.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  return { negative: d.negative, int, frac };
}

/** `value / 10^power` (or × for negative power) as a trimmed decimal string: 270000000, 9 → "0.27". */
export function scaleDecimal(value: number, power: number): string {
  const d = shift(plainDecimal(value), -power);
  return (d.negative ? '-' : '') + d.int + (d.frac ? '.' + d.frac : '');
}

/** Thousands separators for the integer part in English (1,500); Chinese keeps digits plain. */
function groupThousands(decimal: string): string {
  const [int = '', frac] = decimal.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/* ------------------------------------------------------------------ amounts */

const EN_SCALES: Array<[power: number, word: string]> = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
];

/** Chinese writes large amounts in 万 / 亿 / 万亿: 5000亿, 2万亿, 2.7亿. */
const ZH_SCALES: Array<[power: number, word: string]> = [
  [12, '万亿'],
  [8, '亿'],
  [4, '万'],
];

function magnitude(value: number): number {
  const d = plainDecimal(value);
  return d.int === '0' ? 0 : d.int.length - 1;
}

/** The bare number in words of its scale: 5e11 → "500 billion" / "5000亿". */
export function formatNumber(value: number, lang: Lang): string {
  const mag = magnitude(value);
  const scales = lang === 'en' ? EN_SCALES : ZH_SCALES;
  for (const [power, word] of scales) {
    if (mag >= power) {
      const n = scaleDecimal(value, power);
      return lang === 'en' ? `${groupThousands(n)} ${word}` : `${n}${word}`;
    }
  }
  const n = scaleDecimal(value, 0);
  return lang === 'en' ? groupThousands(n) : n;
}

function plural(n: string, one: string, many: string): string {
  return n === '1' ? one : many;
}

/** An amount with its unit, without qualifier: "$500 billion", "5000亿美元", "40%", "16 years". */
export function formatAmount(value: number, unit: FigureUnit, lang: Lang): string {
  if (unit === 'percent') return `${scaleDecimal(value, -2)}%`;
  const n = formatNumber(value, lang);
  if (lang === 'en') {
    switch (unit) {
      case 'USD':
        return `$${n}`;
      case 'CNY':
        return `${n} yuan`;
      case 'year':
        return `${n} ${plural(n, 'year', 'years')}`;
      case 'hour':
        return `${n} ${plural(n, 'hour', 'hours')}`;
      case null:
        return `${n} (currency not stated)`;
    }
  }
  switch (unit) {
    case 'USD':
      return `${n}美元`;
    case 'CNY':
      return `${n}元人民币`;
    case 'year':
      return `${n}年`;
    case 'hour':
      return `${n}小时`;
    case null:
      return `${n}(未注明币种)`;
  }
}

/** Chinese qualifiers that follow the amount (100亿美元以上); the rest lead (远低于100亿美元). */
const ZH_TRAILING_QUALIFIERS = new Set(['左右', '以上', '以下', '前后', '上下', '多', '余']);

/** A figure as the UI shows it: qualifier, amount and unit, e.g. "well below $10 billion". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const amount = formatAmount(figure.value, figure.unit, lang);
  const q = figure.qualifier;
  if (!q) return amount;
  if (lang === 'en') return q.en === 'each' ? `${amount} each` : `${q.en} ${amount}`;
  return ZH_TRAILING_QUALIFIERS.has(q.zh) ? `${amount}${q.zh}` : `${q.zh}${amount}`;
}

/* -------------------------------------------------------------------- dates */

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A timeline date at its precision: "21 Jan 2025" / "2025年1月21日", "Dec 2024", "2025", "2009–2017". */
export function formatDate(date: string, precision: Precision, lang: Lang): string {
  if (precision === 'era' || date.includes('/')) {
    const [from = '', to = ''] = date.split('/');
    return lang === 'en' ? `${from}–${to}` : `${from}–${to}年`;
  }
  const [year = '', month, day] = date.split('-');
  const m = month ? Number(month) : undefined;
  const d = day ? Number(day) : undefined;
  const monthName = m ? EN_MONTHS[m - 1] : undefined;
  if (precision === 'day' && m && d) return lang === 'en' ? `${d} ${monthName} ${year}` : `${year}年${m}月${d}日`;
  if ((precision === 'day' || precision === 'month') && m) return lang === 'en' ? `${monthName} ${year}` : `${year}年${m}月`;
  return lang === 'en' ? year : `${year}年`;
}

export interface DateMark {
  /** The short visible mark. */
  label: string;
  /** The full explanation, for the accessible description and the tooltip. */
  hint: string;
}

/**
 * The publication time as the article's own clock shows it (Beijing time), never shifted into
 * the reader's time zone: "2 Feb 2025, 11:52 (UTC+8)" / "2025年2月2日 11:52(北京时间)".
 */
export function formatPublished(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm, zone] = m;
  const date = formatDate(`${y}-${mo}-${d}`, 'day', lang);
  if (!hh || !mm) return date;
  const beijing = zone === '+08:00';
  const zoneText = !zone
    ? ''
    : lang === 'zh'
      ? beijing
        ? '(北京时间)'
        : `(UTC${zone === 'Z' ? '' : zone})`
      : ` (UTC${zone === 'Z' ? '' : beijing ? '+8' : zone})`;
  return lang === 'en' ? `${date}, ${hh}:${mm}${zoneText}` : `${date} ${hh}:${mm}${zoneText}`;
}

/* ------------------------------------------------------------------
 * Charts (issue 19): the timeline and the amounts as pictures, the timeline's groups and its
 * one note on dating. A block of its own so it merges apart from the other strings.
 */

/** How a figure stands, from its tense and speaker (see amountStatus in components/amounts.ts). */
export type AmountStatus = 'planned' | 'earlier' | 'claimed' | 'reported';

export interface ChartStrings {
  /** A date the text only bounds: "about 20 Jan 2025" / "约2025年1月20日". */
  about: (date: string) => string;
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
  about: (date) => `约${date}`,
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
  about: (date) => `about ${date}`,
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

/** A timeline date as the list, the chart and the export write it: "before 20 Jan 2025" for a limit, "about …" where the text only bounds it. */
export function formatEntryDate(entry: Pick<TimelineEntry, 'date' | 'precision' | 'approximate' | 'before'>, lang: Lang): string {
  const date = formatDate(entry.date, entry.precision, lang);
  // A limit says what it is ("before 20 Jan 2025"); "about" is for a date the text only bounds loosely.
  if (entry.before) return t(lang).beforeDate(date);
  return entry.approximate ? chartT(lang).about(date) : date;
}

/** Days `[from, to)` as a range at day precision: "21–22 Jan 2025" / "2025年1月21日至22日". */
export function formatDayRange(span: DaySpan, lang: Lang): string {
  const [y1, m1, d1] = calendarDate(span.from);
  const [y2, m2, d2] = calendarDate(span.to - 1);
  const day = (y: number, m: number, d: number) =>
    formatDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'day', lang);
  if (span.to - span.from <= 1) return day(y1, m1, d1);
  if (lang === 'en') {
    if (y1 === y2 && m1 === m2) return `${d1}–${day(y2, m2, d2)}`;
    return y1 === y2 ? `${d1} ${EN_MONTHS[m1 - 1]} – ${day(y2, m2, d2)}` : `${day(y1, m1, d1)} – ${day(y2, m2, d2)}`;
  }
  if (y1 !== y2) return `${day(y1, m1, d1)}至${day(y2, m2, d2)}`;
  return `${day(y1, m1, d1)}至${m1 === m2 ? '' : `${m2}月`}${d2}日`;
}
