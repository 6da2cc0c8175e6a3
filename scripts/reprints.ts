/**
 * `tsx scripts/reprints.ts`: builds the real-template reprints in tests/pages/ — the article put
 * into real pages of Mozilla Readability's corpus (tests/pages/readability/, Apache-2.0), each in
 * that page's own markup (its article container, paragraph, picture/caption and byline elements),
 * with the noise written as such hosts write it — plus a BBS-style repost. Each page is the
 * original byte for byte outside the parts replaced here; written Brotli-compressed (`.html.br`,
 * which the rig serves as `.html`). Deterministic: `--check` fails when a committed page differs.
 *
 * | page | host it is served on | template | what it exercises |
 * | --- | --- | --- | --- |
 * | qq | new.qq.com/rain/a/20250202A0SGBQ00.html | qq (Tencent) | full; captions as `<p align=center>` + credit span beside; counter split over spans beside 举报; author card name in the side column, 简介 further down |
 * | gmw | www.sohu.com/a/812345690_125.html | gmw (光明网) | partial (first 8 paragraphs); 相关新闻 list and an ad block between paragraphs; counter `0 阅读:141 | 责任编辑 | 纠错` in one text node; caption as a plain line with `图片来源` |
 * | youth | baijiahao.baidu.com/s-sgb-youth.html | youth (中国青年网) | full; `<br>` inside sentences; captions as plain `<p>` lines in full-width; counter in the byline; card name + 关注 + 简介 in one box |
 * | pixnet | k.sina.com.cn/article_sgb_pixnet.html | pixnet (痞客邦, Traditional) | full, in Traditional script; `<section>`/`<span>` soup (WeChat-like); captions split over two spans |
 * | bbs | www.toutiao.com/article/sgb-bbs.html | Discuz!-style BBS | one post: full-width punctuation, `<br>` every 34 characters, captions, author and counter as lines |
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { ParsedArticle } from '../utils/article/schema';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const article = JSON.parse(readFileSync(join(REPO_ROOT, 'assets/article.parsed.json'), 'utf8')) as ParsedArticle;
const PAGES = join(REPO_ROOT, 'tests/pages');
const source = (name: string) => brotliDecompressSync(readFileSync(join(PAGES, 'readability', `${name}.html.br`))).toString('utf8');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slice = (b: { start: number; end: number }) => article.text.slice(b.start, b.end);
const TITLE = slice(article.blocks.find((b) => b.kind === 'title')!);
const AUTHOR = article.author;
const COUNTER = ['0', '阅读:141'];
const BIO = '简介:环球大侦探,深挖国际小秘密';
/** The article's paragraphs and captions in page order. */
const BODY = article.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'caption').map((b) => ({ kind: b.kind, text: slice(b) }));

/** Replaces the content of the element whose opening tag is `open` (matched by tag depth). */
function replaceContent(html: string, open: string, inner: string): string {
  const at = html.indexOf(open);
  if (at < 0) throw new Error(`not found: ${open}`);
  const tag = /^<(\w+)/.exec(open)![1]!;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = at + open.length;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, at + open.length) + inner + html.slice(m.index);
  }
  throw new Error(`unclosed: ${open}`);
}
function replaceOnce(html: string, from: string | RegExp, to: string): string {
  const out = html.replace(from, () => to);
  if (out === html) throw new Error(`not found: ${String(from)}`);
  return out;
}
const retitle = (html: string, oldTitle: RegExp, suffix: string) => replaceOnce(html, oldTitle, `<title>${esc(TITLE)}${suffix}</title>`);

/** Full-width punctuation, as BBS reposts and many mobile pages write it. */
const fullWidth = (s: string) =>
  s
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/\?/g, '？')
    .replace(/!/g, '！')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/;/g, '；');

function qq(): string {
  let html = source('qq');
  html = retitle(html, /<title>[^<]*<\/title>/, '_科技_腾讯网');
  html = replaceOnce(html, /<h1>[^<]*<\/h1>/, `<h1>${esc(TITLE)}</h1>`);
  html = replaceOnce(
    html,
    '<span class="where" bosszone="jgname">TNW中文站</span>',
    `<span class="where" bosszone="jgname">${AUTHOR}</span>`,
  );
  html = replaceOnce(html, '<span class="pubTime">2016年10月14日07:17</span>', '<span class="pubTime">2025年02月02日11:52</span>');
  const body = BODY.map((b) =>
    b.kind === 'caption'
      ? `<p align="center"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>\n<p align="center" class="pictext"><span>${esc(b.text)}</span>\u3000<span class="pic-src">图片来源：视觉中国</span></p>\n`
      : `<p style="TEXT-INDENT: 2em">${esc(b.text)}</p>\n`,
  ).join('');
  const tools = `<div class="qq_articleFt"><span class="a_read">${COUNTER[0]}</span> <span class="a_read_num">${COUNTER[1]}</span><span class="a_report"><a href="#">举报</a></span><span class="a_like"><a href="#">点赞</a></span></div>\n`;
  const card = `<div class="qq_authorBox"><div class="author-pic"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div><div class="author-name"><a href="#">${AUTHOR}</a></div><a class="author-follow" href="#">关注</a><div class="author-stat"><span>粉丝</span><em>1.2万</em></div></div>\n<div class="qq_authorDesc"><p>${esc(BIO)}</p></div>\n`;
  html = replaceContent(html, '<div id="Cnt-Main-Article-QQ" bosszone="content" style="position: relative;">', `\n${body}${tools}${card}`);
  return html;
}

function gmw(): string {
  let html = source('gmw');
  html = retitle(html, /<title>[^<]*_光明网<\/title>/, ' _国际 _光明网');
  html = replaceOnce(html, /<h1 id="articleTitle">[^<]*<\/h1>/, `<h1 id="articleTitle">${esc(TITLE)}</h1>`);
  const paragraphs = BODY.filter((b) => b.kind === 'paragraph').slice(0, 8);
  const parts: string[] = [];
  let p = 0;
  for (const b of BODY) {
    if (b.kind === 'paragraph') {
      if (p >= paragraphs.length) break;
      parts.push(`<p>\u3000\u3000${esc(b.text)}</p>\n`);
      p++;
      if (p === 2)
        parts.push(
          `<div class="related"><h3>相关新闻</h3><ul><li><a href="#">美国多地遭遇暴风雪袭击 数十万户停电</a></li><li><a href="#">欧洲央行宣布降息25个基点</a></li><li><a href="#">日本首相就预算案接受国会质询</a></li></ul></div>\n`,
        );
      if (p === 5) parts.push(`<div class="gmw-ad"><a href="#">光明网客户端 随时随地看新闻 立即下载</a></div>\n`);
    } else
      parts.push(
        `<p style="text-align:center"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>\n<p style="text-align:center">${esc(b.text)} 图片来源：视觉中国</p>\n`,
      );
  }
  parts.push(`<p class="m-editor">${COUNTER.join(' ')} | 责任编辑：小周 | <a href="#">纠错</a></p>\n`);
  html = replaceContent(html, '<div id="contentMain">', `\n${parts.join('')}`);
  return html;
}

function youth(): string {
  let html = source('youth');
  html = retitle(html, /<title>[^<]*<\/title>/, '_国际频道_中国青年网');
  html = replaceOnce(
    html,
    /来源：\s*<a href="http:\/\/lx\.huanqiu\.com[^"]*">人民日报海外版<\/a>/,
    `来源：${AUTHOR} 2025-02-02 11:52 ${COUNTER.join(' ')}`,
  );
  const body = BODY.map((b) => {
    if (b.kind === 'caption') return `<p style="text-align: center;">${esc(fullWidth(b.text))}</p>\n`;
    // A <br> inside a sentence, as editors paste text.
    const t = fullWidth(b.text);
    const cut = t.indexOf('，', 20);
    return cut > 0 ? `<p>\u3000\u3000${esc(t.slice(0, cut + 1))}<br>${esc(t.slice(cut + 1))}</p>\n` : `<p>\u3000\u3000${esc(t)}</p>\n`;
  }).join('');
  const card = `<div class="author-box"><span class="author-name">${AUTHOR}</span><a class="follow" href="#">关注</a><p class="author-intro">${esc(fullWidth(BIO))}</p></div>\n`;
  html = replaceContent(html, '<div id="content">', `\n${body}${card}`);
  return html;
}

function pixnet(): string {
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
  let html = source('pixnet');
  html = retitle(html, /<title>[^<]*<\/title>/, ' @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::');
  html = replaceOnce(html, /(<h2><a href="http:\/\/stevenhgm\.pixnet\.net\/blog\/post\/39926056[^"]*">)[^<]*/, `$1${esc(toTrad(TITLE))}`);
  const body = BODY.map((b) => {
    const t = toTrad(b.text);
    if (b.kind === 'caption') {
      const [words, mark] = [t.replace(/\(資料圖\)$/, ''), '(資料圖)'];
      return `<section><p style="text-align: center;"><span style="font-size: 12px;"><span style="color: #888888;">${esc(words)}</span><span style="color: #888888;">${mark}</span></span></p></section>\n`;
    }
    return `<section><p><span><span style="font-size: 16px;">${esc(t)}</span></span> </p></section>\n`;
  }).join('');
  const tail = `<section><p><span>${COUNTER[0]}</span> <span>閱讀:141</span> <span class="share">分享</span> <span class="fav">收藏</span></p></section>\n<div class="author-card"><div class="nick">${toTrad(AUTHOR)}</div><div class="intro">${esc(toTrad(BIO))}</div></div>\n`;
  html = replaceContent(html, '<div class="article-content-inner" id="article-content-inner">', `\n${body}${tail}`);
  return html;
}

/** Hard-wraps a paragraph every `width` characters with <br>, as BBS clients and old mail did. */
const hardWrap = (s: string, width = 34) => (s.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []).map(esc).join('<br />\n');

function bbs(): string {
  const post = [
    `【转帖】${esc(fullWidth(TITLE))}<br />\n<br />\n`,
    `${AUTHOR}\u30002025-02-02 11:52:00<br />\n<br />\n`,
    ...BODY.map((b) =>
      b.kind === 'caption' ? `${esc(fullWidth(b.text))}<br />\n<br />\n` : `${hardWrap(fullWidth(b.text))}<br />\n<br />\n`,
    ),
    `${COUNTER.join(' ')}<br />\n<br />\n${AUTHOR}<br />\n<br />\n${esc(fullWidth(BIO))}<br />\n`,
  ].join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【转帖】${esc(TITLE)} - 国际观察 - 天涯社区论坛 - Powered by Discuz!</title>
<style>
body{font:12px/1.6 Tahoma,"Microsoft YaHei",sans-serif;background:#e8eef6;margin:0}
#wp{width:960px;margin:0 auto;background:#fff}#hd{background:#2b6cb3;color:#fff;padding:10px 16px;font-size:18px}
#nv a{color:#fff;margin-right:14px}.pls{width:160px;background:#e5edf2;vertical-align:top;padding:10px;border-right:1px solid #c2d5e3}
.plc{vertical-align:top;padding:10px 20px}.t_f{font-size:14px;line-height:1.8}.pi{border-bottom:1px dashed #ccc;color:#999;margin-bottom:10px}
.po{border-top:1px dashed #ccc;padding-top:6px}.po a{margin-right:12px;color:#369}table.plhin{width:100%;border-collapse:collapse}
</style>
</head>
<body>
<div id="wp">
<div id="hd">天涯社区 <span id="nv"><a href="#">首页</a><a href="#">论坛</a><a href="#">国际观察</a><a href="#">搜索</a></span></div>
<div id="pt" class="bm"><a href="#">论坛</a> › <a href="#">国际观察</a> › 【转帖】${esc(TITLE)}</div>
<div id="postlist">
<table class="plhin" id="pid1001"><tr>
<td class="pls"><div class="authi"><a class="xw1" href="#">老王看世界</a></div><p>帖子 3210</p><p>积分 8848</p></td>
<td class="plc"><div class="pi"><em>发表于 2025-02-03 08:15</em> | <a href="#">只看该作者</a> <strong>楼主</strong></div>
<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1001">
${post}</td></tr></table></div></div>
<div class="po"><a href="#">回复</a><a href="#">引用</a><a href="#">举报</a><a href="#">分享</a></div></td>
</tr></table>
<table class="plhin" id="pid1002"><tr>
<td class="pls"><div class="authi"><a class="xw1" href="#">路过的猫</a></div><p>帖子 12</p></td>
<td class="plc"><div class="pi"><em>发表于 2025-02-03 09:02</em> <strong>沙发</strong></div>
<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1002">
谢谢楼主分享，马后炮一句：这种事情还得看后续怎么发展。<br />
</td></tr></table></div></div>
<div class="po"><a href="#">回复</a><a href="#">举报</a></div></td>
</tr></table>
</div>
</div>
</body>
</html>
`;
}

/** Where each reprint lives under tests/pages (its URL path on the mapped host). */
export const REPRINTS = {
  qq: { host: 'new.qq.com', path: '/rain/a/20250202A0SGBQ00.html', build: qq, full: true },
  gmw: { host: 'www.sohu.com', path: '/a/812345690_125.html', build: gmw, full: false },
  youth: { host: 'baijiahao.baidu.com', path: '/s-sgb-youth.html', build: youth, full: true },
  pixnet: { host: 'k.sina.com.cn', path: '/article_sgb_pixnet.html', build: pixnet, full: true },
  bbs: { host: 'www.toutiao.com', path: '/article/sgb-bbs.html', build: bbs, full: true },
} as const;

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, r] of Object.entries(REPRINTS)) {
    const file = join(PAGES, `${r.path}.br`);
    const html = r.build();
    if (check) {
      const same = existsSync(file) && brotliDecompressSync(readFileSync(file)).toString('utf8') === html;
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${name} ${file}`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    const data = Buffer.from(html, 'utf8');
    writeFileSync(
      file,
      brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    );
    console.log(`${name}: https://${r.host}${r.path} (${(data.length / 1024).toFixed(0)} KB, ${file})`);
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && /reprints\.ts$/.test(process.argv[1])) main();
