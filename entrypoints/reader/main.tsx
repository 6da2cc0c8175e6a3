import { render } from 'preact';
import { article } from '@/utils/article/data';
import hant from 'virtual:article-hant';
import { localiseFacts } from '@/utils/article/hant';
import { chineseScript } from '@/utils/chinese-script';
import { LANG_TAG, detectLang, t } from '@/utils/i18n';
import { Reader } from './Reader';
import './reader.css';

const lang = detectLang();
// The page chrome speaks the UI language; the article column carries its own lang="zh-CN".
document.documentElement.lang = LANG_TAG[lang];
document.title = t(lang).readerTitle;

// In a zh-TW / zh-HK browser the copy's own wording reads in Traditional (the article's words stay as written).
const facts = lang === 'zh' ? localiseFacts(article, hant, chineseScript()) : article;
render(<Reader article={facts} lang={lang} />, document.getElementById('app')!);
