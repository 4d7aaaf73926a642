// Schema validation of a site file record by record: the schema of each record array of a site,
// the site and manifest headers (their own fields, the arrays left unchecked), and the validation
// that keeps every valid record and reports each bad one. A site without one valid column is dropped.
import * as v from 'valibot';
import {
  ArticleSchema,
  CatalogEntrySchema,
  ClusterManifestSchema,
  ColumnSchema,
  InterpretationSchema,
  InterviewSchema,
  LetterSchema,
  MailboxSchema,
  PriceReportSchema,
  ReferenceSchema,
  ServiceItemSchema,
  SiteSchema,
  SupplyDemandSchema,
  SurveySchema,
  TopicSchema,
  type Site,
} from '../schema/index.js';
import type { IssueCollector } from './issues.js';

/** The record arrays of a site, each validated record by record. */
const RECORD_SCHEMAS = {
  columns: ColumnSchema,
  articles: ArticleSchema,
  references: ReferenceSchema,
  catalog: CatalogEntrySchema,
  interpretations: InterpretationSchema,
  mailboxes: MailboxSchema,
  letters: LetterSchema,
  services: ServiceItemSchema,
  surveys: SurveySchema,
  interviews: InterviewSchema,
  topics: TopicSchema,
  prices: PriceReportSchema,
  supplyDemand: SupplyDemandSchema,
} as const;
type RecordKey = keyof typeof RECORD_SCHEMAS;
const RECORD_KEYS = Object.keys(RECORD_SCHEMAS) as RecordKey[];

const UnknownArray = v.array(v.unknown(), 'an array');
const SiteHeaderSchema = v.object({
  ...SiteSchema.entries,
  ...(Object.fromEntries(RECORD_KEYS.map((k) => [k, UnknownArray])) as Record<RecordKey, typeof UnknownArray>),
});
export const ManifestHeaderSchema = v.object({ ...ClusterManifestSchema.entries, orgs: UnknownArray });
export function validateRecords<T extends v.GenericSchema>(
  issues: IssueCollector,
  file: string,
  prefix: string,
  records: readonly unknown[],
  schema: T,
): { record: v.InferOutput<T>; index: number }[] {
  const out: { record: v.InferOutput<T>; index: number }[] = [];
  records.forEach((record, index) => {
    const result = v.safeParse(schema, record);
    if (result.success) out.push({ record: result.output, index });
    else issues.fromValibot(file, `${prefix}[${index}]`, result.issues, 'record');
  });
  return out;
}

export function validateSite(issues: IssueCollector, file: string, data: unknown): Site | undefined {
  const header = v.safeParse(SiteHeaderSchema, data);
  if (!header.success) {
    issues.fromValibot(file, '$', header.issues, 'file');
    return undefined;
  }
  const site = { ...header.output } as Record<string, unknown>;
  for (const key of RECORD_KEYS) {
    site[key] = validateRecords(issues, file, `$.${key}`, header.output[key], RECORD_SCHEMAS[key]).map((r) => r.record);
  }
  const typed = site as unknown as Site;
  if (typed.columns.length === 0) {
    issues.add(file, '$.columns', 'at least one valid column', 'none', 'file');
    return undefined;
  }
  return typed;
}
