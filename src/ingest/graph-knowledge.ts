// What the graph already knows that an ingest needs: the gazetteer (actors with aliases, places),
// whether the article is already stored, and earlier claims to link new ones to. One read transaction.
import type { Database, QueryCounter, Tx } from "../db/database.js";
import type { ActorInput, ClaimInput, PlaceInput } from "./format/annotation.schema.js";
import type { KnownIds } from "./validate.js";

export interface GraphKnowledge {
  actors: ActorInput[];
  places: PlaceInput[];
  /** Id of a stored article with the same url or text, and which matched. */
  duplicate?: { articleId: string; by: "url" | "contentHash" };
  /** Earlier claims (of other articles) by or about the given actors, for DISPUTES/SUPPORTS links. */
  priorClaims: ClaimInput[];
  known: KnownIds;
}

const GAZETTEER = `
MATCH (a:Actor) OPTIONAL MATCH (a)-[:PART_OF]->(p:Actor)
RETURN a {.id, .name, .kind, .aliases, .description, .wikidataId, .origin, parentId: p.id} AS actor`;
const PLACES = `
MATCH (n:Place) OPTIONAL MATCH (n)-[:PART_OF]->(p:Place)
RETURN n {.id, .name, .kind, .aliases, .wikidataId, parentId: p.id} AS place`;
const DUPLICATE = `
OPTIONAL MATCH (byUrl:Article) WHERE $url IS NOT NULL AND byUrl.url = $url
OPTIONAL MATCH (byHash:Article {contentHash: $hash})
RETURN byUrl.id AS byUrl, byHash.id AS byHash`;
/** A claim `c` by `claimant` as the linker reads it (see toClaimInput). */
const CLAIM_FOR_LINKING = `RETURN c {.*, claimantId: claimant.id,
          about: [(c)-[r:ABOUT]->(x:Actor) | {actorId: x.id, role: r.role}],
          eventIds: [(c)-[:REFERS_TO]->(e:Event) | e.id]} AS claim`;

/**
 * Claims by or about the given actors or their parts ("the Taliban's spokesman" for the Taliban), newest
 * article first, so that in a large graph the ones left out are the oldest.
 */
const PRIOR_CLAIMS = `
MATCH (c:Claim)-[:CLAIMED_BY]->(claimant:Actor)
WHERE (EXISTS { MATCH (claimant)-[:PART_OF*0..5]->(x:Actor) WHERE x.id IN $actorIds }
       OR EXISTS { MATCH (c)-[:ABOUT]->(:Actor)-[:PART_OF*0..5]->(x:Actor) WHERE x.id IN $actorIds })
  AND ($exclude IS NULL OR NOT EXISTS { MATCH (:Article {id: $exclude})-[:REPORTS]->(c) })
OPTIONAL MATCH (art:Article)-[:REPORTS]->(c)
WITH c, claimant, max(art.publishedAt) AS latest ORDER BY latest DESC, c.id
${CLAIM_FOR_LINKING}
LIMIT 2000`;

const clean = <T extends Record<string, unknown>>(row: T) =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as T;

export async function readGraphKnowledge(
  db: Database,
  probe: { url?: string; contentHash: string },
  counter?: QueryCounter,
): Promise<Omit<GraphKnowledge, "priorClaims">> {
  return db.read(async (tx: Tx) => {
    const actors = (await tx.run<{ actor: ActorInput }>(GAZETTEER)).map((r) => clean(r.actor));
    const places = (await tx.run<{ place: PlaceInput }>(PLACES)).map((r) => clean(r.place));
    const [dup] = await tx.run<{ byUrl: string | null; byHash: string | null }>(DUPLICATE, {
      url: probe.url ?? null,
      hash: probe.contentHash,
    });
    const duplicate = dup?.byUrl
      ? { articleId: dup.byUrl, by: "url" as const }
      : dup?.byHash
        ? { articleId: dup.byHash, by: "contentHash" as const }
        : undefined;
    // Claims and events of other articles are checked later, by the ids a bundle actually refers to.
    const known: KnownIds = {
      actors: new Set(actors.map((a) => a.id)),
      places: new Set(places.map((p) => p.id)),
      claims: new Set(),
      events: new Set(),
    };
    return { actors, places, duplicate, known };
  }, counter);
}

const EXISTING = `
RETURN COLLECT { MATCH (c:Claim) WHERE c.id IN $claims RETURN c.id } AS claims,
       COLLECT { MATCH (e:Event) WHERE e.id IN $events RETURN e.id } AS events`;

/** Which of the claim and event ids a bundle refers to, outside itself, are in the graph. */
export async function readExistingReferences(
  db: Database,
  refs: { claims: string[]; events: string[] },
  counter?: QueryCounter,
): Promise<Pick<KnownIds, "claims" | "events">> {
  if (refs.claims.length === 0 && refs.events.length === 0) return { claims: new Set(), events: new Set() };
  const [row] = await db.read((tx) => tx.run<{ claims: string[]; events: string[] }>(EXISTING, refs), counter);
  return { claims: new Set(row?.claims ?? []), events: new Set(row?.events ?? []) };
}

/**
 * Stored claims that may link to or from claims involving `actorIds` (pass each actor with its parents: a
 * denial by a spokesman answers what was said against his government). `exclude`: an article whose claims
 * are about to be replaced (re-extraction), so not linked to.
 */
export async function readPriorClaims(db: Database, actorIds: string[], counter?: QueryCounter, exclude?: string): Promise<ClaimInput[]> {
  if (actorIds.length === 0) return [];
  const rows = await db.read((tx) => tx.run<{ claim: Record<string, unknown> }>(PRIOR_CLAIMS, { actorIds, exclude: exclude ?? null }), counter);
  return rows.map(toClaimInput);
}

/** Claims of other articles with a DISPUTES or SUPPORTS link to one of the article's claims. */
const LINKED_FROM_ELSEWHERE = `
MATCH (a:Article {id: $id})-[:REPORTS]->(:Claim)<-[:DISPUTES|SUPPORTS]-(c:Claim)-[:CLAIMED_BY]->(claimant:Actor)
WHERE NOT (a)-[:REPORTS]->(c)
WITH DISTINCT c, claimant
${CLAIM_FOR_LINKING}`;

export async function readClaimsLinkingTo(db: Database, articleId: string, counter?: QueryCounter): Promise<ClaimInput[]> {
  const rows = await db.read((tx) => tx.run<{ claim: Record<string, unknown> }>(LINKED_FROM_ELSEWHERE, { id: articleId }), counter);
  return rows.map(toClaimInput);
}

function toClaimInput({ claim: c }: { claim: Record<string, unknown> }): ClaimInput {
  return {
    id: c.id as string,
    text: c.text as string,
    quote: c.quote as string,
    span: { start: c.spanStart as number, end: c.spanEnd as number },
    claimantId: c.claimantId as string,
    via: [],
    about: c.about as ClaimInput["about"],
    speechAct: c.speechAct as ClaimInput["speechAct"],
    cue: c.cue as string,
    hedged: Boolean(c.hedged),
    eventIds: c.eventIds as string[],
    disputes: [],
    supports: [],
    origin: c.origin as ClaimInput["origin"],
    confidence: c.confidence as number,
  };
}
