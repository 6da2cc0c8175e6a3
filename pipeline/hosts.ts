/**
 * Where the always-on detector runs: the article pages of the big Chinese self-media platforms,
 * where this piece and its reprints are syndicated. This is the one list; the manifest's
 * `content_scripts.matches` and the tests read it from here. Detection itself is by text, never
 * by URL: a match pattern only decides where we look without being asked.
 */
export const ARTICLE_HOST_PATTERNS = [
  'https://www.163.com/dy/article/*', // NetEase 网易号
  'https://m.163.com/dy/article/*',
  'https://www.sohu.com/a/*', // Sohu 搜狐号
  'https://m.sohu.com/a/*',
  'https://baijiahao.baidu.com/s*', // Baidu 百家号
  'https://new.qq.com/rain/a/*', // Tencent 新闻
  'https://news.qq.com/rain/a/*',
  'https://www.toutiao.com/article/*', // Toutiao 头条号
  'https://k.sina.com.cn/article_*', // Sina 看点
  'https://k.sina.cn/article_*',
] as const;

/** The host the demo page and the end-to-end tests map to 127.0.0.1 (never widens `matches`). */
export const DEMO_HOST = 'www.163.com';
export const DEMO_ARTICLE_PATH = '/dy/article/JN5QSTARGATE0553.html';
