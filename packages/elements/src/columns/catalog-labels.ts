/**
 * Reader-facing names of the disclosure catalog's vocabularies (topic, genre, validity,
 * interpretation form) in the interface locale. Shared by the article page, the interpretation
 * list and the disclosure catalog.
 *
 * Chinese and Mongolian names come from @bichig/cluster's vocabularies (`vocabularyLabel`), the
 * one place that names every term in both languages of the cluster — the same words the portal
 * prints on its prerendered catalog pages. Only English, which the cluster does not carry, goes
 * through @lit/localize (the `msg` calls below, whose source text is the Chinese name).
 */
import { msg } from '@lit/localize';
import { vocabularyLabel } from '@bichig/cluster';
import type {
  CatalogGenre,
  CatalogTopic,
  InterpretationForm,
  Validity,
  VOCABULARIES,
  VocabularyName,
} from '@bichig/cluster';
import { getLocale } from '../localize.js';

/** The cluster's name of `term` in the interface locale, or `english()` when the locale is English. */
function labelOf<V extends VocabularyName>(
  vocabulary: V,
  term: keyof (typeof VOCABULARIES)[V] & string,
  english: () => string,
): string {
  const locale = getLocale();
  if (locale === 'mn-Mong') return vocabularyLabel(vocabulary, term, 'mn');
  if (locale === 'zh-Hans') return vocabularyLabel(vocabulary, term, 'zh');
  return english();
}

export function validityLabel(validity: Validity): string {
  return labelOf('validity', validity, () => {
    switch (validity) {
      case 'valid':
        return msg('有效', { id: 'catalog-labels.validity.valid' });
      case 'amended':
        return msg('已修订', { id: 'catalog-labels.validity.amended' });
      case 'abolished':
        return msg('已废止', { id: 'catalog-labels.validity.abolished' });
      case 'not-yet-effective':
        return msg('尚未生效', { id: 'catalog-labels.validity.not-yet-effective' });
    }
  });
}

export function interpretationFormLabel(form: InterpretationForm): string {
  return labelOf('interpretation-form', form, () => {
    switch (form) {
      case 'text':
        return msg('文字解读', { id: 'catalog-labels.form.text' });
      case 'graphic':
        return msg('图解', { id: 'catalog-labels.form.graphic' });
      case 'video':
        return msg('视频解读', { id: 'catalog-labels.form.video' });
      case 'expert':
        return msg('专家解读', { id: 'catalog-labels.form.expert' });
      case 'official':
        return msg('部门解读', { id: 'catalog-labels.form.official' });
    }
  });
}

export const INTERPRETATION_FORMS: readonly InterpretationForm[] = ['text', 'graphic', 'video', 'expert', 'official'];

/** The genre as printed on the document (命令, 通知…). */
export function genreLabel(genre: CatalogGenre): string {
  return labelOf('genre', genre, () => {
    switch (genre) {
      case 'order':
        return msg('命令', { id: 'catalog-labels.genre.order' });
      case 'decision':
        return msg('决定', { id: 'catalog-labels.genre.decision' });
      case 'announcement':
        return msg('公告', { id: 'catalog-labels.genre.announcement' });
      case 'circular':
        return msg('通告', { id: 'catalog-labels.genre.circular' });
      case 'opinion':
        return msg('意见', { id: 'catalog-labels.genre.opinion' });
      case 'notice':
        return msg('通知', { id: 'catalog-labels.genre.notice' });
      case 'bulletin':
        return msg('通报', { id: 'catalog-labels.genre.bulletin' });
      case 'report':
        return msg('报告', { id: 'catalog-labels.genre.report' });
      case 'reply':
        return msg('批复', { id: 'catalog-labels.genre.reply' });
      case 'letter':
        return msg('函', { id: 'catalog-labels.genre.letter' });
      case 'minutes':
        return msg('纪要', { id: 'catalog-labels.genre.minutes' });
      case 'plan':
        return msg('规划', { id: 'catalog-labels.genre.plan' });
      case 'measures':
        return msg('办法', { id: 'catalog-labels.genre.measures' });
      case 'other':
        return msg('其他', { id: 'catalog-labels.genre.other' });
    }
  });
}

/** The topic category (主题分类). */
export function topicLabel(topic: CatalogTopic): string {
  return labelOf('topic', topic, () => {
    switch (topic) {
      case 'general-affairs':
        return msg('综合政务', { id: 'catalog-labels.topic.general-affairs' });
      case 'economy-planning':
        return msg('国民经济管理、国有资产监管', { id: 'catalog-labels.topic.economy-planning' });
      case 'finance':
        return msg('财政、金融、审计', { id: 'catalog-labels.topic.finance' });
      case 'land-resources':
        return msg('国土资源、能源', { id: 'catalog-labels.topic.land-resources' });
      case 'agriculture':
        return msg('农业、林业、水利', { id: 'catalog-labels.topic.agriculture' });
      case 'industry':
        return msg('工业、交通', { id: 'catalog-labels.topic.industry' });
      case 'commerce':
        return msg('商贸、海关、旅游', { id: 'catalog-labels.topic.commerce' });
      case 'market-regulation':
        return msg('市场监管、安全生产监管', { id: 'catalog-labels.topic.market-regulation' });
      case 'urban-rural':
        return msg('城乡建设、环境保护', { id: 'catalog-labels.topic.urban-rural' });
      case 'science-education':
        return msg('科技、教育', { id: 'catalog-labels.topic.science-education' });
      case 'culture':
        return msg('文化、广电、新闻出版', { id: 'catalog-labels.topic.culture' });
      case 'health':
        return msg('卫生、体育', { id: 'catalog-labels.topic.health' });
      case 'population':
        return msg('人口与计划生育、妇女儿童工作', { id: 'catalog-labels.topic.population' });
      case 'labour':
        return msg('劳动、人事、监察', { id: 'catalog-labels.topic.labour' });
      case 'public-security':
        return msg('公安、安全、司法', { id: 'catalog-labels.topic.public-security' });
      case 'civil-affairs':
        return msg('民政、扶贫、救灾', { id: 'catalog-labels.topic.civil-affairs' });
      case 'ethnic-religious':
        return msg('民族、宗教', { id: 'catalog-labels.topic.ethnic-religious' });
      case 'other':
        return msg('其他', { id: 'catalog-labels.topic.other' });
    }
  });
}
