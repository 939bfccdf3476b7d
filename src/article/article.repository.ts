import { toActor, type Actor } from "../actor/actor.type.js";
import type { GraphContext } from "../graphql/context.js";
import { byIdLoader, relatedLoader, relatedNode } from "../graphql/batch.js";
import { checkId, checkText } from "../graphql/input-checks.js";
import type { Listing } from "../graphql/pagination/listing.js";
import { addDayOverlap } from "../graphql/scalars.js";
import { toEvent, type Event } from "../event/event.type.js";
import { toPlace } from "../place/place.type.js";
import type { ArticleFilter } from "./article.inputs.js";
import type { Mention } from "./mention.type.js";
import { toArticle } from "./article.type.js";

export const articleById = (ctx: GraphContext) => byIdLoader(ctx, "Article", toArticle);

export function articleListing(filter: ArticleFilter | null | undefined): Listing {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const publisherId = checkId("where.publisherId", filter?.publisherId);
  if (publisherId) {
    where.push("EXISTS { MATCH (n)-[:PUBLISHED_BY]->(:Actor {id: $publisherId}) }");
    params.publisherId = publisherId;
  }
  const mentionsId = checkId("where.mentionsId", filter?.mentionsId);
  if (mentionsId) {
    where.push("EXISTS { MATCH (n)-[:MENTIONS]->(m) WHERE m.id = $mentionsId }");
    params.mentionsId = mentionsId;
  }
  addDayOverlap(where, params, filter, "n.publishedDate", "n.publishedDate");
  const text = checkText("where.text", filter?.text);
  if (text) {
    where.push("(toLower(n.title) CONTAINS $text OR toLower(n.text) CONTAINS $text)");
    params.text = text.toLowerCase();
  }
  return { label: "Article", sortKey: "n.publishedAt", descending: true, where, params };
}

export const CLAIMS_REPORTED: Listing = {
  label: "Claim",
  match: "(p)-[:REPORTS]->(n:Claim)",
  sortKey: "n.id",
  where: [],
  params: {},
};

export function publisherOf(ctx: GraphContext, articleId: string): Promise<Actor | null> {
  const cypher = "UNWIND $ids AS parentId MATCH (:Article {id: parentId})-[:PUBLISHED_BY]->(a:Actor) RETURN parentId, a {.*} AS props";
  return relatedNode(ctx, "article.publisher", cypher, toActor, articleId);
}

export function eventsReportedBy(ctx: GraphContext, articleId: string): Promise<Event[]> {
  return relatedLoader(
    ctx,
    "article.events",
    `UNWIND $ids AS parentId MATCH (:Article {id: parentId})-[:REPORTS]->(e:Event)
     RETURN parentId, e {.*} AS props ORDER BY parentId, coalesce(e.timeStart, '9999'), e.id`,
    {},
    (r) => toEvent(r.props as Record<string, unknown>),
  ).load(articleId);
}

export function mentionsOf(ctx: GraphContext, articleId: string): Promise<Mention[]> {
  return relatedLoader(
    ctx,
    "article.mentions",
    `UNWIND $ids AS parentId MATCH (:Article {id: parentId})-[r:MENTIONS]->(m)
     RETURN parentId, m {.*} AS props, m:Actor AS isActor, r.count AS count ORDER BY parentId, count DESC, m.id`,
    {},
    (r) => {
      const props = r.props as Record<string, unknown>;
      return r.isActor
        ? { actor: toActor(props), place: null, count: r.count as number }
        : { actor: null, place: toPlace(props), count: r.count as number };
    },
  ).load(articleId);
}
