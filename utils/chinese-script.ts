/**
 * Which Chinese script the UI writes: Simplified, or Traditional as Taiwan or Hong Kong writes it
 * (a browser in zh-TW / zh-HK). The Traditional wording is made at build time (pipeline/hant.ts):
 * every Chinese string of the UI strings modules becomes `zhVariant(简, 繁·台, 繁·港)`, which picks
 * by this script, and the parsed copy's own wording is converted the same way (utils/article/hant.ts).
 */
import { browser } from 'wxt/browser';

export type ChineseScript = 'hans' | 'tw' | 'hk';

/** zh-TW, zh-Hant → Taiwan; zh-HK, zh-MO → Hong Kong; other Chinese → Simplified; not Chinese → null. */
export function scriptOfTag(tag: string | null | undefined): ChineseScript | null {
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-');
  if (!t.startsWith('zh')) return null;
  if (/-(hk|mo)\b/.test(t)) return 'hk';
  if (/-(tw|hant)\b/.test(t)) return 'tw';
  return 'hans';
}

/** The browser's UI language (the unit tests' fake browser, and old engines, have none: navigator's). */
export function browserUILanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}

/**
 * The script for `?lang=` where given (only on the extension's own pages: a host page's URL never
 * chooses), else for the browser's UI language.
 */
export function detectScript(search: string | null, uiLanguage: string): ChineseScript {
  const fromUrl = search === null ? null : new URLSearchParams(search).get('lang');
  if (fromUrl) return scriptOfTag(fromUrl) ?? 'hans';
  return scriptOfTag(uiLanguage) ?? 'hans';
}

let current: ChineseScript | undefined;

/** This context's script, decided once (module-level strings are made when their module loads). */
export function chineseScript(): ChineseScript {
  if (current) return current;
  const ownPage = typeof location !== 'undefined' && /-extension:$/.test(location.protocol);
  current = detectScript(ownPage ? location.search : null, browserUILanguage());
  return current;
}

/** The wording in this context's script; the build writes every call (pipeline/hant.ts). */
export function zhVariant(hans: string, tw: string, hk: string): string {
  const script = chineseScript();
  return script === 'tw' ? tw : script === 'hk' ? hk : hans;
}

/** The BCP 47 tag of the Chinese the UI writes, for `lang` attributes. */
export function chineseTag(): string {
  return { hans: 'zh-CN', tw: 'zh-TW', hk: 'zh-HK' }[chineseScript()];
}
