// The data files the portal publishes for its interactive columns, cut from the fixture's site
// files (raw JSON, as the loader reads them). Each one carries what its column needs and what the
// public may read, and nothing else:
//  - a mailbox/survey slice per site: that site's columns, mailboxes, letters and surveys;
//  - the search data: every site with only what cluster search indexes. Letters that are not public
//    replies stay out of it, and so do price tables, references and interpretations, which search
//    does not read.

/** A site file of the cluster, as JSON. */
export type SiteFile = Record<string, unknown> & { id: string };

/** The fields of a letter this module reads. */
interface LetterRecord {
  public?: boolean;
  reply?: unknown;
  history?: Array<{ status?: string }>;
}

/** A letter the public may read: published, and answered (what search and the replied list show). */
export function isPublicReply(letter: unknown): boolean {
  const { public: published, reply, history } = letter as LetterRecord;
  return published === true && reply !== undefined && history?.at(-1)?.status === 'replied';
}

function letters(site: SiteFile): unknown[] {
  return Array.isArray(site['letters']) ? (site['letters'] as unknown[]) : [];
}

/**
 * The slice of one site that its mailbox and survey pages read. It stands alone: the site is its
 * root, so the parent and counterpart links are left out. When a server answers look-ups by query
 * code (`privateLetters: false`), letters that are not public replies are left out too; the demo's
 * in-browser backend needs them to answer look-ups itself.
 */
export function mailboxSlice(site: SiteFile, options: { privateLetters: boolean }): SiteFile {
  const { parentId: _parent, counterpartId: _counterpart, ...own } = site;
  return {
    ...own,
    id: site.id,
    articles: [],
    references: [],
    catalog: [],
    interpretations: [],
    services: [],
    interviews: [],
    topics: [],
    prices: [],
    supplyDemand: [],
    letters: options.privateLetters ? letters(site) : letters(site).filter(isPublicReply),
  };
}

/** One site as cluster search reads it: the content it indexes, and only public replies among letters. */
export function searchSite(site: SiteFile): SiteFile {
  return {
    ...site,
    references: [],
    interpretations: [],
    prices: [],
    letters: letters(site).filter(isPublicReply),
  };
}
