// The seed format: how an article, its actors, places, events and claims are written down, whether
// curated by hand (seeds/) or produced by the extractor. Everything written to Neo4j passes through
// these schemas first, so a bad file is refused before a single node is touched.
import { z } from "zod";
import {
  ACTOR_KINDS,
  CLAIM_ROLES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_ROLES,
  ORIGINS,
  PLACE_KINDS,
  SPEECH_ACTS,
} from "./enums.js";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug like 'afghan-taliban'");
/** Ids of non-actor nodes carry their type as a prefix so that every id in the graph is unique. */
const prefixedId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9:-]*$`), `must look like '${prefix}:some-id'`);

export const articleIdSchema = prefixedId("article");
export const claimIdSchema = prefixedId("claim");
export const eventIdSchema = prefixedId("event");
export const placeIdSchema = prefixedId("place");
export const actorIdSchema = slug;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD");

export const spanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((s) => s.end > s.start, "span end must be after its start");

/** A date as the text says it, resolved to an inclusive day range with its precision. */
export const timeSchema = z
  .object({
    text: z.string().min(1),
    start: isoDate,
    end: isoDate,
    precision: z.enum(DATE_PRECISIONS),
  })
  .refine((t) => t.start <= t.end, "time start must not be after its end");

export const actorSchema = z.object({
  id: actorIdSchema,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().default(""),
  wikidataId: z.string().regex(/^Q\d+$/).optional(),
  parentId: actorIdSchema.optional(),
  origin: z.enum(ORIGINS).default("CURATED"),
  /** For extracted actors; curated ones count as 1. */
  confidence: z.number().min(0).max(1).optional(),
  extractorVersion: z.string().optional(),
});

export const placeSchema = z.object({
  id: placeIdSchema,
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
  wikidataId: z.string().regex(/^Q\d+$/).optional(),
  parentId: placeIdSchema.optional(),
});

export const articleMetaSchema = z.object({
  id: articleIdSchema,
  title: z.string().min(1),
  publisherId: actorIdSchema,
  newsId: z.string().optional(),
  url: z.string().url().optional(),
  /** ISO 8601 with the publisher's offset, e.g. 2023-12-18T14:20:00+03:30. */
  publishedAt: z.string().datetime({ offset: true }),
  language: z.string().default("en"),
  dateline: z.string().optional(),
  /** The raw file this article was cleaned from, relative to the repository root. */
  sourceFile: z.string().optional(),
});

export const eventSchema = z.object({
  id: eventIdSchema,
  kind: z.enum(EVENT_KINDS),
  description: z.string().min(1),
  time: timeSchema.optional(),
  placeId: placeIdSchema.optional(),
  fatalities: z.number().int().nonnegative().optional(),
  participants: z.array(z.object({ actorId: actorIdSchema, role: z.enum(EVENT_ROLES) })).default([]),
  /** Where the article describes it. */
  span: spanSchema.optional(),
  origin: z.enum(ORIGINS).default("CURATED"),
  /** For extracted events; curated ones count as 1. */
  confidence: z.number().min(0).max(1).optional(),
  extractorVersion: z.string().optional(),
});

export const claimSchema = z.object({
  id: claimIdSchema,
  /** What is claimed, in plain words; for extracted claims the sentence itself. */
  text: z.string().min(1),
  /** Verbatim from the article body at `span`. */
  quote: z.string().min(1),
  span: spanSchema,
  claimantId: actorIdSchema,
  /** Reporting chain, nearest first: IRNA citing Pakistani media is [pakistani-media, irna]. */
  via: z.array(actorIdSchema).default([]),
  about: z.array(z.object({ actorId: actorIdSchema, role: z.enum(CLAIM_ROLES) })).default([]),
  speechAct: z.enum(SPEECH_ACTS),
  cue: z.string().min(1),
  hedged: z.boolean().default(false),
  hedge: z.string().optional(),
  /** When the statement was made, if the article says. */
  statedAt: timeSchema.optional(),
  eventIds: z.array(eventIdSchema).default([]),
  disputes: z.array(claimIdSchema).default([]),
  supports: z.array(claimIdSchema).default([]),
  /** The claim inside which this one is reported (a statement that another claim rejects). */
  containedIn: claimIdSchema.optional(),
  origin: z.enum(ORIGINS).default("CURATED"),
  confidence: z.number().min(0).max(1).default(1),
  extractorVersion: z.string().optional(),
});

export const annotationSchema = z.object({
  articleId: articleIdSchema,
  events: z.array(eventSchema).default([]),
  claims: z.array(claimSchema).default([]),
});

export type ActorInput = z.infer<typeof actorSchema>;
export type PlaceInput = z.infer<typeof placeSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type EventInput = z.infer<typeof eventSchema>;
export type ClaimInput = z.infer<typeof claimSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type TimeInput = z.infer<typeof timeSchema>;
export type Span = z.infer<typeof spanSchema>;
