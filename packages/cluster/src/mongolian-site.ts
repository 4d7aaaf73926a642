// A Mongolian site is read by people who read Mongolian: every text its pages show must exist in
// Mongolian. Records with a language of their own (articles, letters, surveys, …) are checked by the
// schema for their main fields; this walks everything else a reader sees on a Mongolian site —
// localized fields without a `mn` text, and the inner texts of Mongolian records — and says where
// each gap is, so a data editor can fill it. A gap never drops data: the page falls back to the
// other language (marked with its `lang`).
import { isMongolianScript, type Localized, type Org, type Site } from './schema/index.js';

/** A text a Mongolian site shows that has no Mongolian. */
export interface MongolianGap {
  /** JSON path in the site's file (or in cluster.json for an organisation), e.g. `$.services[0].conditions[1]`. */
  readonly path: string;
  /** What is there instead (the Chinese text, or the text that is not in Mongolian script), for display. */
  readonly received: string;
}

function localizedGap(gaps: MongolianGap[], path: string, value: Localized | undefined): void {
  if (value === undefined || value.mn !== undefined) return;
  gaps.push({ path, received: JSON.stringify(value.zh ?? '') });
}

function textGap(gaps: MongolianGap[], path: string, value: string | undefined): void {
  if (value === undefined || isMongolianScript(value)) return;
  gaps.push({ path, received: JSON.stringify(value) });
}

/**
 * The reader-facing texts of a Mongolian site (`language: "mn"`) that lack their Mongolian: the
 * site's and its columns' names, service guides in full, mailbox names and instructions, price
 * reports (market, product names, units), and in its Mongolian records the question and option
 * texts of surveys, the guests and transcript of interviews, topic sections and the fields of
 * supply/demand notices. Empty for a Chinese site.
 */
export function mongolianSiteGaps(site: Site): MongolianGap[] {
  const gaps: MongolianGap[] = [];
  if (site.language !== 'mn') return gaps;
  localizedGap(gaps, '$.name', site.name);
  site.columns.forEach((c, i) => localizedGap(gaps, `$.columns[${i}].name`, c.name));
  site.services.forEach((s, i) => {
    const at = `$.services[${i}]`;
    localizedGap(gaps, `${at}.name`, s.name);
    localizedGap(gaps, `${at}.kind`, s.kind);
    s.conditions.forEach((c, j) => localizedGap(gaps, `${at}.conditions[${j}]`, c));
    s.materials.forEach((m, j) => {
      localizedGap(gaps, `${at}.materials[${j}].name`, m.name);
      localizedGap(gaps, `${at}.materials[${j}].note`, m.note);
    });
    s.steps.forEach((step, j) => {
      localizedGap(gaps, `${at}.steps[${j}].name`, step.name);
      localizedGap(gaps, `${at}.steps[${j}].description`, step.description);
    });
    localizedGap(gaps, `${at}.fee.description`, s.fee.description);
    s.basis.forEach((b, j) => localizedGap(gaps, `${at}.basis[${j}]`, b));
    localizedGap(gaps, `${at}.location`, s.location);
    localizedGap(gaps, `${at}.hours`, s.hours);
  });
  site.mailboxes.forEach((m, i) => {
    localizedGap(gaps, `$.mailboxes[${i}].name`, m.name);
    localizedGap(gaps, `$.mailboxes[${i}].instructions`, m.instructions);
  });
  site.prices.forEach((report, i) => {
    localizedGap(gaps, `$.prices[${i}].market`, report.market);
    report.prices.forEach((p, j) => {
      localizedGap(gaps, `$.prices[${i}].prices[${j}].name`, p.name);
      localizedGap(gaps, `$.prices[${i}].prices[${j}].unit`, p.unit);
    });
  });
  site.surveys.forEach((s, i) => {
    if (s.language !== 'mn') return;
    s.questions.forEach((q, j) => {
      textGap(gaps, `$.surveys[${i}].questions[${j}].text`, q.text);
      q.options.forEach((o, k) => textGap(gaps, `$.surveys[${i}].questions[${j}].options[${k}].text`, o.text));
    });
    s.feedback?.forEach((f, j) => textGap(gaps, `$.surveys[${i}].feedback[${j}]`, f));
  });
  site.interviews.forEach((iv, i) => {
    if (iv.language !== 'mn') return;
    iv.guests.forEach((g, j) => {
      textGap(gaps, `$.interviews[${i}].guests[${j}].name`, g.name);
      textGap(gaps, `$.interviews[${i}].guests[${j}].title`, g.title);
    });
    iv.transcript.forEach((line, j) => {
      textGap(gaps, `$.interviews[${i}].transcript[${j}].speaker`, line.speaker);
      textGap(gaps, `$.interviews[${i}].transcript[${j}].text`, line.text);
    });
  });
  site.topics.forEach((t, i) => {
    if (t.language !== 'mn') return;
    t.sections.forEach((s, j) => textGap(gaps, `$.topics[${i}].sections[${j}].name`, s.name));
  });
  site.supplyDemand.forEach((n, i) => {
    if (n.language !== 'mn') return;
    const at = `$.supplyDemand[${i}]`;
    textGap(gaps, `${at}.product`, n.product);
    textGap(gaps, `${at}.unit`, n.unit);
    textGap(gaps, `${at}.price`, n.price);
    textGap(gaps, `${at}.location`, n.location);
    textGap(gaps, `${at}.contactName`, n.contactName);
  });
  return gaps;
}

/**
 * The texts of an organisation that a Mongolian site shows (its name, address, and its leaders'
 * names, titles and duties on the leaders page) without their Mongolian. Paths are relative to the
 * organisation (`$.leaders[0].duties`); {@link loadCluster} prefixes them with its place in cluster.json.
 */
export function mongolianOrgGaps(org: Org): MongolianGap[] {
  const gaps: MongolianGap[] = [];
  localizedGap(gaps, '$.name', org.name);
  localizedGap(gaps, '$.address', org.address);
  org.leaders.forEach((l, i) => {
    localizedGap(gaps, `$.leaders[${i}].name`, l.name);
    localizedGap(gaps, `$.leaders[${i}].title`, l.title);
    localizedGap(gaps, `$.leaders[${i}].duties`, l.duties);
  });
  return gaps;
}
