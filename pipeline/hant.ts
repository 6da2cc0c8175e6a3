/**
 * BUILD TIME ONLY (opencc-js, typescript; never bundled): Traditional Chinese for a browser in
 * zh-TW or zh-HK, converted from the Simplified wording, so nobody keeps a second copy of it.
 *
 * - `hantStringsPlugin`: in the UI strings modules (utils/i18n.ts, utils/share/strings.ts) every
 *   Chinese string literal becomes `zhVariant('简', '繁·台', '繁·港')` (utils/chinese-script.ts picks
 *   at run time), so a string someone adds there is covered with no further step.
 * - `renderingsDictionary`: the parsed copy's own Chinese wording (names, roles, what figures
 *   measure, events, how dates were worked out) in both Traditional variants; the article's words
 *   (title, quotes, aliases) stay as the article writes them.
 * - `localeMessages`: public/_locales/zh_TW and zh_HK from zh_CN (the manifest's strings).
 *
 * Taiwan takes OpenCC's phrase conversion (cn → twp: 链接 → 連結, 默认 → 預設), Hong Kong its
 * variant characters (cn → hk: 说 → 説); quotes become 「」. `TW_FIXES` undoes the Taiwan phrases
 * that read wrong in a news brief (OpenCC's phrase list is made for software). The article's own
 * words inside our wording (its names for people, what it is quoted as saying) change characters only.
 */
import * as OpenCC from 'opencc-js';
import ts from 'typescript';
import type { Plugin } from 'vite';
import type { ArticleFacts } from '../utils/article/schema';
import type { HantDictionary } from '../utils/article/hant';
import { zhRenderings } from '../utils/article/hant';

export type Traditional = 'tw' | 'hk';

/** Our own wording, in each place's vocabulary: Taiwan's phrases (cn → twp), Hong Kong's variants (cn → hk). */
const WORDING: Record<Traditional, (text: string) => string> = {
  tw: OpenCC.Converter({ from: 'cn', to: 'twp' }),
  hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
};
/** The article's words (names, what it is quoted as saying): the same words, in Traditional characters only. */
const CHARACTERS: Record<Traditional, (text: string) => string> = {
  tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
  hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
};

/**
 * Taiwan phrases from OpenCC's software vocabulary that are wrong in a news brief: 发布 (publish)
 * is 發布, not 釋出 (release a version); 支持 (back a person) is 支持, not 支援 (technical
 * support); a project in the news is a 計畫 (星際之門計畫), not an IT 專案; reporting is 報導;
 * building the extension is 建置. In order: the longer phrase first.
 */
const TW_FIXES: Array<[wrong: string, right: string]> = [
  ['釋出', '發布'],
  ['支援', '支持'],
  ['專案計劃', '項目計畫'],
  ['專案', '計畫'],
  ['報道', '報導'],
  ['構建', '建置'],
];

/** Traditional Chinese quotes: 「…」 and 『…』 (Taiwan and Hong Kong alike). */
const QUOTES: Array<[string, string]> = [
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` in Traditional Chinese for Taiwan or Hong Kong. Quoted words (“…”) and the `names` given
 * (the article's names for its actors: 奥巴马 stays 奧巴馬, not Taiwan's 歐巴馬) keep their words
 * and only change characters; the rest reads in the place's own vocabulary.
 */
export function toTraditional(text: string, variant: Traditional, names: readonly string[] = []): string {
  const kept = [...names].sort((a, b) => b.length - a.length).map(escape);
  const split = new RegExp(`(“[^”]*”|‘[^’]*’${kept.length ? `|${kept.join('|')}` : ''})`, 'u');
  let out = text
    .split(split)
    .map((part, i) => (i % 2 ? CHARACTERS[variant](part) : fixTaiwan(WORDING[variant](part), variant)))
    .join('');
  if (out === text) return text; // nothing Chinese to convert: quotes stay as they are
  for (const [simplified, traditional] of QUOTES) out = out.split(simplified).join(traditional);
  return out;
}

function fixTaiwan(text: string, variant: Traditional): string {
  if (variant !== 'tw') return text;
  let out = text;
  for (const [wrong, right] of TW_FIXES) out = out.split(wrong).join(right);
  return out;
}

const CJK = /[\u3400-\u9fff]/u;

/** Whether a literal is a name rather than a value: an object key, an import path, a type. */
function isNotAValue(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
  return false;
}

/**
 * `code` with every Chinese string literal and template wrapped as `helper(hans, tw, hk)`, or null
 * when nothing changes. A template is converted as written, `${…}` included (identifiers are ASCII).
 */
export function convertLiterals(code: string, fileName: string, helper: string): string | null {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
    if (literal && !isNotAValue(node)) {
      const hans = node.getText(source);
      if (!CJK.test(hans)) return;
      const tw = toTraditional(hans, 'tw');
      const hk = toTraditional(hans, 'hk');
      if (tw !== hans || hk !== hans)
        edits.push({ start: node.getStart(source), end: node.getEnd(), text: `${helper}(${hans}, ${tw}, ${hk})` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return null;
  let out = code;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Modules whose Chinese literals are UI wording (the only ones: detection and comparison match the article's own characters). */
export const UI_STRINGS_MODULES = ['utils/i18n.ts', 'utils/i18n-details.ts', 'utils/share/strings.ts'];

export function hantStringsPlugin(root: string, modules: readonly string[] = UI_STRINGS_MODULES): Plugin {
  const files = new Set(modules.map((m) => `${root}/${m}`));
  const helper = '__zhVariant';
  return {
    name: 'stargate-brief:hant-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!files.has(id.split('?')[0]!)) return undefined;
      const converted = convertLiterals(code, id, helper);
      if (converted === null) return undefined;
      return { code: `import { zhVariant as ${helper} } from '@/utils/chinese-script';\n${converted}`, map: null };
    },
  };
}

/** Every rendering of the parsed copy that Traditional writes differently: Simplified → [Taiwan, Hong Kong]. */
export function renderingsDictionary(facts: Pick<ArticleFacts, 'actors' | 'figures' | 'timeline' | 'source'>): HantDictionary {
  const dictionary: HantDictionary = {};
  // The article's own words inside our wording: its names for people, and the roles it gives them (软银首席执行官).
  const names = facts.actors.flatMap((a) => [a.name.zh, ...a.aliases, ...(a.role ? [a.role.zh] : [])]);
  for (const hans of zhRenderings(facts)) {
    const tw = toTraditional(hans, 'tw', names);
    const hk = toTraditional(hans, 'hk', names);
    if (tw !== hans || hk !== hans) dictionary[hans] = [tw, hk];
  }
  return dictionary;
}

type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

/** The manifest's zh_CN messages in one Traditional variant (placeholders and descriptions as they are). */
export function localeMessages(zhCN: Messages, variant: Traditional): Messages {
  return Object.fromEntries(Object.entries(zhCN).map(([key, m]) => [key, { ...m, message: toTraditional(m.message, variant) }]));
}
