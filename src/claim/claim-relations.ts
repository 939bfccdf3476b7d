// The relations a claim's fields read, each written once as (a) a batched loader query for many
// claims and (b) a pattern comprehension that a claim list can embed when it looks ahead, so both
// paths produce the same rows, in the same order.
import { toActor } from "../actor/actor.type.js";
import { toArticle } from "../article/article.type.js";
import { toEvent } from "../event/event.type.js";
import type { ClaimRole } from "../ingest/format/enums.js";
import { toClaim } from "./claim.type.js";

type Row = Record<string, unknown>;
const props = (r: Row) => r.props as Row;
const byText = (f: (r: Row) => string) => (a: Row, b: Row) => f(a).localeCompare(f(b));
const propId = (r: Row) => props(r).id as string;

export interface ClaimRelation<T> {
  /** `(c)-...->(x)` pattern; loaders anchor `c` on the parent id, look-ahead uses `n`. */
  pattern: string;
  /** The map each row becomes, over the pattern's variables (`x`, `r`). */
  row: string;
  map: (row: Row) => T;
  order: (a: Row, b: Row) => number;
}

const actorRow = "{props: x {.*}}";

export const CLAIM_RELATIONS = {
  claimant: { pattern: "(c)-[:CLAIMED_BY]->(x:Actor)", row: actorRow, map: (r: Row) => toActor(props(r)), order: byText(propId) },
  via: {
    pattern: "(c)-[r:VIA]->(x:Actor)",
    row: "{props: x {.*}, order: r.order}",
    map: (r: Row) => toActor(props(r)),
    order: (a: Row, b: Row) => (a.order as number) - (b.order as number),
  },
  about: {
    pattern: "(c)-[r:ABOUT]->(x:Actor)",
    row: "{props: x {.*}, role: r.role}",
    map: (r: Row) => ({ actor: toActor(props(r)), role: r.role as ClaimRole }),
    order: byText((r) => `${r.role as string}|${propId(r)}`),
  },
  article: { pattern: "(x:Article)-[:REPORTS]->(c)", row: actorRow, map: (r: Row) => toArticle(props(r)), order: byText(propId) },
  events: {
    pattern: "(c)-[:REFERS_TO]->(x:Event)",
    row: actorRow,
    map: (r: Row) => toEvent(props(r)),
    order: byText((r) => `${(props(r).timeStart as string | null) ?? "9999"}|${propId(r)}`),
  },
  disputes: { pattern: "(c)-[:DISPUTES]->(x:Claim)", row: actorRow, map: (r: Row) => toClaim(props(r)), order: byText(propId) },
  disputedBy: { pattern: "(c)<-[:DISPUTES]-(x:Claim)", row: actorRow, map: (r: Row) => toClaim(props(r)), order: byText(propId) },
  supports: { pattern: "(c)-[:SUPPORTS]->(x:Claim)", row: actorRow, map: (r: Row) => toClaim(props(r)), order: byText(propId) },
  supportedBy: { pattern: "(c)<-[:SUPPORTS]-(x:Claim)", row: actorRow, map: (r: Row) => toClaim(props(r)), order: byText(propId) },
  containedIn: { pattern: "(c)-[:CONTAINED_IN]->(x:Claim)", row: actorRow, map: (r: Row) => toClaim(props(r)), order: byText(propId) },
  contains: { pattern: "(c)<-[:CONTAINED_IN]-(x:Claim)", row: actorRow, map: (r: Row) => toClaim(props(r)), order: byText(propId) },
  links: {
    pattern: "(c)-[r:DISPUTES|SUPPORTS]-(x:Claim)",
    // `r` points away from the claim when the claim is the one disputing or supporting.
    row: "{props: x {.*}, type: type(r), outgoing: endNode(r) = x, confidence: r.confidence, origin: r.origin}",
    map: (r: Row) => ({
      claim: toClaim(props(r)),
      type: r.type as "DISPUTES" | "SUPPORTS",
      direction: (r.outgoing ? "OUTGOING" : "INCOMING") as "OUTGOING" | "INCOMING",
      confidence: (r.confidence as number | null) ?? 1,
      origin: ((r.origin as string | null) ?? "CURATED") as "CURATED" | "EXTRACTED",
    }),
    order: byText((r) => `${r.type as string}|${r.outgoing ? 0 : 1}|${propId(r)}`),
  },
} as const;

export type ClaimRelationName = keyof typeof CLAIM_RELATIONS;
export type ClaimRelationValue<K extends ClaimRelationName> = ReturnType<(typeof CLAIM_RELATIONS)[K]["map"]>;

export const isClaimRelation = (field: string): field is ClaimRelationName => Object.hasOwn(CLAIM_RELATIONS, field);

/** The batched query: every parent claim id in `$ids`, one row per related node. */
export function relationLoaderCypher(name: ClaimRelationName): string {
  const rel = CLAIM_RELATIONS[name];
  return `UNWIND $ids AS parentId MATCH (c:Claim {id: parentId}) MATCH ${rel.pattern} RETURN parentId, ${rel.row} AS row`;
}

/** The same rows as a list inside a projection over the claim bound to `variable`. */
export function relationProjection(name: ClaimRelationName, variable = "n"): string {
  const rel = CLAIM_RELATIONS[name];
  return `${name}: [${rel.pattern.replace("(c)", `(${variable})`)} | ${rel.row}]`;
}
