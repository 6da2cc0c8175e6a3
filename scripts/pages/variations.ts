/**
 * Every page under tests/pages/dy/article/ except the demo page, as the template
 * (scripts/pages/template.ts) plus what differs: edits of the article's words (find → replace, in
 * the article's own text, applied before the page is laid out), the script, the layout.
 *
 * Two families:
 *  - the pages the other tests use (full and Traditional reprints, a changed figure, name or date,
 *    the article twice, late content, an in-page navigation, a hostile page, look-alikes);
 *  - the edited copies of the changed-facts check: faithful ones, whose editor touched only the
 *    words around the facts (never a change), and altered ones, one or two real changes among such
 *    rewordings (exactly those changes). `changes` is what the popup must list, in its order.
 */
import * as OpenCC from 'opencc-js';
import type { ParsedArticle } from '../../utils/article/schema';
import { IDIOMS } from './edits';
import { articleMain, authorCard, esc, picture, type Slots } from './template';

export interface Variation {
  name: string;
  /** faithful / altered: an edited copy of the changed-facts check; other: a page other tests use. */
  family: 'faithful' | 'altered' | 'other';
  /** The edits of the article's words, in the article's own text (find must occur in it). */
  edits: readonly (readonly [string, string])[];
  /** The script the page writes the article in. */
  script: 'simplified' | 'traditional';
  /** What the popup lists for an altered copy: [article's words, page's words, places]. */
  changes?: readonly (readonly [string, string, number])[];
  slots: (text: EditedText, article: ParsedArticle) => Slots;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const HUES = [74, 185, 296, 444, 555];
const BIO = '简介:环球大侦探,深挖国际小秘密';
const INFO = '2025-02-03 09:12:40　来源: 千金不及冰淇淋';

/** The article's text with a page's edits, split into its blocks again (every block boundary is a blank line). */
export interface EditedText {
  title: string;
  /** Body paragraphs and captions, in page order. */
  blocks: { kind: 'paragraph' | 'caption'; text: string }[];
  author: string;
}

export function editedText(article: ParsedArticle, edits: Variation['edits'], script: 'simplified' | 'traditional'): EditedText {
  let text = article.text;
  for (const [find, replace] of edits) {
    const at = text.indexOf(find);
    if (at < 0 || find === replace) throw new Error(`edit not in the article: ${find}`);
    text = text.slice(0, at) + replace + text.slice(at + find.length);
  }
  if (script === 'traditional') text = toTraditional(text);
  const parts = text.split('\n\n');
  if (parts.length !== article.blocks.length) throw new Error('an edit crossed a block boundary');
  const kinds = article.blocks.map((b) => b.kind);
  return {
    title: parts[kinds.indexOf('title')]!,
    blocks: parts.flatMap((t, i) =>
      kinds[i] === 'paragraph' || kinds[i] === 'caption' ? [{ kind: kinds[i] as 'paragraph' | 'caption', text: t }] : [],
    ),
    author: article.author,
  };
}

/** The body's lines: each paragraph a `<p>`, each caption a picture and its caption line. */
export function bodyLines(blocks: EditedText['blocks'], captions = true): string[] {
  let picture_ = 0;
  return blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [`<p>${esc(b.text)}</p>`]
      : captions
        ? [picture(HUES[picture_++ % HUES.length]!), `<p class="f_center" data-expect-noise="caption">${esc(b.text)}</p>`]
        : [],
  );
}

/** The article as a reprint on the template: its title, byline, body, counter and author card. */
function reprint(t: EditedText, note: string, o: { info?: string; counter?: string; bio?: string } = {}): Slots {
  return {
    note,
    title: t.title,
    main: articleMain({
      heading: t.title,
      info: o.info ?? INFO,
      body: bodyLines(t.blocks),
      counter: o.counter ?? '0 阅读:2,305',
      card: authorCard(t.author, o.bio ?? BIO),
    }),
  };
}

const TRADITIONAL = { info: '2025-02-04 18:30:00　來源: 千金不及冰淇淋', counter: '0 閱讀:96', bio: toTraditional(BIO) };

/** Words added, removed or swapped beside names, amounts and dates (the examples first). */
const BESIDE_FACTS = [
  ['特朗普21日表示', '特朗普其实21日表示'],
  ['注资190亿美元', '投入190亿美元'],
  ['捐出2.7亿美元', '拿出2.7亿美元'],
  ['哈伯曼称,马斯克', '哈伯曼表示,马斯克'],
  ['软银在特朗普当选之后', '软银当时在特朗普当选之后'],
  ['Axios新闻网22日报道称', 'Axios新闻网22日报道说'],
  ['马斯克称,他得到可靠消息', '马斯克则称,他得到可靠消息'],
  ['向美国投资1000亿美元', '向美国再投资1000亿美元'],
  ['孙正义还宣称', '孙正义随后还宣称'],
  ['奥特曼于22日在公司内部表示', '奥特曼于22日在公司内部透露'],
  ['马斯克立刻跳出来质疑', '马斯克随即跳出来质疑'],
  ['拜登上台后,高调出台了', '拜登上台后,又高调出台了'],
  ['过去10年发电量都没有什么提升', '过去10年发电量几乎没有提升'],
  ['此前,特朗普', '特朗普'],
] as const;

/** Fuller and titled forms of the names, another name the lexicon knows (川普), spacing and case. */
const FULLER_NAMES = [
  ['特朗普在大选中胜出', '唐纳德·特朗普在大选中胜出'],
  ['软银首席执行官孙正义在', '软银CEO孙正义在'],
  ['该项目是OpenAI牵头', '该项目是Open AI牵头'],
  ['马斯克当年收购推特', '埃隆·马斯克当年收购推特'],
  ['招来了奥尔特曼的迅速回击', '招来了萨姆·奥尔特曼的迅速回击'],
  ['特朗普也不磨叽', '川普也不磨叽'],
  ['班农等人', '史蒂夫·班农等人'],
  ['与软银和甲骨文合作开展', '与软银集团和甲骨文公司合作开展'],
  ['突破微软在服务器', '突破微软公司在服务器'],
  ['哈伯曼预计', '记者哈伯曼预计'],
  ['拜登上台后', '美国前总统拜登上台后'],
  ['看不惯OpenAI', '看不惯openai'],
] as const;

/** The same values and dates written another way. */
const SAME_VALUES = [
  ['将投资5000亿美元', '将投资五千亿美元'],
  ['带来了5000亿美元', '带来了0.5万亿美元'],
  ['需要2000亿美元', '需要2,000亿美元'],
  ['合资企业40%的股权', '合资企业四成的股权'],
  ['过去10年', '过去十年'],
  ['特朗普21日表示', '特朗普2025年1月21日表示'],
  ['新闻网22日报道称', '新闻网1月22日报道称'],
  ['上个月庆祝', '上月庆祝'],
  ['仅几小时', '短短几个小时'],
  ['16年后', '十六年后'],
  ['一上任', '刚一上任'],
  ['捐出2.7亿美元', '捐出两亿七千万美元'],
  ['总额2万亿', '总额两万亿'],
  ['注资190亿美元', '注资一百九十亿美元'],
] as const;

const pick = <T>(list: readonly T[], ...indexes: number[]) => indexes.map((i) => list[i]!);

const faithful = (
  name: string,
  note: string,
  edits: Variation['edits'],
  script: 'simplified' | 'traditional' = 'simplified',
): Variation => ({
  name,
  family: 'faithful',
  edits,
  script,
  slots: (t) =>
    reprint(t, `a faithful reprint (✓, no fact changed): ${note} — ${edits.length} edits.`, script === 'traditional' ? TRADITIONAL : {}),
});

const altered = (
  name: string,
  note: string,
  edits: Variation['edits'],
  changes: Variation['changes'],
  script: 'simplified' | 'traditional' = 'simplified',
): Variation => ({
  name,
  family: 'altered',
  edits,
  script,
  changes,
  slots: (t) => reprint(t, `an altered reprint (!): ${note} — ${edits.length} edits.`, script === 'traditional' ? TRADITIONAL : {}),
});

/** The edited copies of the changed-facts check. */
export const EDITED: Variation[] = [
  faithful('reworded-beside-facts', 'words added, removed or swapped beside names, amounts and dates', BESIDE_FACTS),
  faithful('reworded-fuller-names', 'fuller and titled names, 川普, Open AI, openai', FULLER_NAMES),
  faithful('reworded-numbers-dates', 'the same amounts, dates and relative times written another way', SAME_VALUES),
  faithful('reworded-idioms', 'idioms reworded', IDIOMS),
  faithful('reworded-traditional', 'in Traditional script, with words beside facts, fuller names and numbers rewritten', [
    ...pick(BESIDE_FACTS, 0, 1, 2, 4, 6, 8),
    ...pick(FULLER_NAMES, 0, 1, 3, 5),
    ...pick(SAME_VALUES, 0, 3, 8, 10),
  ]),
  altered(
    'altered-name',
    '孙正义 → 马云 among rewordings',
    [['执行官孙正义在', '执行官马云在'], ...pick(BESIDE_FACTS, 0, 1, 2, 3, 4, 6), ...pick(IDIOMS, 0, 1)],
    [['孙正义', '马云', 1]],
  ),
  altered(
    'altered-amount-twice',
    '5000亿美元 → 500亿美元 in both places, among rewordings',
    [
      ['将投资5000亿美元', '将投资500亿美元'],
      ['带来了5000亿美元', '带来了500亿美元'],
      ...pick(SAME_VALUES, 3, 5, 8, 10),
      ...pick(IDIOMS, 2, 3, 4),
    ],
    [['5000亿美元', '500亿美元', 2]],
  ),
  altered(
    'altered-hedge',
    '远低于100亿美元 → 高于100亿美元 among rewordings',
    [['远低于100亿美元', '高于100亿美元'], ...pick(FULLER_NAMES, 0, 1, 2, 4, 5, 9), ...pick(BESIDE_FACTS, 1, 2)],
    [['远低于', '高于', 1]],
  ),
  altered(
    'altered-dates',
    '仅几小时 → 两天后 and 21日 → 24日 among rewordings',
    [['仅几小时', '两天后'], ['特朗普21日表示', '特朗普24日表示'], ...pick(IDIOMS, 5, 6, 7, 8), ...pick(FULLER_NAMES, 3, 6)],
    [
      ['仅几小时', '两天后', 1],
      ['21日', '24日', 1],
    ],
  ),
  altered(
    'altered-traditional',
    'in Traditional script, 22日 → 25日 and 190亿美元 → 290亿美元 among rewordings',
    [
      ['奥特曼于22日', '奥特曼于25日'],
      ['注资190亿美元', '注资290亿美元'],
      ...pick(SAME_VALUES, 0, 4, 9),
      ...pick(FULLER_NAMES, 0, 5),
      ...pick(IDIOMS, 9),
    ],
    [
      ['22日', '25日', 1],
      ['190亿美元', '290億美元', 1],
    ],
    'traditional',
  ),
];

/* ------------------------------------------------------------------ the pages other tests use */

const other = (
  name: string,
  slots: Variation['slots'],
  edits: Variation['edits'] = [],
  script: Variation['script'] = 'simplified',
  changes?: Variation['changes'],
): Variation => ({ name, family: 'other', edits, script, slots, ...(changes && { changes }) });

/** A page whose article is not this one (same template, same author or a quote of one paragraph). */
function otherArticle(o: { note?: string; title: string; info: string; body: string[]; counter?: string; card?: string }): Slots {
  return {
    ...(o.note ? { note: o.note } : {}),
    title: o.title,
    main: articleMain({
      heading: o.title,
      info: o.info,
      body: o.body,
      counter: o.counter ?? null,
      counterNoise: false,
      card: o.card ?? '',
    }),
  };
}

const p = (text: string) => `<p>${esc(text)}</p>`;

const HOSTILE_SCRIPT = `<script>
(function () {
  // 20,000 comment nodes.
  var box = document.getElementById('comments');
  for (var i = 0; i < 5000; i++) {
    var d = document.createElement('div'); d.className = 'c';
    var s = document.createElement('span'); s.textContent = '网友' + i + '：';
    var t = document.createElement('em'); t.textContent = '评论内容第' + i + '条，支持一下';
    d.appendChild(s); d.appendChild(t); box.appendChild(d);
  }
  // Remove the article now, put it back when the test says so.
  var content = document.getElementById('content');
  var parent = content.parentNode, next = content.nextSibling;
  parent.removeChild(content);
  window.restoreArticle = function () { parent.insertBefore(content, next); };
  // A ticker that never stops mutating.
  var n = 0; setInterval(function () { document.getElementById('ticker').textContent = String(++n); }, 50);
  // Poison the main world: the extension's isolated world must not see any of this.
  var qsa = Element.prototype.querySelectorAll;
  window.__hostile = { qsa: qsa };
  Object.defineProperty(Node.prototype, 'textContent', { get: function () { return ''; }, set: function () {}, configurable: true });
  Element.prototype.querySelectorAll = function () { throw new Error('hostile querySelectorAll'); };
  Element.prototype.setAttribute = function () { throw new Error('hostile setAttribute'); };
  Array.prototype.map = function () { throw new Error('hostile map'); };
  String.prototype.includes = function () { return false; };
  window.MutationObserver = function () { throw new Error('hostile MutationObserver'); };
  Symbol.for = function () { return Symbol('hostile'); };
})();
</script>`;

const LATE_SCRIPT = `<script>
// The article arrives late: when the test (or a reader in the console) says so, not on a timer.
window.showLateArticle = function () {
  var box = document.getElementById('content');
  box.replaceChildren(document.getElementById('late-article').content.cloneNode(true));
};
</script>`;

const SPA_SCRIPT = `<script>
(function () {
  var main = document.querySelector('.post_main');
  var listHtml = main.cloneNode(true);
  function showArticle() { main.replaceChildren(document.getElementById('spa-article').content.cloneNode(true)); document.getElementById('back').addEventListener('click', function (e) { e.preventDefault(); history.back(); }); }
  function showList() { main.replaceChildren.apply(main, Array.prototype.slice.call(listHtml.cloneNode(true).childNodes)); bind(); }
  function bind() { document.getElementById('open-article').addEventListener('click', function (e) { e.preventDefault(); history.pushState({ article: true }, '', '/dy/article/spa-article.html'); showArticle(); }); }
  window.addEventListener('popstate', function (e) { if (e.state && e.state.article) showArticle(); else showList(); });
  bind();
})();
</script>`;

/** The article's paragraphs in another order, captions left out (indexes into its paragraphs). */
const REORDERED = [4, 0, 2, 1, 3, 8, 5, 12, 7, 6, 11, 9, 10];

export const OTHERS: Variation[] = [
  other('full-reprint', (t) => reprint(t, ''), [], 'simplified', []),
  other('traditional-reprint', (t) => reprint(t, '', TRADITIONAL), [], 'traditional', []),
  other(
    'changed-figure',
    (t) => reprint(t, 'a reprint that changes one figure (投资5000亿美元 → 500亿美元).'),
    [['投资5000亿美元', '投资500亿美元']],
    'simplified',
    [['5000亿美元', '500亿美元', 1]],
  ),
  other(
    'changed-name',
    (t) => reprint(t, 'a reprint that changes one name (软银首席执行官孙正义 → 马云).'),
    [['软银首席执行官孙正义在', '软银首席执行官马云在']],
    'simplified',
    [['孙正义', '马云', 1]],
  ),
  other(
    'changed-date',
    (t) => reprint(t, 'a reprint that changes one date (特朗普21日表示 → 23日).'),
    [['特朗普21日表示', '特朗普23日表示']],
    'simplified',
    [['21日', '23日', 1]],
  ),
  other(
    'faithful-equal-values-reworded',
    (t) =>
      reprint(
        t,
        'a faithful reprint: equal-value number formats (五千亿美元, 2,000亿美元, 全角１９０, 百分之四十, 二十一日) and reworded phrases (三家公司计划投资, 公开怀疑).',
      ),
    [
      ['三家企业将投资5000亿美元', '三家公司计划投资五千亿美元'],
      ['公开质疑', '公开怀疑'],
      ['特朗普21日表示', '特朗普二十一日表示'],
      ['需要2000亿美元', '需要2,000亿美元'],
      ['注资190亿美元', '注资１９０亿美元'],
      ['合资企业40%', '合资企业百分之四十'],
    ],
    'simplified',
    [],
  ),
  other(
    'traditional-two-changed-figures',
    (t) => reprint(t, 'a Traditional reprint that changes two figures (100億美元 → 10億美元, 450億美元 → 4500億美元).', TRADITIONAL),
    [
      ['远低于100亿美元', '远低于10亿美元'],
      ['总共投入450亿美元', '总共投入4500亿美元'],
    ],
    'traditional',
    [
      ['100亿美元', '10億美元', 1],
      ['450亿美元', '4500億美元', 1],
    ],
  ),
  other(
    'article-twice-one-altered',
    (t, article) => {
      const second = editedText(article, [['投资5000亿美元', '投资500亿美元']], 'simplified');
      const slots = reprint(t, 'the article twice on one page, the second copy changing one figure (投资5000亿美元 → 500亿美元).');
      const body = bodyLines(second.blocks).join('\n');
      return {
        ...slots,
        main: slots.main.replace(
          '\n</div>\n<div class="post_statement">',
          `\n\n<h2>转载全文</h2>\n\n${body}\n</div>\n<div class="post_statement">`,
        ),
      };
    },
    [],
    'simplified',
    [['5000亿美元', '500亿美元', 1]],
  ),
  other('hostile-page', (t) => ({
    ...reprint(t, '', { counter: '0 阅读:141' }),
    afterSide:
      '<div class="comments" id="comments"></div>\n<p class="f_center">&lt;img src=x onerror=alert(1)&gt;（资料图）</p>\n<div id="ticker">0</div>',
    tail: HOSTILE_SCRIPT,
  })),
  other('late-article', (t) => ({
    title: t.title,
    main: articleMain({
      heading: t.title,
      info: INFO,
      body: ['<p class="loading">正在加载…</p>'],
      counter: '0 阅读:77',
      card: authorCard(t.author, BIO),
    }),
    tail: ['<template id="late-article">', ...bodyLines(t.blocks), '</template>', LATE_SCRIPT].join('\n'),
  })),
  other('spa-list', (t) => ({
    title: t.title,
    main: `<h1 class="post_title">国际频道</h1><ul id="list"><li><a href="#" id="open-article">${esc(t.title)}</a></li><li><a href="#">多地发布寒潮预警 中东部将迎大范围降温</a></li><li><a href="#">春运返程客流高峰到来 铁路加开夜间列车</a></li></ul>`,
    tail: [
      '<template id="spa-article">',
      articleMain({ heading: t.title, info: INFO, body: bodyLines(t.blocks), counter: null, card: '' }),
      '<p><a href="#" id="back">返回列表</a></p>',
      '</template>',
      SPA_SCRIPT,
    ].join('\n'),
  })),
  other('reordered-no-captions', (t) => {
    const paragraphs = t.blocks.filter((b) => b.kind === 'paragraph');
    return {
      title: t.title,
      main: articleMain({
        heading: t.title,
        info: '2025-02-05 07:00:00　来源: 国际纵横',
        body: REORDERED.map((i) => p(paragraphs[i]!.text)),
        counter: null,
        card: authorCard(t.author, BIO),
      }),
    };
  }),
  other('quote-only-commentary', (t) =>
    otherArticle({
      title: '媒体热议“星际之门”:人工智能竞赛进入新阶段',
      info: '2025-02-06 11:20:00　来源: 观点周刊',
      body: [
        p('近日,围绕美国“星际之门”项目的争论仍在持续。多家媒体发表评论,从不同角度分析这一项目对全球人工智能竞争格局的影响。'),
        p(`有自媒体作者在文章中写道:“${t.blocks.filter((b) => b.kind === 'paragraph')[3]!.text}”这一观点在网上引发不少讨论。`),
        p(
          '中央气象台今天发布寒潮蓝色预警,受强冷空气影响,未来三天我国中东部地区将自北向南出现大范围降温,气温普遍下降8至10摄氏度,局地降温幅度可达14摄氏度以上。',
        ),
        p(
          '气象专家提醒,冷空气过境期间,北方地区将伴有4至6级偏北风,江南、华南等地还将出现一次明显的降雨过程,公众出行时需注意防寒保暖,及时添加衣物。',
        ),
        p('交通部门表示,部分高速公路可能因路面结冰而临时封闭,请驾驶员提前关注路况信息,合理规划出行路线,确保行车安全。'),
        p('也有评论人士认为,大型基础设施项目的落地需要时间检验,外界不宜过早下结论。'),
      ],
    }),
  ),
  other('same-author-other-topic', (t) =>
    otherArticle({
      title: '日本米价一年翻倍,石破茂政府为何迟迟拿不出办法?',
      info: '2025-03-15 09:30:00　来源: 千金不及冰淇淋',
      body: [
        p(
          '据日本共同社报道,日本农林水产省公布的数据显示,全国超市大米的平均售价已经连续十周上涨,5公斤装大米的价格突破4000日元,比去年同期几乎翻了一倍。不少家庭主妇抱怨,如今去超市买米要“看运气”,货架上经常空空如也,一些门店甚至开始限购。',
        ),
        p(
          '面对汹涌的民怨,石破茂政府宣布投放21万吨政府储备米,试图给过热的市场降温。然而,储备米投放一个多月后,米价不仅没有明显回落,反而继续小幅攀升。这也难怪,储备米大部分流向了大型批发商,真正到达普通消费者手中的数量十分有限。',
        ),
        picture(74),
        '<p class="f_center">日本超市货架(资料图)</p>',
        p(
          '究其原因,日本长期实行的减反政策难辞其咎。为了维持米价,日本政府多年来鼓励农户减少水稻种植面积,导致大米产量逐年下降。再加上前年夏天的高温天气影响了收成,部分流通商又趁机囤货惜售,供需缺口被进一步放大。',
        ),
        picture(148),
        '<p class="f_center">石破茂(资料图)</p>',
        p(
          '在野党议员在国会质询中直言,政府对粮食安全的判断过于乐观,应当对米价失控负责。石破茂则回应称,政府将研究调整农业政策,并考虑在必要时进一步增加储备米的投放量。但舆论普遍认为,这些表态缺乏具体时间表,很难让民众安心。',
        ),
        p(
          '可以说,一碗米饭折射出日本农业政策的深层困境。人口老龄化让农村劳动力日益短缺,小规模经营的农户缺乏竞争力,而政策又迟迟不敢触碰既得利益。如果这些结构性问题得不到解决,类似的“米荒”恐怕还会反复上演,石破茂政府的支持率也将面临新的考验。',
        ),
      ],
      counter: '0 阅读:87',
      card: authorCard(t.author, BIO, false),
    }),
  ),
];

export const VARIATIONS: Variation[] = [...OTHERS, ...EDITED];
