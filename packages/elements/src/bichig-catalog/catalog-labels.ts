// Names of the catalog's classifications in the interface language. The Chinese names are the
// ones @bichig/cluster documents (CATALOG_TOPICS, CATALOG_GENRES); each is a message so that
// Mongolian and English pages show their own.
import { msg } from '@lit/localize';
import type { CatalogGenre, CatalogTopic, Validity } from '@bichig/cluster';

export function topicLabel(topic: CatalogTopic): string {
  switch (topic) {
    case 'general-affairs': return msg('综合政务', { id: 'catalog.topic.general-affairs' });
    case 'economy-planning': return msg('国民经济管理、国有资产监管', { id: 'catalog.topic.economy-planning' });
    case 'finance': return msg('财政、金融、审计', { id: 'catalog.topic.finance' });
    case 'land-resources': return msg('国土资源、能源', { id: 'catalog.topic.land-resources' });
    case 'agriculture': return msg('农业、林业、水利', { id: 'catalog.topic.agriculture' });
    case 'industry': return msg('工业、交通', { id: 'catalog.topic.industry' });
    case 'commerce': return msg('商贸、海关、旅游', { id: 'catalog.topic.commerce' });
    case 'market-regulation': return msg('市场监管、安全生产监管', { id: 'catalog.topic.market-regulation' });
    case 'urban-rural': return msg('城乡建设、环境保护', { id: 'catalog.topic.urban-rural' });
    case 'science-education': return msg('科技、教育', { id: 'catalog.topic.science-education' });
    case 'culture': return msg('文化、广电、新闻出版', { id: 'catalog.topic.culture' });
    case 'health': return msg('卫生、体育', { id: 'catalog.topic.health' });
    case 'population': return msg('人口与计划生育、妇女儿童工作', { id: 'catalog.topic.population' });
    case 'labour': return msg('劳动、人事、监察', { id: 'catalog.topic.labour' });
    case 'public-security': return msg('公安、安全、司法', { id: 'catalog.topic.public-security' });
    case 'civil-affairs': return msg('民政、扶贫、救灾', { id: 'catalog.topic.civil-affairs' });
    case 'ethnic-religious': return msg('民族、宗教', { id: 'catalog.topic.ethnic-religious' });
    case 'other': return msg('其他', { id: 'catalog.topic.other' });
  }
}

export function genreLabel(genre: CatalogGenre): string {
  switch (genre) {
    case 'order': return msg('命令', { id: 'catalog.genre.order' });
    case 'decision': return msg('决定', { id: 'catalog.genre.decision' });
    case 'announcement': return msg('公告', { id: 'catalog.genre.announcement' });
    case 'circular': return msg('通告', { id: 'catalog.genre.circular' });
    case 'opinion': return msg('意见', { id: 'catalog.genre.opinion' });
    case 'notice': return msg('通知', { id: 'catalog.genre.notice' });
    case 'bulletin': return msg('通报', { id: 'catalog.genre.bulletin' });
    case 'report': return msg('报告', { id: 'catalog.genre.report' });
    case 'reply': return msg('批复', { id: 'catalog.genre.reply' });
    case 'letter': return msg('函', { id: 'catalog.genre.letter' });
    case 'minutes': return msg('纪要', { id: 'catalog.genre.minutes' });
    case 'plan': return msg('规划', { id: 'catalog.genre.plan' });
    case 'measures': return msg('办法', { id: 'catalog.genre.measures' });
    case 'other': return msg('其他', { id: 'catalog.genre.other' });
  }
}

export function validityLabel(validity: Validity): string {
  switch (validity) {
    case 'valid': return msg('有效', { id: 'catalog.validity.valid' });
    case 'amended': return msg('已修订', { id: 'catalog.validity.amended' });
    case 'abolished': return msg('已废止', { id: 'catalog.validity.abolished' });
    case 'not-yet-effective': return msg('尚未生效', { id: 'catalog.validity.not-yet-effective' });
  }
}
