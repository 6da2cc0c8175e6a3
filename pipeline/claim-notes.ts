/**
 * Editorial notes for the claims of the one article we bundle (pipeline/claims.ts finds who says
 * each, from the text): where a claim's words are (`words`, exactly as in the text, after its
 * source and verb), and what it says in zh and en. A note applies in the sentence that contains
 * `words` (and `near`, where given); each is used once. Another article gets generic claims.
 *
 * Wording rules (the golden test pins every string): say no more than the text; keep its hedges
 * (可能 "may", 似乎 "seems", 看上去 "it seems", 很可能 "very likely", 无疑 "undoubtedly"); a pronoun
 * is named only where the text leaves no doubt who it is; `{5000亿美元}` is written by the UI's
 * formatter ("$500 billion"); English names no Chinese words. The source is not repeated in the
 * words: the views group claims under it (Bannon's, said with 等人 "and others", is the exception).
 *
 * `stance` is given where the verb does not decide it: for the author's own sentences (narration
 * is `reports`; a judgement `claims`; faulting someone `criticises`; a prediction `forecasts`), and
 * where the text itself names a reply (回击) or a jab. `about` adds actors the words refer to
 * without naming them; the reason for each is in the golden test.
 */
import type { Bilingual, Stance } from '../utils/article/schema';

export interface ClaimNote {
  words: string;
  near?: string;
  says: Bilingual;
  stance?: Stance;
  about?: string[];
  /** A headline claim: what the body offers for it. */
  headline?: Bilingual;
}

export const CLAIM_NOTES: ClaimNote[] = [
  // ------------------------------------------------------------------ the headline
  {
    words: '“开撕”了',
    says: { zh: '“开撕”了?', en: '"Falling out"?' },
    stance: 'questions',
    headline: { zh: '标题以此设问;正文没有再用“开撕”一词', en: 'The headline asks this; the body never uses the word again' },
  },
  {
    words: '特朗普掌权后立刻翻脸',
    says: { zh: '特朗普掌权后立刻翻脸', en: 'Trump turned hostile immediately after taking power' },
    stance: 'claims',
    headline: { zh: '正文没有写特朗普对马斯克的任何举动', en: "The body reports no act of Trump's against Musk" },
  },
  {
    words: '马斯克为自己的嚣张付出了代价',
    says: { zh: '马斯克为自己的嚣张付出了代价', en: 'Musk has paid the price for his own arrogance' },
    stance: 'claims',
    headline: {
      zh: '正文只有哈伯曼的预计:马斯克可能不会在白宫有自己的办公室',
      en: "The body gives only Haberman's forecast that he may have no office (in the White House)",
    },
  },

  // ------------------------------------------------------------------ the announcement
  {
    words: '日本软银集团、美国开放人工智能研究中心和美国甲骨文公司三家企业将投资5000亿美元,用于在美国建设支持人工智能发展的基础设施',
    says: {
      zh: '日本软银集团、OpenAI和甲骨文三家企业将投资{5000亿美元},用于在美国建设支持人工智能发展的基础设施',
      en: "Three companies, Japan's SoftBank Group, OpenAI and Oracle, will invest {5000亿美元} in building infrastructure in the US to support the development of AI",
    },
  },
  {
    words: '特朗普宣布该项目后仅几小时,便遭到其亲密盟友、美国企业家马斯克的公开质疑',
    says: {
      zh: '特朗普宣布该项目后仅几小时,就遭到其亲密盟友、美国企业家马斯克的公开质疑',
      en: 'Only hours after Trump announced the project, his close ally, the US entrepreneur Musk, publicly questioned it',
    },
  },
  {
    words: '上述三家企业已联手打造一个名为“星际之门”的项目,计划在美国建设数据中心,以支持AI发展',
    says: {
      zh: '三家企业已联手打造名为“星际之门”的项目,计划在美国建设数据中心,以支持AI发展',
      en: 'The three companies have joined forces on a project named "Stargate", planning to build data centres in the US to support AI',
    },
    about: ['softbank', 'openai', 'oracle'],
  },
  {
    words: '自己上个月庆祝特朗普胜选时,特朗普曾说需要2000亿美元投资,而现在他带来了5000亿美元',
    says: {
      zh: '上个月他庆祝特朗普胜选时,特朗普曾说需要{2000亿美元}投资,而现在他带来了{5000亿美元}!',
      en: "When he was celebrating Trump's election win last month, Trump had said {2000亿美元} of investment was needed, and now he has brought {5000亿美元}!",
    },
  },
  {
    words: '需要2000亿美元投资',
    says: { zh: '需要{2000亿美元}投资', en: '{2000亿美元} of investment was needed' },
  },
  {
    words: '这是“美国黄金时代的开始”,如果特朗普没有赢得大选,他们就不会做出这个决定',
    says: {
      zh: '这是“美国黄金时代的开始”;如果特朗普没有赢得大选,他们就不会做出这个决定',
      en: 'This is "the start of America\'s golden age"; if Trump had not won the election, they would not have made this decision',
    },
  },
  {
    words:
      '从这位金融巨头的发言中,不难感受到对特朗普的竭力追捧,这也难怪,特朗普如今大权在握,美国政商界想讨好他的人数不胜数,孙正义看上去也想充当特朗普身边的红人',
    says: {
      zh: '从孙正义的发言中不难感受到对特朗普的竭力追捧;这也难怪:特朗普如今大权在握,美国政商界想讨好他的人数不胜数,孙正义看上去也想充当特朗普身边的红人',
      en: "In Son's remarks one can easily sense strenuous fawning over Trump. No wonder: Trump now holds great power, countless people in US politics and business want to win his favour, and Son, it seems, also wants to be a favourite at Trump's side",
    },
    stance: 'criticises',
  },

  // ------------------------------------------------------------------ Musk's challenge
  {
    words: '参与这些项目的公司没钱',
    says: { zh: '参与这些项目的公司没钱', en: 'The companies taking part in these projects have no money' },
    about: ['softbank', 'openai', 'oracle'],
  },
  {
    words: '该项目是OpenAI牵头,与软银和甲骨文合作开展',
    says: { zh: '该项目由OpenAI牵头,与软银和甲骨文合作开展', en: 'The project is led by OpenAI, in cooperation with SoftBank and Oracle' },
  },
  {
    words: '他得到可靠消息,软银能拿出的资金远低于100亿美元',
    says: {
      zh: '他得到可靠消息:软银能拿出的资金远低于{100亿美元}',
      en: 'He has received reliable information that SoftBank can put up well below {100亿美元}',
    },
  },
  {
    words: '实际上,软银在特朗普当选之后,就与OpenAI建立了合作,并承诺在特朗普任期结束之前,向美国投资1000亿美元',
    says: {
      zh: '实际上,软银在特朗普当选之后就与OpenAI建立了合作,并承诺在特朗普任期结束之前向美国投资{1000亿美元}',
      en: "In fact, after Trump's election SoftBank partnered with OpenAI and pledged to invest {1000亿美元} in the US before the end of Trump's term",
    },
  },
  {
    words: '特朗普也不磨叽,一上任,立刻就给出了回报',
    says: {
      zh: '特朗普也不磨叽,一上任就立刻给出了回报',
      en: 'Trump did not dawdle either: as soon as he took office, he repaid the favour at once',
    },
    stance: 'claims',
  },
  {
    words: '马斯克立刻跳出来质疑,一点面子都不给特朗普,是因为自己的利益受到了侵犯',
    says: {
      zh: '马斯克立刻跳出来质疑,一点面子都不给特朗普,是因为他自己的利益受到了侵犯',
      en: 'Musk jumped straight in to question it, giving Trump no face at all, because his own interests were hurt',
    },
    stance: 'criticises',
  },
  {
    words:
      '星际之门可能是OpenAI获取特朗普支持的一种手段,用以牵制作为特朗普竞选团队核心成员的马斯克,同时又能借此突破微软在服务器方面的资源限制',
    says: {
      zh: '星际之门可能是OpenAI获取特朗普支持的一种手段,用以牵制身为特朗普竞选团队核心成员的马斯克,同时借此突破微软在服务器方面的资源限制',
      en: "Stargate may be a way for OpenAI to win Trump's support, to keep in check Musk, a core member of Trump's campaign team, and at the same time to get past the limits of Microsoft's server resources",
    },
  },
  {
    words: 'OpenAI和软银将各向星际之门项目注资190亿美元,两者均持有合资企业40%的股权,OpenAI、软银、甲骨文和MGX将为该项目总共投入450亿美元',
    says: {
      zh: 'OpenAI和软银将各向星际之门项目注资{190亿美元},两者各持合资企业40%的股权;OpenAI、软银、甲骨文和MGX将为该项目总共投入{450亿美元}',
      en: 'OpenAI and SoftBank will each put {190亿美元} into the Stargate project, each holding 40% of the joint venture; OpenAI, SoftBank, Oracle and MGX will put {450亿美元} into the project in total',
    },
  },

  // ------------------------------------------------------------------ X and Altman's rebuttal
  {
    words: 'X是马斯克当年收购推特后更名的社交媒体',
    says: { zh: 'X是马斯克当年收购推特后更名的社交媒体', en: 'X is the social media platform that was renamed after Musk bought Twitter' },
  },
  {
    words: '按说,作为X的控制者,马斯克若看不惯OpenAI,是分分钟可以将之封号的',
    says: {
      zh: '按说,作为X的控制者,马斯克若看不惯OpenAI,分分钟就可以将它封号',
      en: "By rights, as the controller of X, Musk could ban OpenAI's account in no time if he disliked it",
    },
  },
  {
    words: '但马斯克似乎有马斯克的玩法',
    says: { zh: '但马斯克似乎有他自己的玩法', en: 'But Musk seems to have his own way of playing it' },
  },
  {
    words: '他就喜欢对不同意见之帖进行跟帖',
    says: { zh: '他就喜欢对意见不同的帖子跟帖', en: 'He just likes replying to posts he disagrees with' },
    stance: 'claims',
  },
  {
    words: '有时候,他还热衷转发之类',
    says: { zh: '有时候他还热衷转发之类', en: 'Sometimes he is also keen on reposting and the like' },
    stance: 'claims',
  },
  {
    words: '反正马斯克这么一跟帖,也招来了奥尔特曼的迅速回击',
    says: { zh: '马斯克这么一跟帖,招来了奥尔特曼的迅速回击', en: "Musk's replying like this drew a swift rebuttal from Altman" },
  },
  {
    words: '不过,奥尔特曼似乎说得还算客气',
    says: { zh: '不过,奥尔特曼似乎说得还算客气', en: 'Altman, though, seems to have put it fairly politely' },
  },
  {
    words: '马斯克“肯定知道自己已经搞错了”',
    says: { zh: '马斯克“肯定知道自己已经搞错了”', en: 'Musk "surely knows he has got it wrong"' },
    stance: 'rebuts',
  },
  {
    words: '奥尔特曼希望马斯克到得克萨斯州探访OpenAI首家数据中心',
    says: {
      zh: '奥尔特曼希望马斯克到得克萨斯州探访OpenAI首家数据中心',
      en: "Altman would like Musk to visit OpenAI's first data centre in Texas",
    },
  },
  {
    words: '“星际之门”对美国意义重大',
    says: { zh: '“星际之门”对美国意义重大', en: 'Stargate matters greatly to America' },
  },

  // ------------------------------------------------------------------ Haberman
  {
    words: '马斯克在特朗普面前显得有些傲慢了',
    says: { zh: '马斯克在特朗普面前显得有些傲慢了', en: 'Musk has come across as somewhat arrogant in front of Trump' },
  },
  {
    words: '特朗普甚至都还没有正式上任,他就已经开始介入政治事务,甚至被民主党人称为‘马斯克总统’',
    says: {
      zh: '特朗普甚至还没有正式上任,马斯克就已经开始介入政治事务,甚至被民主党人称为“马斯克总统”',
      en: 'Trump had not even formally taken office, and Musk was already getting involved in political affairs, even being called "President Musk" by Democrats',
    },
  },
  {
    words: '马斯克总统',
    near: '民主党人',
    says: { zh: '称马斯克为“马斯克总统”', en: 'Calling Musk "President Musk"' },
    stance: 'criticises',
  },
  {
    words:
      '尽管特朗普核心圈子都承认“马斯克是特朗普的忠实支持者”,但这并不意味着他们喜欢马斯克,“我觉得他们(特朗普核心圈子的人)可能也对马斯克对他们的咄咄逼人的态度感到困惑',
    says: {
      zh: '尽管特朗普核心圈子都承认“马斯克是特朗普的忠实支持者”,但这并不意味着他们喜欢马斯克;“我觉得他们(特朗普核心圈子的人)可能也对马斯克对他们咄咄逼人的态度感到困惑”',
      en: 'Although Trump\'s inner circle all acknowledge that "Musk is a loyal supporter of Trump", that does not mean they like Musk: "I think they (the people in Trump\'s inner circle) may also be puzzled by Musk\'s aggressive attitude towards them"',
    },
  },
  {
    words: '马斯克是特朗普的忠实支持者',
    says: { zh: '“马斯克是特朗普的忠实支持者”', en: '"Musk is a loyal supporter of Trump"' },
  },
  {
    words: '在特朗普搬到白宫后,马斯克可能不会(在白宫)有自己的办公室,他甚至可能不会有通行证',
    says: {
      zh: '特朗普搬到白宫后,马斯克可能不会(在白宫)有自己的办公室,甚至可能不会有通行证',
      en: 'After Trump moves into the White House, Musk may not have an office of his own (in the White House), and may not even have a pass',
    },
  },

  // ------------------------------------------------------------------ Musk and Trump's base
  {
    words: '特朗普在大选中胜出,马斯克功不可没',
    says: { zh: '特朗普在大选中胜出,马斯克功不可没', en: "Trump won the election, and Musk's part in it cannot be denied" },
    stance: 'claims',
  },
  {
    words: '他慷慨解囊,捐出2.7亿美元支持特朗普,还亲自站台造势,为特朗普的胜选助力',
    says: {
      zh: '他慷慨解囊,捐出{2.7亿美元}支持特朗普,还亲自站台造势,为特朗普的胜选助力',
      en: 'He gave generously, donating {2.7亿美元} to support Trump, and campaigned for him in person to help him win',
    },
  },
  {
    words: '在美国富豪圈中,如此慷慨解囊、鼎力相助者,实属罕见',
    says: {
      zh: '在美国富豪圈中,如此慷慨解囊、鼎力相助的人实属罕见',
      en: "Among America's rich, someone who gives so generously and helps so wholeheartedly is rare indeed",
    },
    stance: 'praises',
    about: ['musk'],
  },
  {
    words: '特朗普也投桃报李,与马斯克形影不离,甚至让他长期\n\n“美国总理”,足见其在政坛上的地位之显赫',
    says: {
      zh: '特朗普也投桃报李,与马斯克形影不离,甚至让他长期“美国总理”(原文此处似有缺字),足见其在政坛上的地位之显赫',
      en: 'Trump returned the favour: he has been inseparable from Musk, even letting him for a long time "America\'s prime minister" (a word seems to be missing here), which shows how prominent Musk\'s standing in politics is',
    },
  },
  {
    words: '然而,马斯克与特朗普的基本盘——那些“MAGA”红脖子群体,却如同水火不容',
    says: {
      zh: '然而,马斯克与特朗普的基本盘——那些“MAGA”红脖子群体——却如同水火不容',
      en: 'Yet Musk and Trump\'s base, those "MAGA" redneck crowds, are at odds like fire and water',
    },
    stance: 'claims',
  },
  {
    words: '以马斯克为首的科技巨头在特朗普团队中占比增加,其与传统右翼民族主义者之间本就存在利益冲突,特朗普的上台使其团队内部矛盾更为凸显',
    says: {
      zh: '以马斯克为首的科技巨头在特朗普团队中占比增加,它们与传统右翼民族主义者之间本就存在利益冲突;特朗普的上台使其团队内部矛盾更为凸显',
      en: "The tech giants led by Musk have a growing share of Trump's team, and there was already a conflict of interest between them and the traditional right-wing nationalists; Trump's coming to power has brought the conflicts inside his team further into the open",
    },
    stance: 'claims',
  },
  {
    words:
      '马斯克主张更多引进高技能的外国劳动力,以此提高美国企业在全球竞争中的优势,而这一立场与右翼民族主义者坚持的严格移民政策产生了直接冲突',
    says: {
      zh: '马斯克主张更多引进高技能的外国劳动力,以提高美国企业在全球竞争中的优势;这一立场与右翼民族主义者坚持的严格移民政策产生了直接冲突',
      en: 'Musk advocates bringing in more highly skilled foreign workers to strengthen US companies in global competition, a position in direct conflict with the strict immigration policy right-wing nationalists insist on',
    },
  },
  {
    words: '马斯克的立场是“全球技术封建主义”,认为这种政策会让美国工人失去工作机会,尤其是工薪阶层的利益受损',
    says: {
      zh: '班农等人称马斯克的立场是“全球技术封建主义”,认为这种政策会让美国工人失去工作机会,尤其会损害工薪阶层的利益',
      en: 'Bannon and others call Musk\'s position "global techno-feudalism": such a policy would cost American workers job opportunities, above all hurting the working class',
    },
  },

  // ------------------------------------------------------------------ why: Musk too high-profile
  {
    words: '究其原因,马斯克这段时间以来实在是过于高调了',
    says: { zh: '究其原因,马斯克这段时间以来实在过于高调了', en: 'The reason: Musk has been far too high-profile of late' },
    stance: 'criticises',
  },
  {
    words: '他公开评论的事务范围相当广,从特朗普团队内部、到美国国内、再到国外',
    says: {
      zh: '他公开评论的事务范围相当广,从特朗普团队内部、到美国国内、再到国外',
      en: "He comments publicly on quite a wide range of matters: inside Trump's team, within the US, and abroad",
    },
    stance: 'claims',
  },
  {
    words: '可以说,只要与马斯克有着重大利益相关的领域,他最近几乎都说过话',
    says: {
      zh: '可以说,只要是与马斯克有重大利益相关的领域,他最近几乎都说过话',
      en: 'One could say that lately he has spoken on almost every field in which he has a major interest',
    },
  },
  {
    words: '对于特朗普来说,马斯克无疑是他能当选的大功臣,他也很可能对马斯克有更多的容忍度,但这肯定也是有限度的',
    says: {
      zh: '对特朗普来说,马斯克无疑是他能当选的大功臣,他也很可能对马斯克更能容忍,但这肯定也有限度',
      en: 'For Trump, Musk is undoubtedly a major contributor to his election, and he very likely tolerates more from Musk, but that surely has its limits',
    },
  },
  {
    words: '一旦马斯克越过了特朗普心中的底线,后者必然会感到强烈不满',
    says: {
      zh: '一旦马斯克越过了特朗普心中的底线,特朗普必然会感到强烈不满',
      en: "Once Musk crosses the line in Trump's mind, Trump will certainly be strongly displeased",
    },
    stance: 'forecasts',
  },

  // ------------------------------------------------------------------ the author's verdict
  {
    words: '这场闹剧折射出美国国家治理模式中的深层矛盾',
    says: {
      zh: '这场闹剧折射出美国国家治理模式中的深层矛盾',
      en: 'This farce reflects deep contradictions in the American model of national governance',
    },
    stance: 'criticises',
  },
  {
    words:
      '特朗普在“星际之门”项目上的乐观承诺与实际操作间存在巨大鸿沟,这种“画饼治国”的风格不仅无法赢得民众信任,还揭示了美国科技政策的短视和混乱',
    says: {
      zh: '特朗普在“星际之门”项目上的乐观承诺与实际操作之间存在巨大鸿沟;这种“画饼治国”的风格不仅无法赢得民众信任,还揭示了美国科技政策的短视和混乱',
      en: 'There is a huge gap between Trump\'s optimistic promises on Stargate and what is actually done; this "governing by pie in the sky" style cannot win public trust, and it also reveals the short-sightedness and disorder of US technology policy',
    },
    stance: 'criticises',
  },
  {
    words:
      '一方面,特朗普希望通过虚张声势的投资计划刺激就业、振兴经济,为“让美国再次伟大”增添一笔政绩;另一方面,围绕这一计划的资金问题、利益分配以及内部博弈,都显示出美国体制内的低效与混乱',
    says: {
      zh: '一方面,特朗普希望通过虚张声势的投资计划刺激就业、振兴经济,为“让美国再次伟大”增添一笔政绩;另一方面,围绕这一计划的资金问题、利益分配和内部博弈,都显示出美国体制内的低效与混乱',
      en: 'On one hand, Trump hopes to spur jobs and revive the economy with a blustering investment plan, adding an achievement to "Make America Great Again"; on the other, the money questions, the sharing of benefits and the infighting around the plan all show inefficiency and disorder within the US system',
    },
    stance: 'criticises',
  },
  {
    words: '马斯克的质疑直指核心问题:美国的科技雄心缺乏真实的经济基础支撑',
    says: {
      zh: '马斯克的质疑直指核心问题:美国的科技雄心缺乏真实的经济基础支撑',
      en: "Musk's challenge goes to the heart of the matter: America's technology ambitions lack a real economic foundation",
    },
    stance: 'claims',
  },

  // ------------------------------------------------------------------ infrastructure
  {
    words: '“星际之门”项目天然存在一个巨大的短板,那就是美国的基建能力',
    says: {
      zh: '“星际之门”项目天然存在一个巨大的短板:美国的基建能力',
      en: "The Stargate project has a huge built-in weakness: America's capacity to build infrastructure",
    },
    stance: 'claims',
  },
  {
    words: '早在奥巴马时期,美国就提出“北美高铁”项目,16年后依然没有完成',
    says: {
      zh: '早在奥巴马时期,美国就提出“北美高铁”项目,16年后依然没有完成',
      en: 'As early as the Obama years the US proposed the "North American high-speed rail" project; 16 years later it is still unfinished',
    },
  },
  {
    words: '拜登上台后,高调出台了总额2万亿的基建计划,最后也是不了了之',
    says: {
      zh: '拜登上台后高调出台了总额{2万亿}的基建计划,最后也不了了之',
      en: 'After taking office, Biden unveiled with fanfare an infrastructure plan totalling {2万亿}, which in the end also came to nothing',
    },
  },
  {
    words:
      'ChatGPT的热度已经大幅度下滑,原因就是该产品存在严重成本问题,在其他竞品面前劣势明显,因此OpenAI想要通过修建AI基建,来解决成本过高的问题',
    says: {
      zh: 'ChatGPT的热度已经大幅下滑,原因就是该产品存在严重的成本问题,在其他竞品面前劣势明显;因此OpenAI想通过修建AI基建来解决成本过高的问题',
      en: "ChatGPT's popularity has fallen sharply, because the product has serious cost problems and is at a clear disadvantage against competitors; so OpenAI wants to solve its high costs by building AI infrastructure",
    },
    stance: 'claims',
  },
  {
    words: '然而,AI的用电量很大,但美国的电力基建能力很差,过去10年发电量都没有什么提升',
    says: {
      zh: '然而,AI的用电量很大,美国的电力基建能力却很差,过去10年发电量都没有什么提升',
      en: "Yet AI uses a great deal of electricity, while America's power infrastructure is poor: power generation has barely grown over the past 10 years",
    },
    stance: 'claims',
  },

  // ------------------------------------------------------------------ outlook
  {
    words: '在未来,特朗普的“星际之门”计划究竟会成就美国的科技黄金时代,还是成为一个空洞的政治宣言,仍然扑朔迷离',
    says: {
      zh: '特朗普的“星际之门”计划将来究竟会成就美国的科技黄金时代,还是成为一个空洞的政治宣言,仍然扑朔迷离',
      en: "Whether Trump's Stargate plan will bring about a golden age of American technology or turn out an empty political declaration remains unclear",
    },
    stance: 'questions',
  },
  {
    words: '不可否认的是,人工智能的革命确实将在全球范围内引发深远的变化,而这一变化的主导权,正在美国与中国之间展开一场前所未有的博弈',
    says: {
      zh: '不可否认,人工智能革命确实将在全球引发深远的变化,而这一变化的主导权,正在美国与中国之间展开一场前所未有的博弈',
      en: 'Undeniably, the AI revolution will bring far-reaching change worldwide, and the lead in this change is the object of an unprecedented contest between the US and China',
    },
    stance: 'forecasts',
  },
  {
    words: '但无论如何,特朗普的“赌局”才刚刚开始,接下来,美国的政治与经济舞台,将迎来更多高潮与反转',
    says: {
      zh: '无论如何,特朗普的“赌局”才刚刚开始,接下来美国的政治与经济舞台将迎来更多高潮与反转',
      en: 'In any case, Trump\'s "gamble" has only just begun; next, American politics and the economy will see more climaxes and reversals',
    },
    stance: 'forecasts',
  },
];
