/**
 * The one template of the NetEase-style test pages under tests/pages/dy/article/ (a compact
 * copy of how 网易号 lays out an article: navigation, title, byline, body with picture captions,
 * read counter, author card, side list, footer). Each page fills its slots; everything else is
 * the template's, so the pages differ only where a variation says so (scripts/pages/variations.ts).
 */

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HEAD = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">`;

const STYLE = `<style>
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#252525;background:#fff}
a{color:#252525;text-decoration:none}.ne_wrap{background:#fff;border-bottom:1px solid #e5e5e5}.N-nav-channel{max-width:1200px;margin:0 auto;padding:10px 0;font-size:14px}
.N-nav-channel a{margin-right:18px}.container{max-width:1200px;margin:0 auto;display:flex;gap:40px;padding:24px 0}.post_main{flex:1;max-width:680px}
.post_title{font-size:28px;line-height:1.4;margin:0 0 12px}.post_info{color:#888;font-size:14px;margin-bottom:24px}.post_body p{margin:0 0 26px;text-indent:2em}
.post_body p.f_center{text-indent:0;text-align:center;color:#666;font-size:14px}.post_body img{max-width:100%;display:block;margin:0 auto}
.post_statement{color:#999;font-size:13px;margin:20px 0}.author_card{display:flex;align-items:center;gap:12px;border:1px solid #eee;padding:12px;border-radius:6px}
.author_card .avatar{width:48px;height:48px;border-radius:50%}.author_name{font-weight:bold}.author_intro{margin:0;color:#888;font-size:13px}
.follow{margin-left:auto;color:#d33;border:1px solid #d33;border-radius:14px;padding:2px 12px;font-size:13px}.post_side{width:300px;font-size:14px}
.post_side h3{border-left:4px solid #d33;padding-left:8px;font-size:16px}.post_side li{margin:8px 0}.N-footer{color:#999;font-size:12px;text-align:center;padding:30px 0;border-top:1px solid #eee}
</style>`;

const NAV = `<div class="ne_wrap"><div class="N-nav-channel"><a href="#">网易首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">科技</a><a href="#">手机</a><a href="#">数码</a></div></div>`;

export const SIDE = `<div class="post_side"><h3>热点新闻</h3><ul><li><a href="#">多地发布寒潮预警 中东部将迎大范围降温</a></li><li><a href="#">春运返程客流高峰到来 铁路加开夜间列车</a></li><li><a href="#">国际油价周五收跌 布伦特原油跌1.2%</a></li><li><a href="#">新能源汽车1月销量同比增长三成</a></li></ul></div>`;

const FOOTER =
  '<div class="N-footer">网易公司版权所有 ©1997-2025\u3000|\u3000不良信息举报\u3000|\u3000网易号内容由作者发布，不代表网易立场</div>';

const AVATAR =
  'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%2248%22%20height%3D%2248%22%3E%3Ccircle%20cx%3D%2224%22%20cy%3D%2224%22%20r%3D%2224%22%20fill%3D%22%23c9d6e3%22%2F%3E%3C%2Fsvg%3E';

/** A picture placeholder (a flat colour) with the hue `hue`. */
export const picture = (hue: number) =>
  `<p class="f_center"><img src="data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%22640%22%20height%3D%22360%22%3E%3Crect%20width%3D%22640%22%20height%3D%22360%22%20fill%3D%22hsl(${hue}%2C30%25%2C80%25)%22%2F%3E%3C%2Fsvg%3E" alt=""></p>`;

/** The author card; `noise` marks the element the noise finder must hide (tests read it). */
export const authorCard = (name: string, intro: string, noise = true) =>
  `<div class="author_card"><img class="avatar" src="${AVATAR}" alt=""><div class="author_info"${noise ? ' data-expect-noise="author"' : ''}><a class="author_name" href="#">${esc(name)}</a><p class="author_intro">${esc(intro)}</p></div><a class="follow" href="#">+ 关注</a></div>`;

export interface Slots {
  /** What the page is for, in a comment at the top of its head. */
  note?: string;
  /** The document title (the site's suffix is added). */
  title: string;
  /** The main column: title, byline and body (see `articleMain`), or anything else (a list page). */
  main: string;
  /** Between the side list and the footer (a comment box, a ticker). */
  afterSide?: string;
  /** After the footer (templates, scripts). */
  tail?: string;
}

export function netease({ note, title, main, afterSide, tail }: Slots): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    ...(note ? [`<!-- Stargate Brief test page: ${note} -->`] : []),
    HEAD,
    `<title>${esc(title)}_网易订阅</title>`,
    STYLE,
    '</head>',
    '<body>',
    NAV,
    '<div class="container">',
    '<div class="post_main">',
    main,
    '</div>',
    SIDE,
    '</div>',
    ...(afterSide ? [afterSide] : []),
    FOOTER,
    ...(tail ? [tail] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface Article {
  heading: string;
  /** The byline: time and source, as the site writes it. */
  info: string;
  /** The body's lines, each a `<p>` (see `bodyLines`). */
  body: string[];
  /** The read counter's text, or null for none; `counterNoise: false` for a page the noise finder must leave alone. */
  counter: string | null;
  counterNoise?: boolean;
  /** The author card, or '' for none. */
  card: string;
}

/** Title, byline, body, read counter and author card: the main column of an article page. */
export function articleMain({ heading, info, body, counter, counterNoise = true, card }: Article): string {
  return [
    `<h1 class="post_title">${esc(heading)}</h1>`,
    `<div class="post_info">${esc(info)} <span class="post_info_ip">IP属地：北京</span></div>`,
    '<div class="post_body" id="content">',
    ...body,
    '</div>',
    counter === null
      ? ''
      : `<div class="post_statement"><span class="read"${counterNoise ? ' data-expect-noise="counter"' : ''}>${esc(counter)}</span></div>`,
    '<div class="post_footer">',
    card,
    '</div>',
  ].join('\n');
}
