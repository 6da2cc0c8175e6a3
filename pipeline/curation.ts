/**
 * Editorial notes for the one article we bundle: what each figure measures, who states it,
 * and a one-line summary of each dated event. The parser finds the words and computes the
 * values; these notes only describe them. A note applies where its `text` is found in a
 * sentence that also contains `near`. Another article simply gets the generic wording.
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

export const FIGURE_NOTES: FigureNote[] = [
  { text: '5000亿美元', near: '三家企业将投资', measures: { zh: '三家企业在美国AI基础设施的投资', en: 'investment by the three companies in US AI infrastructure' } },
  // Son retells Trump's words, but it is Son who states the figure in his remarks.
  { text: '2000亿美元', near: '孙正义', measures: { zh: '特朗普曾说需要的投资', en: 'the investment Trump had said was needed' }, speaker: 'son' },
  { text: '5000亿美元', near: '孙正义', measures: { zh: '孙正义说现在带来的投资', en: 'the investment Son says he now brings' }, speaker: 'son' },
  { text: '100亿美元', near: '马斯克称', measures: { zh: '软银能拿出的资金', en: 'the money SoftBank can put up' }, speaker: 'musk' },
  { text: '1000亿美元', near: '承诺', measures: { zh: '软银承诺在特朗普任期结束前对美投资', en: "SoftBank's pledged US investment before the end of Trump's term" } },
  // "有外媒报道称,奥特曼…表示": the media relay it, Altman is the one who says it.
  { text: '190亿美元', near: '奥特曼', measures: { zh: 'OpenAI和软银各自向星际之门的注资', en: 'what OpenAI and SoftBank each put into Stargate' }, speaker: 'altman' },
  { text: '40%', near: '奥特曼', measures: { zh: 'OpenAI和软银各自在合资企业的股权', en: 'the stake OpenAI and SoftBank each hold in the joint venture' }, speaker: 'altman' },
  { text: '450亿美元', near: '奥特曼', measures: { zh: '四家出资方对星际之门的总投入', en: 'total put into Stargate by OpenAI, SoftBank, Oracle and MGX' }, speaker: 'altman' },
  { text: '2.7亿美元', near: '捐出', measures: { zh: '马斯克为支持特朗普的捐款', en: "Musk's donations in support of Trump" } },
  { text: '16年', near: '北美高铁', measures: { zh: '“北美高铁”提出至今未完成的时间', en: 'time the "North American high-speed rail" has stayed unfinished since proposed' } },
  { text: '2万亿', near: '拜登', measures: { zh: '拜登基建计划的总额', en: "total of Biden's infrastructure plan" } },
  { text: '10年', near: '发电量', measures: { zh: '美国发电量几乎没有提升的时期', en: 'period in which US power generation barely grew' } },
];

export const EVENT_NOTES: EventNote[] = [
  { text: '特朗普掌权后', near: '翻脸', event: { zh: '特朗普掌权后与马斯克翻脸', en: 'After taking power Trump falls out with Musk' } },
  { text: '2025-02-02 11:52:00', near: '千金不及冰淇淋', event: { zh: '本文发表', en: 'This article is published' } },
  { text: '22日', near: 'Axios', event: { zh: 'Axios报道马斯克公开质疑星际之门项目', en: 'Axios reports that Musk publicly questioned the Stargate project' } },
  { text: '21日', near: '星际之门', event: { zh: '特朗普宣布软银、OpenAI和甲骨文联手打造“星际之门”', en: 'Trump announces SoftBank, OpenAI and Oracle are teaming up on Stargate' } },
  { text: '上个月', near: '孙正义', event: { zh: '孙正义与特朗普庆祝胜选,特朗普称需要2000亿美元投资', en: 'Son celebrates the election win with Trump, who says 200 billion dollars of investment is needed' } },
  { text: '特朗普当选之后', near: '软银', event: { zh: '软银与OpenAI建立合作', en: 'SoftBank partners with OpenAI' } },
  { text: '特朗普任期结束之前', near: '1000亿美元', event: { zh: '软银承诺的1000亿美元对美投资期限', en: "Deadline of SoftBank's pledged 100 billion dollars of US investment" } },
  { text: '一上任', near: '回报', event: { zh: '特朗普一上任就给出回报', en: 'Trump repays the favour as soon as he takes office' } },
  { text: '22日', near: '奥特曼', event: { zh: '奥特曼在公司内部介绍星际之门的出资与股权', en: "Altman tells staff how Stargate's money and shares are split" } },
  { text: '马斯克当年收购推特后', near: 'X', event: { zh: '马斯克收购推特,后更名为X', en: 'Musk buys Twitter, later renamed X' } },
  { text: '还没有正式上任', near: '马斯克总统', event: { zh: '特朗普就职前,马斯克已介入政治,被民主党人称为“马斯克总统”', en: 'Before the inauguration Musk already meddles in politics; Democrats call him "President Musk"' } },
  { text: '特朗普搬到白宫后', near: '哈伯曼', event: { zh: '哈伯曼预计马斯克在白宫可能没有办公室和通行证', en: 'Haberman expects Musk may get no White House office or pass' } },
  { text: '特朗普在大选中胜出', near: '功不可没', event: { zh: '特朗普赢得大选,马斯克功不可没(捐出2.7亿美元助选)', en: 'Trump wins the election, with Musk (who gave 270 million dollars) a key helper' } },
  { text: '特朗普的上台', near: '矛盾', event: { zh: '特朗普上台使其团队内部矛盾更为凸显', en: "Trump's taking office sharpens the conflicts inside his team" } },
  { text: '奥巴马时期', near: '北美高铁', event: { zh: '美国提出“北美高铁”项目', en: 'The US proposes the "North American high-speed rail" project' } },
  { text: '16年后', near: '北美高铁', event: { zh: '“北美高铁”项目依然没有完成', en: 'The high-speed rail project is still unfinished' } },
  { text: '拜登上台后', near: '基建计划', event: { zh: '拜登出台总额2万亿的基建计划,最后不了了之', en: 'Biden launches a 2-trillion infrastructure plan that fizzles out' } },
  { text: '过去10年', near: '发电量', event: { zh: '美国发电量没有什么提升', en: 'US power generation barely grows' } },
];
