/**
 * UI strings in Simplified Chinese and English, and the formatters that turn the parsed copy's
 * numbers and dates into text in the UI language. A browser in zh-TW or zh-HK reads the Chinese in
 * Traditional: the build converts every Chinese string in this file (pipeline/hant.ts), so a string
 * added here needs no Traditional twin.
 *
 * The UI language follows the browser (zh* → zh, anything else → en); `?lang=zh|en` in the page
 * URL overrides it so screenshots and tests can pin a language. Every formatter is pure and does
 * exact decimal arithmetic on digit strings, so 2.7亿 never turns into 2.7000000000000002.
 */
import type { Figure, FigureUnit, Precision, TimelineEntry } from '@/utils/article/schema';
import type { DaySpan } from '@/utils/article/when';
import { calendarDate } from '@/utils/article/when';
import { browserUILanguage, chineseTag } from '@/utils/chinese-script';

export type Lang = 'zh' | 'en';

/**
 * BCP 47 tags for the `lang` attribute: screen readers pick their voice, browsers their font. The
 * UI's Chinese is Simplified, or Traditional in a zh-TW / zh-HK browser (utils/chinese-script.ts);
 * the article's own words stay `zh-CN` wherever they are quoted.
 */
export const LANG_TAG: Record<Lang, string> = { zh: chineseTag(), en: 'en' };

export function langFromTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const t = tag.toLowerCase();
  if (t.startsWith('zh')) return 'zh';
  if (t.startsWith('en')) return 'en';
  return null;
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
  /** The toolbar icon's title around the status line, with what a click does. */
  actionTitle: (app: string, line: string, hint: string) => string;
  clickForSummary: string;
  clickForChanges: string;
  clickToCheck: string;
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
  /** A date the text only bounds: "about 20 Jan 2025" / "约2025年1月20日". */
  aboutDate: (date: string) => string;
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
  overlayToLeft: string;
  overlayToRight: string;
  collapseOverlay: string;
  expandOverlay: string;
  /* The story at a glance (first screen, clear labels, about this brief). */
  keyPointsHeading: string;
  originalPublished: string;
  statusSeparator: string;
  statusWhole: string;
  statusPart: (percent: number) => string;
  noFactsChanged: string;
  factsChanged: (n: number) => string;
  shareMenu: string;
  copyLinkShort: string;
  says: string;
  partLabel: string;
  aboutReadOriginal: string;
  aboutThisPage: string;
  overlayClose: string;
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
  actionTitle: (app, line, hint) => `${app}:${line}(${hint})`,
  clickForSummary: '点击查看摘要',
  clickForChanges: '点击查看改动',
  clickToCheck: '点击检查本页或阅读内置副本',
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
  aboutDate: (date) => `约${date}`,
  nameBasis: '名字依据',
  howDated: '日期依据',
  showInText: '定位原文',
  openOverlay: '在页面上显示完整简报',
  closeOverlay: '关闭页面上的简报',
  noiseSwitch: '隐藏“资料图”图片说明',
  noiseSwitchHint: '同时隐藏阅读数和作者卡片。',
  notHereBody: '摘要来自内置副本。',
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
  copyLink: '复制链接(指向这句话)',
  changesHeading: '此版本的改动',
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
  overlayToLeft: '停靠左侧',
  overlayToRight: '停靠右侧',
  collapseOverlay: '收起',
  expandOverlay: '展开星际之门简报',
  /* The story at a glance (first screen, clear labels, about this brief). */
  keyPointsHeading: '要点',
  originalPublished: '原文发布于',
  statusSeparator: ' — ',
  statusWhole: '全文',
  statusPart: (p) => `部分内容(约${p}%)`,
  noFactsChanged: '事实没有改动',
  factsChanged: (n) => `${n} 处事实改动`,
  shareMenu: '分享',
  copyLinkShort: '复制链接',
  says: '称',
  partLabel: '在文中',
  aboutReadOriginal: '阅读原文全文(内置副本)',
  aboutThisPage: '原文就在本页',
  overlayClose: '关闭',
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
  actionTitle: (app, line, hint) => `${app}: ${line} (${hint})`,
  clickForSummary: 'click for the summary',
  clickForChanges: 'click to see which',
  clickToCheck: 'click to check this page or read the bundled copy',
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
  aboutDate: (date) => `about ${date}`,
  nameBasis: 'About this name',
  howDated: 'How this was dated',
  showInText: 'Show in article',
  openOverlay: 'Show the full brief on the page',
  closeOverlay: 'Close the brief on the page',
  noiseSwitch: 'Hide file-photo captions (资料图)',
  noiseSwitchHint: 'Also hides the read counter and the author card.',
  notHereBody: 'This summary is from the bundled copy.',
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
  overlayToLeft: 'Dock left',
  overlayToRight: 'Dock right',
  collapseOverlay: 'Fold to edge',
  expandOverlay: 'Unfold Stargate Brief',
  /* The story at a glance (first screen, clear labels, about this brief). */
  keyPointsHeading: 'Key points',
  originalPublished: 'Original published',
  statusSeparator: ' — ',
  statusWhole: 'The whole article',
  statusPart: (p) => `Part of the article (about ${p}%)`,
  noFactsChanged: 'no facts changed',
  factsChanged: (n) => (n === 1 ? '1 fact changed' : `${n} facts changed`),
  shareMenu: 'Share',
  copyLinkShort: 'Copy link',
  says: 'Says',
  partLabel: 'In the story',
  aboutReadOriginal: 'Read the original text (bundled copy)',
  aboutThisPage: 'The original is on this page',
  overlayClose: 'Close',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
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

/** A timeline date as the list, the chart and the export write it: "before 20 Jan 2025" for a limit, "about …" where the text only bounds it. */
export function formatEntryDate(entry: Pick<TimelineEntry, 'date' | 'precision' | 'approximate' | 'before'>, lang: Lang): string {
  const date = formatDate(entry.date, entry.precision, lang);
  // A limit says what it is ("before 20 Jan 2025"); "about" is for a date the text only bounds loosely.
  if (entry.before) return t(lang).beforeDate(date);
  return entry.approximate ? t(lang).aboutDate(date) : date;
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
