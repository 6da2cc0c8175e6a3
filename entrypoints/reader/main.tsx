import { render } from 'preact';
import { article } from '@/utils/article/data';
import { LANG_TAG, detectLang, t } from '@/utils/i18n';
import { Reader } from './Reader';
import './reader.css';

const lang = detectLang();
// The page chrome speaks the UI language; the article column carries its own lang="zh-CN".
document.documentElement.lang = LANG_TAG[lang];
document.title = t(lang).readerTitle;

render(<Reader article={article} lang={lang} />, document.getElementById('app')!);
