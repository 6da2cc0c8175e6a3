import { render } from 'preact';
// The first screen reads only its own facts; the rest of the copy comes with the lazy sections.
import glance from 'virtual:article-glance';
import { LANG_TAG, detectLang, t } from '@/utils/i18n';
import { App } from './App';
import { knownTab } from './boot';
import './popup.css';

const lang = detectLang();
document.documentElement.lang = LANG_TAG[lang];
document.title = t(lang).appName;

const param = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
const tabIdParam = Number.isInteger(param) ? param : null;

// The background is asked before the first render, so the first paint shows the verdict it holds.
void knownTab(tabIdParam).then((known) =>
  render(<App article={glance} lang={lang} tabIdParam={tabIdParam} known={known} />, document.getElementById('app')!),
);
