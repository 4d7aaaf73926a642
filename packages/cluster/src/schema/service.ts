// The schema of a service guide item (办事指南): what a resident or business can apply for, where
// and how, with its materials, fees, time limits and links.
import * as v from 'valibot';
import { IdSchema, LinkSchema, LocalizedSchema, OrgCodeSchema } from './primitives.js';

/**
 * A service item's guide (办事指南) in the online service hall. Service items have no language of their
 * own (a Chinese and a Mongolian site list the same item): every text a reader sees is {@link Localized},
 * and a Mongolian site's items carry their Mongolian (see `mongolianSiteGaps`).
 */
export const ServiceItemSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The column that lists it. */
  columnId: IdSchema,
  /** The item's code in the service catalogue (事项编码). */
  code: v.pipe(
    v.string(),
    v.regex(/^[0-9A-Z-]{6,40}$/, 'a service item code of uppercase letters, digits and hyphens'),
  ),
  /** Name of the service. */
  name: LocalizedSchema,
  /** Kind of item, e.g. 行政许可, 公共服务, 行政给付. */
  kind: LocalizedSchema,
  /** The department that handles it. */
  orgCode: OrgCodeSchema,
  /** Who applies: individuals, enterprises or both. */
  audience: v.pipe(v.array(v.picklist(['individual', 'enterprise'], 'individual or enterprise')), v.minLength(1)),
  /** Conditions to be met (受理条件). */
  conditions: v.array(LocalizedSchema),
  /** Materials to hand in (申请材料). */
  materials: v.array(
    v.object({
      /** Name of the material. */
      name: LocalizedSchema,
      /** Paper copies required (0 = electronic only). */
      copies: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** Whether the original must be shown. */
      original: v.boolean(),
      /** A blank form to download, when there is one. */
      formUrl: v.optional(LinkSchema),
      /** Remarks. */
      note: v.optional(LocalizedSchema),
    }),
  ),
  /** The steps (办理流程). */
  steps: v.pipe(
    v.array(v.object({ /** Step name. */ name: LocalizedSchema, /** What happens. */ description: LocalizedSchema })),
    v.minLength(1, 'at least one step'),
  ),
  /** The time limit set by law, in working days (法定办结时限). */
  legalTimeLimitDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The time limit promised by the department, in working days (承诺办结时限). */
  promisedTimeLimitDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Fees. */
  fee: v.object({
    /** Whether a fee is charged. */ charged: v.boolean(),
    /** The fee and its legal basis. */ description: v.optional(LocalizedSchema),
  }),
  /** The legal basis (设定依据): the laws and rules, each named in the reader's language. */
  basis: v.array(LocalizedSchema),
  /** Where to apply in person. */
  location: LocalizedSchema,
  /** Office hours. */
  hours: LocalizedSchema,
  /** Enquiry telephone. */
  phone: v.pipe(v.string(), v.regex(/^[0-9-]{5,20}$/, 'a telephone number of digits and hyphens')),
  /** Times the applicant must come in person (跑动次数). */
  visits: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Where to apply online, when possible. */
  onlineUrl: v.optional(LinkSchema),
});
export type ServiceItem = v.InferOutput<typeof ServiceItemSchema>;
