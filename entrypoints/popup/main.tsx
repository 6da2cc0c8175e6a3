import { render } from 'preact';
// The first screen reads only its own facts; the rest of the copy comes with the lazy sections.
import glance from 'virtual:article-glance';
import { LANG_TAG, detectLang, t } from '@/utils/i18n';
import { chineseScript } from '@/utils/chinese-script';
import { App } from './App';
import { knownTab } from './boot';
import { applyScrollbarGutter } from './gutter';
import './popup.css';

const lang = detectLang();
document.documentElement.lang = LANG_TAG[lang];
document.title = t(lang).appName;
applyScrollbarGutter();

const param = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
const tabIdParam = Number.isInteger(param) ? param : null;
// Traditional Chinese (a browser in zh-TW / zh-HK): the copy's own wording, converted at build time, loads only here.
const hant = lang === 'zh' && chineseScript() !== 'hans' ? import('virtual:article-hant').then((m) => m.default) : Promise.resolve(null);

// The background is asked before the first render, so the first paint shows the verdict it holds.
void Promise.all([knownTab(tabIdParam), hant]).then(([known, dictionary]) =>
  render(<App article={glance} lang={lang} tabIdParam={tabIdParam} known={known} hant={dictionary} />, document.getElementById('app')!),
);
