// Reader-facing names of the disclosure catalog's controlled vocabularies in both languages of the
// cluster, so that a Mongolian site can show its catalog's facets, metadata and filters in
// traditional script. The Chinese names are the ones of the national standard catalogue (and equal
// CATALOG_TOPICS / CATALOG_GENRES); the Mongolian ones are the terms Inner Mongolian government
// sites use. In the sources below `~` stands for NARROW NO-BREAK SPACE (U+202F, before a case
// suffix) and `^` for MONGOLIAN VOWEL SEPARATOR (U+180E, before a separated final a/e).
import type * as v from 'valibot';
import type {
  Audience,
  CatalogGenre,
  CatalogTopic,
  InterpretationFormSchema,
  Language,
  Validity,
} from './schema/index.js';
import { expandControlShorthand } from '@bichig/core/mongolian';

/** A vocabulary term's name in Chinese and in traditional Mongolian script. */
export interface VocabularyLabel {
  /** Simplified Chinese. */
  readonly zh: string;
  /** Mongolian in traditional script. */
  readonly mn: string;
}

/** The form a policy reading takes: text, graphic (图解), video, expert or official. */
export type InterpretationForm = v.InferOutput<typeof InterpretationFormSchema>;

function label(zh: string, mn: string): VocabularyLabel {
  return { zh, mn: expandControlShorthand(mn) };
}

/** Topic categories (主题分类). */
export const CATALOG_TOPIC_LABELS: Readonly<Record<CatalogTopic, VocabularyLabel>> = {
  'general-affairs': label('综合政务', 'ᠶᠡᠷᠦᠩᠬᠡᠢ ᠵᠠᠰᠠᠭ~ᠤᠨ ᠬᠡᠷᠡᠭ'),
  'economy-planning': label(
    '国民经济管理、国有资产监管',
    'ᠤᠯᠤᠰ~ᠤᠨ ᠡᠳ~ᠦᠨ ᠵᠠᠰᠠᠭ~ᠤᠨ ᠵᠠᠬᠢᠷᠤᠯᠲᠠ᠂ ᠤᠯᠤᠰ~ᠤᠨ ᠬᠥᠷᠥᠩᠭᠡ~ᠶᠢᠨ ᠬᠢᠨᠠᠯᠲᠠ',
  ),
  finance: label('财政、金融、审计', 'ᠰᠠᠩᠬᠦᠦ᠂ ᠮᠥᠩᠭᠥᠨ ᠬᠥᠷᠥᠩᠭᠡ᠂ ᠰᠢᠯᠭᠠᠨ ᠪᠠᠢᠴᠠᠭᠠᠯᠲᠠ'),
  'land-resources': label('国土资源、能源', 'ᠭᠠᠵᠠᠷ ᠨᠤᠲᠤᠭ~ᠤᠨ ᠪᠠᠶᠠᠯᠢᠭ᠂ ᠡᠷᠴᠢᠮ ᠬᠦᠴᠦ'),
  agriculture: label('农业、林业、水利', 'ᠲᠠᠷᠢᠶᠠᠯᠠᠩ᠂ ᠣᠢ~ᠶᠢᠨ ᠠᠵᠤ ᠠᠬᠤᠢ᠂ ᠤᠰᠤᠨ ᠠᠵᠤ ᠠᠬᠤᠢ'),
  industry: label('工业、交通', 'ᠠᠵᠤ ᠦᠢᠯᠡᠳᠪᠦᠷᠢ᠂ ᠵᠠᠮ ᠬᠠᠷᠢᠯᠴᠠᠭ^ᠠ'),
  commerce: label('商贸、海关、旅游', 'ᠬᠤᠳᠠᠯᠳᠠ ᠠᠷᠠᠯᠵᠢᠶ^ᠠ᠂ ᠭᠠᠭᠠᠯᠢ᠂ ᠠᠶᠠᠯᠠᠯ ᠵᠢᠭᠤᠯᠴᠢᠯᠠᠯ'),
  'market-regulation': label('市场监管、安全生产监管', 'ᠵᠠᠬ^ᠠ ᠵᠡᠭᠡᠯᠢ~ᠶᠢᠨ ᠬᠢᠨᠠᠯᠲᠠ᠂ ᠠᠶᠤᠯᠭᠦᠢ ᠦᠢᠯᠡᠳᠪᠦᠷᠢ~ᠶᠢᠨ ᠬᠢᠨᠠᠯᠲᠠ'),
  'urban-rural': label('城乡建设、环境保护', 'ᠬᠣᠲᠠ ᠬᠥᠳᠡᠭᠡ~ᠶᠢᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ᠂ ᠣᠷᠴᠢᠨ ᠲᠣᠭᠣᠷᠢᠨ~ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ'),
  'science-education': label('科技、教育', 'ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠲᠧᠬᠨᠢᠭ᠂ ᠰᠤᠷᠭᠠᠨ ᠬᠦᠮᠦᠵᠢᠯ'),
  culture: label('文化、广电、新闻出版', 'ᠰᠣᠶᠤᠯ᠂ ᠥᠷᠭᠡᠨ ᠨᠡᠪᠲᠡᠷᠡᠭᠦᠯᠭᠡ᠂ ᠰᠣᠨᠢᠨ ᠬᠡᠪᠯᠡᠯ'),
  health: label('卫生、体育', 'ᠡᠷᠡᠭᠦᠯ ᠠᠬᠤᠢ᠂ ᠪᠢᠶ^ᠡ ᠲᠠᠮᠢᠷ'),
  population: label('人口与计划生育、妇女儿童工作', 'ᠬᠦᠨ ᠠᠮ ᠪᠠ ᠲᠥᠯᠥᠪᠯᠡᠵᠦ ᠲᠥᠷᠥᠭᠦᠯᠬᠦ᠂ ᠡᠮᠡᠭᠲᠡᠢᠴᠦᠳ ᠬᠡᠦᠬᠡᠳ~ᠦᠨ ᠠᠵᠢᠯ'),
  labour: label('劳动、人事、监察', 'ᠬᠥᠳᠡᠯᠮᠦᠷᠢ᠂ ᠬᠦᠮᠦᠨ ᠬᠦᠴᠦ᠂ ᠬᠢᠨᠠᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ'),
  'public-security': label('公安、安全、司法', 'ᠴᠠᠭᠳᠠᠭ^ᠠ᠂ ᠲᠥᠷᠥ~ᠶᠢᠨ ᠠᠶᠤᠯᠭᠦᠢ᠂ ᠰᠢᠭᠦᠨ ᠲᠠᠰᠤᠯᠠᠬᠤ'),
  'civil-affairs': label('民政、扶贫、救灾', 'ᠢᠷᠭᠡᠨ~ᠦ ᠬᠡᠷᠡᠭ᠂ ᠶᠠᠳᠠᠭᠤ~ᠶᠢ ᠲᠤᠰᠠᠯᠠᠬᠤ᠂ ᠭᠠᠮᠰᠢᠭ~ᠠᠴᠠ ᠠᠪᠤᠷᠠᠬᠤ'),
  'ethnic-religious': label('民族、宗教', 'ᠦᠨᠳᠦᠰᠦᠲᠡᠨ᠂ ᠱᠠᠰᠢᠨ ᠱᠦᠲᠦᠭᠡᠨ'),
  other: label('其他', 'ᠪᠤᠰᠤᠳ'),
};

/** Genres (体裁分类) of official documents. */
export const CATALOG_GENRE_LABELS: Readonly<Record<CatalogGenre, VocabularyLabel>> = {
  order: label('命令', 'ᠵᠠᠷᠯᠢᠭ'),
  decision: label('决定', 'ᠰᠢᠢᠳᠪᠦᠷᠢ'),
  announcement: label('公告', 'ᠵᠠᠷᠯᠠᠯ'),
  circular: label('通告', 'ᠨᠡᠢᠲᠡ~ᠶᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ'),
  opinion: label('意见', 'ᠰᠠᠨᠠᠯ'),
  notice: label('通知', 'ᠮᠡᠳᠡᠭᠳᠡᠯ'),
  bulletin: label('通报', 'ᠤᠬᠠᠭᠤᠯᠭ^ᠠ'),
  report: label('报告', 'ᠢᠯᠡᠳᠬᠡᠯ'),
  reply: label('批复', 'ᠬᠠᠷᠢᠭᠤ'),
  letter: label('函', 'ᠠᠯᠪᠠᠨ ᠪᠢᠴᠢᠭ'),
  minutes: label('纪要', 'ᠬᠤᠷᠠᠯ~ᠤᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ'),
  plan: label('规划', 'ᠲᠥᠯᠥᠪᠯᠡᠭᠡ'),
  measures: label('办法', 'ᠠᠷᠭ^ᠠ ᠬᠡᠮᠵᠢᠶ^ᠡ'),
  other: label('其他', 'ᠪᠤᠰᠤᠳ'),
};

/** Audiences (服务对象). */
export const AUDIENCE_LABELS: Readonly<Record<Audience, VocabularyLabel>> = {
  citizens: label('公民', 'ᠢᠷᠭᠡᠳ'),
  'legal-persons': label('法人', 'ᠬᠠᠤᠯᠢ~ᠶᠢᠨ ᠡᠲᠡᠭᠡᠳ'),
  herders: label('农牧民', 'ᠲᠠᠷᠢᠶᠠᠴᠢᠳ ᠮᠠᠯᠴᠢᠳ'),
  enterprises: label('企业', 'ᠠᠵᠤ ᠠᠬᠤᠢ~ᠶᠢᠨ ᠨᠢᠭᠡᠴᠡ'),
  government: label('政府机关', 'ᠵᠠᠰᠠᠭ~ᠤᠨ ᠣᠷᠳᠣᠨ ᠪᠠᠢᠭᠤᠯᠭ^ᠠ'),
  all: label('社会公众', 'ᠨᠡᠢᠭᠡᠮ~ᠦᠨ ᠣᠯᠠᠨ ᠨᠡᠢᠲᠡ'),
};

/** Validity (有效性). */
export const VALIDITY_LABELS: Readonly<Record<Validity, VocabularyLabel>> = {
  valid: label('有效', 'ᠬᠦᠴᠦᠨ~ᠲᠡᠢ'),
  amended: label('已修订', 'ᠵᠠᠰᠠᠭᠳᠠᠭᠰᠠᠨ'),
  abolished: label('已废止', 'ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠭᠰᠠᠨ'),
  'not-yet-effective': label('尚未生效', 'ᠬᠦᠴᠦᠨ~ᠲᠡᠢ ᠪᠣᠯᠤᠭ^ᠠ ᠦᠭᠡᠢ'),
};

/** Forms of policy readings (解读形式). */
export const INTERPRETATION_FORM_LABELS: Readonly<Record<InterpretationForm, VocabularyLabel>> = {
  text: label('文字解读', 'ᠪᠢᠴᠢᠭ~ᠦᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ'),
  graphic: label('图解', 'ᠵᠢᠷᠤᠭ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ'),
  video: label('视频解读', 'ᠳᠦᠷᠰᠦ ᠪᠢᠴᠢᠯᠭᠡ~ᠶᠢᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ'),
  expert: label('专家解读', 'ᠮᠡᠷᠭᠡᠵᠢᠯᠲᠡᠨ~ᠦ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ'),
  official: label('部门解读', 'ᠲᠠᠰᠤᠭ~ᠤᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ'),
};

/** The vocabularies by name, for {@link vocabularyLabel}. */
export const VOCABULARIES = {
  topic: CATALOG_TOPIC_LABELS,
  genre: CATALOG_GENRE_LABELS,
  audience: AUDIENCE_LABELS,
  validity: VALIDITY_LABELS,
  'interpretation-form': INTERPRETATION_FORM_LABELS,
} as const;
/** The name of a vocabulary: topic, genre, audience, validity or interpretation-form. */
export type VocabularyName = keyof typeof VOCABULARIES;

/**
 * A term's name in `language`, e.g. `vocabularyLabel('genre', 'notice', 'mn')` → ᠮᠡᠳᠡᠭᠳᠡᠯ. An
 * unknown term (data newer than this package) is returned as it is, so nothing is hidden.
 */
export function vocabularyLabel<V extends VocabularyName>(
  vocabulary: V,
  term: keyof (typeof VOCABULARIES)[V] & string,
  language: Language,
): string {
  const labels = VOCABULARIES[vocabulary] as Readonly<Record<string, VocabularyLabel>>;
  return labels[term]?.[language] ?? term;
}
