// The Cypher that writes one article bundle, built apart from running it. Every value is a
// parameter; each statement handles a whole list with UNWIND, so an article costs a fixed number of
// round trips however many claims it has. Relationships a claim or event owns are deleted and
// recreated, so writing the same bundle twice leaves every count unchanged.
import type { ArticleBundle } from "../format/bundle.js";
import { toActorRows, toArticleRow, toClaimRows, toEventRows, toPlaceRows } from "./rows.js";

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

const UPSERT_ACTORS = `
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
  ON CREATE SET n += a.props
  ON MATCH SET n += CASE WHEN a.props.origin = 'CURATED' OR n.origin = 'EXTRACTED' THEN a.props ELSE {} END
WITH n, a WHERE a.parentId IS NOT NULL
MATCH (p:Actor {id: a.parentId})
MERGE (n)-[:PART_OF]->(p)`;

const UPSERT_PLACES = `
UNWIND $places AS p
MERGE (n:Place {id: p.id}) SET n += p.props
WITH n, p WHERE p.parentId IS NOT NULL
MATCH (parent:Place {id: p.parentId})
MERGE (n)-[:PART_OF]->(parent)`;

const UPSERT_ARTICLE = `
MERGE (a:Article {id: $article.id}) SET a += $article.props
WITH a
OPTIONAL MATCH (a)-[old:MENTIONS|PUBLISHED_BY]->()
DELETE old
WITH DISTINCT a
MATCH (pub:Actor {id: $article.publisherId})
MERGE (a)-[:PUBLISHED_BY]->(pub)
WITH a
UNWIND $mentions AS m
MATCH (target {id: m.id}) WHERE (m.type = 'Actor' AND target:Actor) OR (m.type = 'Place' AND target:Place)
MERGE (a)-[r:MENTIONS]->(target) SET r.count = m.count`;

const UPSERT_EVENTS = `
MATCH (article:Article {id: $articleId})
UNWIND $events AS e
MERGE (n:Event {id: e.id}) SET n += e.props
MERGE (article)-[:REPORTS]->(n)
WITH n, e
OPTIONAL MATCH (n)-[old:INVOLVES|OCCURRED_IN]->()
DELETE old
WITH DISTINCT n, e
CALL (n, e) {
  MATCH (pl:Place {id: e.placeId}) MERGE (n)-[:OCCURRED_IN]->(pl)
}
CALL (n, e) {
  UNWIND e.participants AS p
  MATCH (actor:Actor {id: p.actorId})
  MERGE (n)-[:INVOLVES {role: p.role}]->(actor)
}`;

const UPSERT_CLAIMS = `
UNWIND $claims AS c
MERGE (n:Claim {id: c.id}) SET n += c.props
WITH n, c
OPTIONAL MATCH (n)-[old:CLAIMED_BY|VIA|ABOUT|REFERS_TO|CONTAINED_IN|DISPUTES|SUPPORTS]->()
DELETE old
WITH DISTINCT n, c
MATCH (article:Article {id: $articleId})
MERGE (article)-[:REPORTS]->(n)
SET n.reportedOn = article.publishedDate
WITH n, c
MATCH (claimant:Actor {id: c.claimantId})
MERGE (n)-[:CLAIMED_BY]->(claimant)
WITH n, c
CALL (n, c) {
  UNWIND range(0, size(c.via) - 1) AS i
  MATCH (v:Actor {id: c.via[i]}) MERGE (n)-[:VIA {order: i}]->(v)
}
CALL (n, c) {
  UNWIND c.about AS ab
  MATCH (actor:Actor {id: ab.actorId}) MERGE (n)-[:ABOUT {role: ab.role}]->(actor)
}
CALL (n, c) {
  UNWIND c.eventIds AS eventId
  MATCH (ev:Event {id: eventId}) MERGE (n)-[:REFERS_TO]->(ev)
}`;

// Claim-to-claim links run last, once every claim of the article exists.
const LINK_CLAIMS = `
UNWIND $links AS l
MATCH (a:Claim {id: l.from}), (b:Claim {id: l.to})
CALL (a, b, l) {
  WITH a, b, l WHERE l.type = 'DISPUTES'
  MERGE (a)-[r:DISPUTES]->(b) SET r.confidence = l.confidence, r.origin = l.origin
}
CALL (a, b, l) {
  WITH a, b, l WHERE l.type = 'SUPPORTS'
  MERGE (a)-[r:SUPPORTS]->(b) SET r.confidence = l.confidence, r.origin = l.origin
}
CALL (a, b, l) {
  WITH a, b, l WHERE l.type = 'CONTAINED_IN'
  MERGE (a)-[:CONTAINED_IN]->(b)
}`;

/** Links named inside claims plus the bundle's extra links, as one list. */
function allLinks(bundle: ArticleBundle) {
  const fromClaims = bundle.claims.flatMap((c) => [
    ...c.disputes.map((to) => ({ from: c.id, to, type: "DISPUTES", confidence: c.confidence, origin: c.origin })),
    ...c.supports.map((to) => ({ from: c.id, to, type: "SUPPORTS", confidence: c.confidence, origin: c.origin })),
    ...(c.containedIn ? [{ from: c.id, to: c.containedIn, type: "CONTAINED_IN", confidence: 1, origin: c.origin }] : []),
  ]);
  return [...fromClaims, ...bundle.links];
}

export function buildWriteStatements(bundle: ArticleBundle): Statement[] {
  const article = toArticleRow(bundle.article);
  return [
    { cypher: UPSERT_ACTORS, params: { actors: toActorRows(bundle.actors) } },
    { cypher: UPSERT_PLACES, params: { places: toPlaceRows(bundle.places) } },
    { cypher: UPSERT_ARTICLE, params: { article, mentions: bundle.mentions } },
    { cypher: UPSERT_EVENTS, params: { events: toEventRows(bundle.events), articleId: article.id } },
    { cypher: UPSERT_CLAIMS, params: { claims: toClaimRows(bundle.claims), articleId: article.id } },
    { cypher: LINK_CLAIMS, params: { links: allLinks(bundle) } },
  ];
}
