// The portal's own interface strings (page chrome the prerenderer writes), in Chinese and in
// traditional Mongolian. `~` stands for NARROW NO-BREAK SPACE (U+202F) before a case suffix and
// `^` for MONGOLIAN VOWEL SEPARATOR (U+180E), so the source stays readable; `mn()` expands them.
// The elements' own strings live in their @lit/localize catalogs.
import type { Language } from '@bichig/cluster';
import { expandControlShorthand } from '@bichig/core/mongolian';

/** Expands `~` to U+202F and `^` to U+180E. */
export function mn(text: string): string {
  return expandControlShorthand(text);
}

const STRINGS = {
  skipToContent: { zh: '跳到主要内容', mn: mn('ᠭᠣᠣᠯ ᠠᠭᠤᠯᠭ^ᠠ~ᠳᠤ ᠰᠢᠯᠵᠢᠬᠦ') },
  home: { zh: '首页', mn: mn('ᠲᠡᠷᠢᠭᠦᠨ ᠨᠢᠭᠤᠷ') },
  siteNavigation: { zh: '栏目导航', mn: mn('ᠭᠠᠷᠴᠠᠭ') },
  accessibility: { zh: '无障碍', mn: mn('ᠰᠠᠭᠠᠳ ᠦᠭᠡᠢ') },
  breadcrumb: { zh: '当前位置', mn: mn('ᠣᠳᠣᠬᠢ ᠪᠠᠢᠷᠢ') },
  search: { zh: '搜索', mn: mn('ᠬᠠᠢᠬᠤ') },
  searchCluster: { zh: '全站搜索', mn: mn('ᠪᠦᠬᠦ ᠰᠦᠯᠵᠢᠶᠡᠨ~ᠡᠴᠡ ᠬᠠᠢᠬᠤ') },
  more: { zh: '更多', mn: mn('ᠨᠡᠩ ᠣᠯᠠᠨ') },
  published: { zh: '发布日期', mn: mn('ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ') },
  source: { zh: '来源', mn: mn('ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ') },
  author: { zh: '作者', mn: mn('ᠵᠣᠬᠢᠶᠠᠭᠴᠢ') },
  attachments: { zh: '附件', mn: mn('ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ') },
  previousPage: { zh: '上一页', mn: mn('ᠡᠮᠦᠨᠡᠬᠢ ᠨᠢᠭᠤᠷ') },
  nextPage: { zh: '下一页', mn: mn('ᠳᠠᠷᠠᠭᠠᠬᠢ ᠨᠢᠭᠤᠷ') },
  pagination: { zh: '分页', mn: mn('ᠨᠢᠭᠤᠷ') },
  organiser: { zh: '主办单位', mn: mn('ᠡᠷᠬᠢᠯᠡᠭᠴᠢ ᠪᠠᠢᠭᠤᠯᠤᠯᠭ^ᠠ') },
  siteCode: { zh: '网站标识码', mn: mn('ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ~ᠶᠢᠨ ᠺᠣᠳ') },
  phone: { zh: '电话', mn: mn('ᠤᠲᠠᠰᠤ') },
  address: { zh: '地址', mn: mn('ᠬᠠᠶᠢᠭ') },
  empty: { zh: '暂无内容', mn: mn('ᠠᠭᠤᠯᠭ^ᠠ ᠦᠭᠡᠢ') },
  leaders: { zh: '领导', mn: mn('ᠳᠠᠷᠤᠭ^ᠠ~ᠨᠠᠷ') },
  duties: { zh: '分管工作', mn: mn('ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠠᠵᠢᠯ') },
  statistics: { zh: '办理统计', mn: mn('ᠪᠠᠷᠢᠭᠰᠠᠨ ᠪᠠᠢᠳᠠᠯ~ᠤᠨ ᠪᠦᠷᠢᠳᠭᠡᠯ') },
  received: { zh: '收到来信', mn: mn('ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠵᠠᠬᠢᠳᠠᠯ') },
  replied: { zh: '已回复', mn: mn('ᠬᠠᠷᠢᠭᠤ ᠥᠭᠭᠦᠭᠰᠡᠨ') },
  answerRate: { zh: '回复率', mn: mn('ᠬᠠᠷᠢᠭᠤ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠬᠤᠪᠢ') },
  onTimeRate: { zh: '按期办结率', mn: mn('ᠬᠤᠭᠤᠴᠠᠭ^ᠠ~ᠳᠤᠨᠢ ᠪᠠᠷᠢᠭᠰᠠᠨ ᠬᠤᠪᠢ') },
  repliedLetters: { zh: '来信选登', mn: mn('ᠬᠠᠷᠢᠭᠤ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠵᠠᠬᠢᠳᠠᠯ') },
  reply: { zh: '回复', mn: mn('ᠬᠠᠷᠢᠭᠤ') },
  writeLetter: { zh: '写信', mn: mn('ᠵᠠᠬᠢᠳᠠᠯ ᠪᠢᠴᠢᠬᠦ') },
  guests: { zh: '嘉宾', mn: mn('ᠵᠣᠴᠢᠨ') },
  transcript: { zh: '文字实录', mn: mn('ᠦᠰᠦᠭ~ᠦᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ') },
  responses: { zh: '参与人数', mn: mn('ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠨ ᠬᠦᠮᠦᠨ') },
  votes: { zh: '票', mn: mn('ᠰᠠᠨᠠᠯ') },
  opens: { zh: '征集时间', mn: mn('ᠰᠠᠨᠠᠯ ᠠᠪᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ^ᠠ') },
  conditions: { zh: '受理条件', mn: mn('ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠨᠥᠬᠦᠴᠡᠯ') },
  materials: { zh: '申请材料', mn: mn('ᠪᠠᠷᠢᠮᠲᠠ ᠪᠢᠴᠢᠭ') },
  steps: { zh: '办理流程', mn: mn('ᠪᠠᠷᠢᠬᠤ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ') },
  timeLimit: { zh: '承诺时限（工作日）', mn: mn('ᠪᠠᠷᠢᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ^ᠠ') },
  fee: { zh: '收费', mn: mn('ᠬᠤᠷᠢᠶᠠᠮᠵᠢ') },
  location: { zh: '办理地点', mn: mn('ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ') },
  hours: { zh: '办理时间', mn: mn('ᠪᠠᠷᠢᠬᠤ ᠴᠠᠭ') },
  basis: { zh: '设定依据', mn: mn('ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠦᠨᠳᠦᠰᠦ') },
  serviceKind: { zh: '事项类型', mn: mn('ᠬᠡᠷᠡᠭ ᠶᠠᠪᠤᠳᠠᠯ~ᠤᠨ ᠲᠥᠷᠥᠯ') },
  download: { zh: '下载', mn: mn('ᠪᠠᠭᠤᠯᠭᠠᠬᠤ') },
  price: { zh: '价格', mn: mn('ᠦᠨ^ᠡ') },
  change: { zh: '涨跌', mn: mn('ᠥᠭᠡᠳᠡ ᠪᠠᠭᠤᠷᠠ') },
  product: { zh: '品名', mn: mn('ᠪᠦᠲᠦᠭᠡᠭᠳᠡᠬᠦᠨ') },
  contact: { zh: '联系人', mn: mn('ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠬᠦᠮᠦᠨ') },
  quantity: { zh: '数量', mn: mn('ᠲᠣᠭ^ᠠ') },
  supply: { zh: '供应', mn: mn('ᠨᠢᠶᠢᠯᠡᠭᠦᠯᠬᠦ') },
  demand: { zh: '需求', mn: mn('ᠬᠡᠷᠡᠭᠴᠡᠭᠡ') },
  pinned: { zh: '置顶', mn: mn('ᠲᠡᠷᠢᠭᠦᠨ~ᠳᠦ') },
  pictureNews: { zh: '图片新闻', mn: mn('ᠵᠢᠷᠤᠭᠲᠤ ᠮᠡᠳᠡᠭᠡ') },
  carousel: { zh: '轮播', mn: mn('ᠵᠢᠷᠤᠭ~ᠤᠨ ᠵᠠᠭᠰᠠᠭᠠᠯ') },
  slide: { zh: '幻灯片', mn: mn('ᠵᠢᠷᠤᠭ') },
  topic: { zh: '主题分类', mn: mn('ᠰᠡᠳᠦᠪ~ᠦᠨ ᠠᠩᠭᠢᠯᠠᠯ') },
  genre: { zh: '体裁分类', mn: mn('ᠬᠡᠯᠪᠡᠷᠢ~ᠶᠢᠨ ᠠᠩᠭᠢᠯᠠᠯ') },
  validity: { zh: '有效性', mn: mn('ᠬᠦᠴᠦᠨ ᠲᠡᠭᠦᠯᠳᠡᠷ') },
  indexNumber: { zh: '索引号', mn: mn('ᠢᠨᠳᠧᠺᠰ') },
  documentNumber: { zh: '文号', mn: mn('ᠪᠢᠴᠢᠭ~ᠦᠨ ᠳ᠋ᠤᠭᠠᠷ') },
  issuingOrgan: { zh: '发布机构', mn: mn('ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠭ^ᠠ') },
  resultsFor: { zh: '搜索结果', mn: mn('ᠬᠠᠢᠯᠲᠠ~ᠶᠢᠨ ᠦᠷ^ᠡ ᠳ᠋ᠦᠩ') },
  sections: { zh: '专题栏目', mn: mn('ᠲᠤᠰᠭᠠᠢ ᠰᠡᠳᠦᠪ') },
  otherSites: { zh: '集群网站', mn: mn('ᠰᠦᠯᠵᠢᠶᠡᠨ ᠥᠷᠲᠡᠭᠡ') },
  mongolianVersion: { zh: 'ᠮᠣᠩᠭᠣᠯ', mn: mn('ᠮᠣᠩᠭᠣᠯ') },
  chineseVersion: { zh: '中文', mn: '中文' },
  noJs: {
    zh: '此功能需要浏览器运行 JavaScript。页面上的其他内容无需 JavaScript 即可阅读。',
    mn: mn('ᠡᠨᠡ ᠦᠢᠯᠡᠳᠬᠦᠨ~ᠳᠦ JavaScript ᠬᠡᠷᠡᠭᠲᠡᠢ᠃'),
  },
  deskTitle: { zh: '信件办理工作台', mn: mn('ᠵᠠᠬᠢᠳᠠᠯ ᠰᠢᠳᠭᠡᠬᠦ ᠠᠵᠢᠯ~ᠤᠨ ᠰᠢᠷᠡᠭᠡ') },
  deskExplain: {
    zh: '各单位工作人员登录后办理本单位信箱的来信：分办、办理、答复、公开。',
    mn: mn('ᠠᠵᠢᠯᠲᠠᠨ ᠨᠡᠪᠲᠡᠷᠡᠭᠡᠳ᠂ ᠥᠪᠡᠷ~ᠦᠨ ᠭᠠᠵᠠᠷ~ᠤᠨ ᠵᠠᠬᠢᠳᠠᠯ~ᠢ ᠰᠢᠳᠭᠡᠨ᠎ᠡ᠃'),
  },
  deskNoServer: {
    zh: '这个门户没有连接服务器，工作台不能使用。',
    mn: mn('ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠰᠧᠷᠸᠧᠷ~ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠠᠵᠢᠯ~ᠤᠨ ᠰᠢᠷᠡᠭᠡ~ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠪᠣᠯᠣᠮᠵᠢ ᠦᠭᠡᠢ᠃'),
  },
  offlineTitle: { zh: '此页面暂时无法打开', mn: mn('ᠡᠨᠡ ᠨᠢᠭᠤᠷ~ᠢ ᠣᠳᠣ ᠨᠡᠭᠡᠭᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ') },
  offlineExplain: {
    zh: '您的设备现在没有网络连接，这个页面也没有保存在本设备上。连上网络后再打开即可。',
    mn: mn(
      'ᠰᠦᠯᠵᠢᠶ^ᠡ~ᠶᠢᠨ ᠬᠣᠯᠪᠣᠯᠲᠠ ᠦᠭᠡᠢ᠂ ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠲᠠᠨ~ᠤ ᠲᠥᠬᠦᠭᠡᠷᠦᠮᠵᠢ ᠳᠡᠭᠡᠷ^ᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠰᠦᠯᠵᠢᠶ^ᠡ ᠬᠣᠯᠪᠣᠭᠳᠠᠭᠰᠠᠨ~ᠤ ᠳᠠᠷᠠᠭ^ᠠ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠨ^ᠡ ᠦᠦ᠃',
    ),
  },
  offlineAvailable: { zh: '本设备上保存的、不联网也能阅读的页面：', mn: mn('ᠰᠦᠯᠵᠢᠶ^ᠡ ᠦᠭᠡᠢ ᠤᠩᠰᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠨᠢᠭᠤᠷ:') },
  offlineNone: { zh: '本设备上还没有保存页面。', mn: mn('ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠨᠢᠭᠤᠷ ᠠᠯᠢ ᠦᠭᠡᠢ᠃') },
  offlineNoScript: {
    zh: '列出已保存的页面需要浏览器运行 JavaScript。',
    mn: mn('ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠨᠢᠭᠤᠷ~ᠢ ᠬᠠᠷᠠᠭᠤᠯᠬᠤ~ᠳᠤ JavaScript ᠬᠡᠷᠡᠭᠲᠡᠢ᠃'),
  },
  updateReady: { zh: '网站有新版本。', mn: mn('ᠰᠠᠢᠲ~ᠤᠨ ᠰᠢᠨ^ᠡ ᠬᠡᠪᠯᠡᠯ ᠪᠠᠢᠨ^ᠠ᠃') },
  updateReload: { zh: '重新加载', mn: mn('ᠳᠠᠬᠢᠨ ᠠᠴᠢᠶᠠᠯᠠᠬᠤ') },
  updateLater: { zh: '稍后', mn: mn('ᠳᠠᠷᠠᠭ^ᠠ') },
} as const;

export type StringKey = keyof typeof STRINGS;

/** The interface string `key` in `language`. */
export function t(key: StringKey, language: Language): string {
  return STRINGS[key][language];
}

/** Every Mongolian interface string: the glyphs a Mongolian page's font subset must always keep. */
export function allMongolianStrings(): string {
  return Object.values(STRINGS)
    .map((s) => s.mn)
    .join(' ');
}
