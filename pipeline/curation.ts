/**
 * Editorial notes for the one article we bundle: what each figure measures, who states it,
 * and a one-line summary of each dated event. The parser finds the words and computes the
 * values; these notes only describe them. A note applies where its `text` is found in a
 * sentence that also contains `near`. Another article simply gets the generic wording.
 *
 * Wording goes through pipeline/wording.ts: `<verb>` (en) and `<T>` (zh) take the tense the
 * text marks (将 → "will invest" / 将, 曾 → "had said" / 曾), `{2.7亿美元}` is the amount of that
 * sentence written by the UI's formatter ("$270 million"). Events are told in the past, as
 * reported; English names no Chinese words (a test scans every English string for CJK).
 */
import type { Bilingual } from '../utils/article/schema';

export interface FigureNote {
  text: string;
  near: string;
  measures: Bilingual;
  speaker?: string;
}

export interface EventNote {
  text: string;
  near: string;
  event: Bilingual;
}

/** What the views say about the piece itself, where the title is this one. */
export interface ArticleNote {
  title: string;
  /** The title in English, close to the Chinese (its question mark, its claim). */
  titleGloss: string;
  source: { kind: Bilingual; platform: string };
}

export const ARTICLE_NOTES: ArticleNote[] = [
  {
    title: '“开撕”了?特朗普掌权后立刻翻脸,马斯克为自己的嚣张付出了代价',
    titleGloss: '“Falling out?” Trump turned on Musk as soon as he took power, and Musk has paid for his arrogance',
    // Published under a NetEase 网易号 account (the self-media platform its byline and bio belong to):
    // a commentator's opinion, not a news agency's report.
    source: { kind: { zh: '自媒体评论文章', en: 'opinion piece from a self-media account' }, platform: '网易号' },
  },
];

export const FIGURE_NOTES: FigureNote[] = [
  {
    text: '5000亿美元',
    near: '三家企业将投资',
    measures: { zh: '三家企业<T>投向美国AI基础设施的资金', en: 'what the three companies <invest> in US AI infrastructure' },
  },
  // Son retells Trump's words, but it is Son who states the figure in his remarks.
  {
    text: '2000亿美元',
    near: '孙正义',
    measures: { zh: '特朗普<T>说需要的投资', en: 'the investment Trump <say> was needed' },
    speaker: 'son',
  },
  {
    text: '5000亿美元',
    near: '孙正义',
    measures: { zh: '孙正义说现在带来的投资', en: 'the investment Son says he has now brought' },
    speaker: 'son',
  },
  { text: '100亿美元', near: '马斯克称', measures: { zh: '软银能拿出的资金', en: 'the money SoftBank can put up' }, speaker: 'musk' },
  {
    text: '1000亿美元',
    near: '承诺',
    measures: {
      zh: '软银承诺在特朗普任期结束前对美国的投资',
      en: "the US investment SoftBank pledged to make before the end of Trump's term",
    },
  },
  // "有外媒报道称,奥特曼…表示": the media relay it, Altman is the one who says it.
  {
    text: '190亿美元',
    near: '奥特曼',
    measures: { zh: 'OpenAI和软银<T>各自向星际之门注入的资金', en: 'what OpenAI and SoftBank <each put into> Stargate' },
    speaker: 'altman',
  },
  {
    text: '40%',
    near: '奥特曼',
    measures: { zh: 'OpenAI和软银各自在合资企业的股权', en: 'the stake OpenAI and SoftBank each hold in the joint venture' },
    speaker: 'altman',
  },
  {
    text: '450亿美元',
    near: '奥特曼',
    measures: {
      zh: 'OpenAI、软银、甲骨文和MGX<T>向星际之门总共投入的资金',
      en: 'what OpenAI, SoftBank, Oracle and MGX <put into> Stargate in total',
    },
    speaker: 'altman',
  },
  { text: '2.7亿美元', near: '捐出', measures: { zh: '马斯克为支持特朗普捐出的钱', en: 'what Musk donated to support Trump' } },
  {
    text: '16年',
    near: '北美高铁',
    measures: {
      zh: '“北美高铁”项目提出后至今仍未完成的时间',
      en: 'how long the "North American high-speed rail" project has stayed unfinished since it was proposed',
    },
  },
  { text: '2万亿', near: '拜登', measures: { zh: '拜登基建计划的总额', en: "total of Biden's infrastructure plan" } },
  {
    text: '10年',
    near: '发电量',
    measures: { zh: '美国发电量几乎没有提升的时期', en: 'period over which US power generation has barely grown' },
  },
];

export const EVENT_NOTES: EventNote[] = [
  // The headline's claim (a question in the headline, no act in the body): said as a claim.
  {
    text: '特朗普掌权后',
    near: '翻脸',
    event: {
      zh: '特朗普掌权后立刻与马斯克翻脸(只见于标题,以“开撕”了?设问;正文没有写特朗普对马斯克的任何举动)',
      en: 'Trump turned on Musk immediately after taking power (only the headline says so, under the question "Falling out?"; the body reports no act of Trump\'s against Musk)',
    },
  },
  { text: '2025-02-02 11:52:00', near: '千金不及冰淇淋', event: { zh: '本文发表', en: 'This article was published' } },
  // What Musk claimed is in his own sentences (马斯克…说 / 马斯克称), not Axios's: said as his words.
  {
    text: '22日',
    near: 'Axios',
    event: {
      zh: '美国Axios新闻网报道马斯克公开质疑该项目(马斯克说参与项目的公司没钱,软银能拿出的资金远低于{100亿美元})',
      en: "US news site Axios reported Musk's public challenge to the project (Musk said the companies taking part have no money, and that SoftBank can put up well below {100亿美元})",
    },
  },
  // The first screen's key point (pipeline/salience.ts): what happened, kept short; what Musk said is
  // the Axios entry's above, his figure a key point of its own, his words in Who says what.
  {
    text: '仅几小时',
    near: 'Axios',
    event: {
      zh: '特朗普宣布该项目后仅几小时,其亲密盟友马斯克便公开质疑',
      en: 'Only hours after Trump announced the project, Musk, his close ally, publicly questioned it',
    },
  },
  // The $500 billion is the lead's (三家企业将投资5000亿美元), one sentence before: the same project.
  {
    text: '21日',
    near: '星际之门',
    event: {
      zh: '特朗普表示,软银、OpenAI和甲骨文已联手打造名为“星际之门”的项目,计划在美国建设数据中心以支持AI发展;三家企业将投资{5000亿美元}',
      en: 'Trump said SoftBank, OpenAI and Oracle had joined forces on a project named "Stargate", planning data centres in the US to support AI; the three companies will invest {5000亿美元}',
    },
  },
  {
    text: '在宣布加入“星际之门”合资项目计划的同时',
    near: '孙正义',
    event: {
      zh: '孙正义宣布软银加入“星际之门”合资项目计划,并称这是“美国黄金时代的开始”:如果特朗普没有赢得大选,他们就不会做出这个决定',
      en: 'Son announced that SoftBank was joining the Stargate joint venture, and called it "the start of America\'s golden age": if Trump had not won the election, they would not have made this decision',
    },
  },
  // Trump's remark was made while Son was celebrating (…时,特朗普曾说), dated by that time: "said".
  {
    text: '上个月',
    near: '孙正义',
    event: {
      zh: '孙正义庆祝特朗普胜选时,特朗普<T>说需要{2000亿美元}投资',
      en: "When Son was celebrating Trump's election win, Trump <say> {2000亿美元} of investment was needed",
    },
  },
  {
    text: '特朗普当选之后',
    near: '软银',
    event: {
      zh: '软银与OpenAI建立合作,并承诺在特朗普任期结束之前向美国投资{1000亿美元}',
      en: "SoftBank partnered with OpenAI and pledged to invest {1000亿美元} in the US before the end of Trump's term",
    },
  },
  {
    text: '特朗普任期结束',
    near: '1000亿美元',
    event: {
      zh: '特朗普任期结束:软银承诺向美国投资{1000亿美元}的期限',
      en: "End of Trump's term: the deadline of SoftBank's pledge to invest {1000亿美元} in the US",
    },
  },
  { text: '一上任', near: '回报', event: { zh: '特朗普一上任就立刻给出了回报', en: 'Trump repaid the favour as soon as he took office' } },
  {
    text: '22日',
    near: '奥特曼',
    event: {
      zh: '奥特曼在公司内部表示,OpenAI和软银将各向星际之门项目注资{190亿美元},两者各持合资企业40%的股权;OpenAI、软银、甲骨文和MGX将为该项目总共投入{450亿美元}',
      en: 'Altman said inside the company that OpenAI and SoftBank would each put {190亿美元} into Stargate, each holding 40% of the joint venture, and that OpenAI, SoftBank, Oracle and MGX would put {450亿美元} into the project in total',
    },
  },
  {
    text: '马斯克当年收购推特',
    near: 'X',
    event: { zh: '马斯克收购推特;推特后来更名为X', en: 'Musk bought Twitter; it was later renamed X' },
  },
  {
    text: '迅速回击',
    near: '奥尔特曼',
    event: {
      zh: '奥尔特曼迅速回击:马斯克“肯定知道自己已经搞错了”;他希望马斯克到得克萨斯州探访OpenAI首家数据中心',
      en: 'Altman hit back quickly: Musk "surely knows he has got it wrong"; he would like Musk to visit OpenAI\'s first data centre in Texas',
    },
  },
  {
    text: '还没有正式上任',
    near: '马斯克总统',
    event: {
      zh: '特朗普还没有正式上任,马斯克就已开始介入政治事务,甚至被民主党人称为“马斯克总统”',
      en: 'Before Trump had formally taken office, Musk had already got involved in political affairs and was even called "President Musk" by Democrats',
    },
  },
  {
    text: '特朗普搬到白宫后',
    near: '哈伯曼',
    event: {
      zh: '特朗普搬到白宫后,马斯克可能不会在白宫有自己的办公室,甚至可能没有通行证(预计)',
      en: 'Once Trump moved into the White House, Musk might have no office of his own there, perhaps not even a pass (a forecast)',
    },
  },
  {
    text: '特朗普在大选中胜出',
    near: '功不可没',
    event: {
      zh: '特朗普赢得大选,马斯克功不可没:捐出{2.7亿美元}支持特朗普,还亲自站台造势',
      en: 'Trump won the election, and Musk was instrumental: he donated {2.7亿美元} to support Trump and campaigned for him in person',
    },
  },
  {
    text: '特朗普的上台',
    near: '矛盾',
    event: {
      zh: '特朗普上台使其团队内部矛盾更为凸显',
      en: "Trump's coming to power brought the conflicts inside his team further into the open",
    },
  },
  {
    text: '奥巴马时期',
    near: '北美高铁',
    event: { zh: '美国提出“北美高铁”项目', en: 'The US proposed the "North American high-speed rail" project' },
  },
  {
    text: '16年后',
    near: '北美高铁',
    event: { zh: '“北美高铁”项目16年后依然没有完成', en: 'The "North American high-speed rail" project was still unfinished 16 years on' },
  },
  {
    text: '拜登上台后',
    near: '基建计划',
    event: {
      zh: '拜登上台后高调出台总额{2万亿}的基建计划,最后不了了之',
      en: 'After taking office, Biden unveiled with fanfare an infrastructure plan totalling {2万亿}; it came to nothing',
    },
  },
  {
    text: '过去10年',
    near: '发电量',
    event: { zh: '美国发电量过去10年都没有什么提升', en: 'US power generation has barely grown over the past 10 years' },
  },
];
