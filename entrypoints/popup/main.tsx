import { render } from 'preact';
// The popup shows facts, never the article text: it bundles the parsed copy without it.
import article from 'virtual:article-facts';
import { LANG_TAG, detectLang, t } from '@/utils/i18n';
import { App } from './App';
import './popup.css';

const lang = detectLang();
document.documentElement.lang = LANG_TAG[lang];
document.title = t(lang).appName;

const tabIdParam = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);

render(
  <App article={article} lang={lang} tabIdParam={Number.isInteger(tabIdParam) ? tabIdParam : null} />,
  document.getElementById('app')!,
);
