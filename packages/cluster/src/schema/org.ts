// Schemas of who publishes and where: organisations and their leaders, the levels of sites in the
// cluster, the function areas and standard types of columns (栏目), aggregation rules and the
// column itself.
import * as v from 'valibot';
import { IdSchema, LocalizedSchema, OrgCodeSchema } from './primitives.js';

/** A leader of an organisation, as shown on "leadership" pages and on leader mailboxes. */
export const LeaderSchema = v.object({
  /** The leader's name. */
  name: LocalizedSchema,
  /** Title, e.g. 盟长 / ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠳᠠᠷᠤᠭ᠎ᠠ. */
  title: LocalizedSchema,
  /** Areas of work the leader is responsible for (分管工作). */
  duties: v.optional(LocalizedSchema),
});
export type Leader = v.InferOutput<typeof LeaderSchema>;

/** Kinds of organisation. */
export const OrgKindSchema = v.picklist(
  ['league-government', 'department', 'banner-government', 'sumu-government'],
  'an organisation kind: league-government, department, banner-government or sumu-government',
);

/** An organisation (government or department) that owns sites and columns and issues documents. */
export const OrgSchema = v.object({
  /** The code used in index numbers (`code/yyyy-NNNNN`), unique in the cluster; here the unified social credit code. */
  code: OrgCodeSchema,
  /** Full name, e.g. 锡林郭勒盟生态环境局. */
  name: LocalizedSchema,
  /** Short name used in document numbers and bylines, e.g. 锡盟生态环境局. */
  shortName: v.optional(LocalizedSchema),
  /** What kind of body this is. */
  kind: OrgKindSchema,
  /** The code of the organisation it reports to. */
  parentCode: v.optional(OrgCodeSchema),
  /** Its leaders, in protocol order. */
  leaders: v.array(LeaderSchema),
  /** Public telephone number. */
  phone: v.optional(v.pipe(v.string(), v.regex(/^[0-9-]{5,20}$/, 'a telephone number of digits and hyphens'))),
  /** Street address. */
  address: v.optional(LocalizedSchema),
});
export type Org = v.InferOutput<typeof OrgSchema>;

/** Levels of sites in the cluster, top to bottom. */
export const SiteLevelSchema = v.picklist(
  ['region', 'department', 'banner-county', 'sumu'],
  'a site level: region, department, banner-county or sumu',
);
export type SiteLevel = v.InferOutput<typeof SiteLevelSchema>;

/** The function areas a column belongs to, as government website standards group them. */
export const FunctionAreaSchema = v.picklist(
  ['information', 'interpretation', 'services', 'interaction'],
  'a function area: information, interpretation, services or interaction',
);
export type FunctionArea = v.InferOutput<typeof FunctionAreaSchema>;

/** The standard column types; a layout picks its view by type. */
export const COLUMN_TYPES = [
  'news',
  'notices',
  'policy-documents',
  'policy-interpretations',
  'disclosure-catalog',
  'service-hall',
  'mailbox',
  'public-messages',
  'interviews',
  'surveys',
  'topics',
  'herder-policy',
  'herder-technology',
  'herder-jobs',
  'livestock-prices',
  'supply-demand',
  'leaders',
  'sub-sites',
] as const;
export const ColumnTypeSchema = v.picklist(COLUMN_TYPES, `a column type: one of ${COLUMN_TYPES.join(', ')}`);
export type ColumnType = v.InferOutput<typeof ColumnTypeSchema>;

/** Where an aggregated column gathers its items from. */
export const AggregationSchema = v.object({
  /** Which sites: the direct children of this site, all its descendants, or the listed site ids. */
  from: v.union(
    [v.picklist(['children', 'descendants']), v.array(IdSchema)],
    'children, descendants or a list of site ids',
  ),
  /** Only sites at these levels (all levels when absent). */
  levels: v.optional(v.array(SiteLevelSchema)),
  /** Gather the items of the columns of these types on those sites. */
  columnTypes: v.pipe(v.array(ColumnTypeSchema), v.minLength(1, 'at least one column type')),
  /** Keep at most this many items, newest first. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type Aggregation = v.InferOutput<typeof AggregationSchema>;

/** A column (栏目) of a site. */
export const ColumnSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** Name shown in navigation. */
  name: LocalizedSchema,
  /** The function area it belongs to. */
  functionArea: FunctionAreaSchema,
  /** Its type, which decides what it holds and how it is shown. */
  type: ColumnTypeSchema,
  /** Codes of the departments that maintain it (at least one). */
  owners: v.pipe(v.array(OrgCodeSchema), v.minLength(1, 'at least one owning department')),
  /** Position in navigation, ascending. */
  order: v.pipe(v.number(), v.integer()),
  /** Hidden columns keep their content but are left out of navigation. */
  hidden: v.boolean(),
  /** The parent column, for sub-columns. */
  parentId: v.optional(IdSchema),
  /** When present, the column also gathers items from other sites automatically. */
  aggregate: v.optional(AggregationSchema),
});
export type Column = v.InferOutput<typeof ColumnSchema>;
