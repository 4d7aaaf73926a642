// Schemas of herder market information: product prices, the livestock and produce price report
// (农畜产品行情) of one market on one day, and supply and demand notices (供求信息).
import * as v from 'valibot';
import { mongolianWhenMn } from './script.js';
import { DateSchema, IdSchema, LanguageSchema, LocalizedSchema, TextSchema, TimestampSchema } from './primitives.js';

/** One product's price in a price report. */
export const PriceSchema = v.object({
  /** Product key, stable across reports (e.g. `lamb-carcass`). */
  product: IdSchema,
  /** Product name. */
  name: LocalizedSchema,
  /** Unit, e.g. 元/公斤. */
  unit: LocalizedSchema,
  /** Price in yuan per unit. */
  price: v.pipe(v.number(), v.minValue(0)),
  /** Change against the previous report, in percent. */
  changePercent: v.optional(v.number()),
});
export type Price = v.InferOutput<typeof PriceSchema>;

/** A livestock and produce price report (农畜产品行情) from one market on one day. */
export const PriceReportSchema = v.object({
  /** Id, unique within its site. */
  id: IdSchema,
  /** The column that lists it. */
  columnId: IdSchema,
  /** The market or monitoring point. */
  market: LocalizedSchema,
  /** Date of the prices. */
  date: DateSchema,
  /** Prices. */
  prices: v.pipe(v.array(PriceSchema), v.minLength(1, 'at least one price')),
});
export type PriceReport = v.InferOutput<typeof PriceReportSchema>;

/** A supply or demand notice (供求信息) posted for herders. */
export const SupplyDemandSchema = v.pipe(
  v.object({
    /** Id, unique within its site. */
    id: IdSchema,
    /** The column that lists it. */
    columnId: IdSchema,
    /** Offering (supply) or seeking (demand). */
    kind: v.picklist(['supply', 'demand'], 'supply or demand'),
    /** Its language. */
    language: LanguageSchema,
    /** Title. */
    title: TextSchema,
    /** Product, e.g. 乌珠穆沁羊. */
    product: TextSchema,
    /** Quantity. */
    quantity: v.pipe(v.number(), v.minValue(0)),
    /** Unit of the quantity. */
    unit: TextSchema,
    /** Asking or offered price, as written. */
    price: v.optional(TextSchema),
    /** Where (gacha, sumu). */
    location: TextSchema,
    /** Contact person. */
    contactName: TextSchema,
    /** Contact telephone. */
    contactPhone: v.pipe(v.string(), v.regex(/^[0-9-]{5,20}$/, 'a telephone number of digits and hyphens')),
    /** When it was posted. */
    postedAt: TimestampSchema,
    /** When it expires. */
    expiresAt: DateSchema,
  }),
  mongolianWhenMn(['title']),
  v.forward(
    v.check((s) => s.postedAt.slice(0, 10) <= s.expiresAt, 'an expiry on or after the posting date'),
    ['expiresAt'],
  ),
);
export type SupplyDemand = v.InferOutput<typeof SupplyDemandSchema>;
