// What cluster search indexes: every searchable document of a cluster (public articles, catalog
// entries, service guides, public replied letters, interviews, surveys, topics and supply-and-demand
// notices of every site), each with its kind, site, title, text, date and link.
import { isPublic, type Cluster } from '../cluster.js';
import { formatDocumentNumber } from '../catalog.js';
import { currentStatus } from '../letters.js';
import type { Language, Localized } from '../schema/index.js';
import type { SearchDocument, SearchIndexOptions, SearchKind } from './types.js';

/** Every searchable document of the cluster. */
export function searchDocuments(cluster: Cluster, options: SearchIndexOptions = {}): SearchDocument[] {
  const now = options.now ?? new Date().toISOString();
  const docs: SearchDocument[] = [];
  const add = (
    kind: SearchKind,
    siteId: string,
    itemId: string,
    language: Language,
    title: string,
    text: string,
    date: string,
  ) =>
    docs.push({
      id: `${kind}:${siteId}:${itemId}`,
      kind,
      siteId,
      itemId,
      language,
      title,
      text,
      date: date.slice(0, 10),
    });
  for (const site of cluster.sites.values()) {
    const lang = site.language;
    for (const a of site.articles) {
      if (!isPublic(a, now)) continue;
      add(
        'article',
        site.id,
        a.id,
        a.language,
        a.title,
        [a.subtitle, a.summary, ...a.body].filter(Boolean).join('\n'),
        a.publishedAt,
      );
    }
    for (const e of site.catalog) {
      const dn = e.documentNumber ? formatDocumentNumber(e.documentNumber) : '';
      add(
        'catalog',
        site.id,
        e.indexNumber,
        e.language,
        e.title,
        [dn, e.issuingOrgans.join(' '), e.keywords.join(' '), e.indexNumber].join('\n'),
        e.publishedAt,
      );
    }
    for (const s of site.services) {
      const text = (value: Localized): string =>
        lang === 'mn' ? (value.mn ?? value.zh ?? '') : (value.zh ?? value.mn ?? '');
      add(
        'service',
        site.id,
        s.id,
        lang,
        text(s.name),
        [
          text(s.kind),
          ...s.conditions.map(text),
          ...s.materials.map((m) => text(m.name)),
          ...s.steps.map((x) => `${text(x.name)} ${text(x.description)}`),
        ].join('\n'),
        '',
      );
    }
    for (const l of site.letters) {
      if (!l.public || currentStatus(l) !== 'replied' || !l.reply) continue;
      add('letter', site.id, l.id, l.language, l.subject, [...l.body, ...l.reply.body].join('\n'), l.reply.at);
    }
    for (const i of site.interviews)
      add(
        'interview',
        site.id,
        i.id,
        i.language,
        i.title,
        [i.summary, ...i.guests.map((g) => `${g.name} ${g.title}`), ...i.transcript.map((t) => t.text)].join('\n'),
        i.scheduledAt,
      );
    for (const s of site.surveys)
      add(
        'survey',
        site.id,
        s.id,
        s.language,
        s.title,
        [...s.description, ...s.questions.map((q) => q.text), ...(s.feedback ?? [])].join('\n'),
        s.opensAt,
      );
    for (const t of site.topics) add('topic', site.id, t.id, t.language, t.title, t.summary, t.startsAt);
    for (const n of site.supplyDemand)
      add(
        'supply-demand',
        site.id,
        n.id,
        n.language,
        n.title,
        [n.product, n.location, n.price ?? ''].join('\n'),
        n.postedAt,
      );
  }
  return docs;
}
