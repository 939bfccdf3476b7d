import { toEvent, type Event } from "../event/event.type.js";
import type { GraphContext } from "../graphql/context.js";
import { byIdLoader, relatedLoader, relatedNode } from "../graphql/batch.js";
import { toPlace, type Place } from "./place.type.js";

export const placeById = (ctx: GraphContext) => byIdLoader(ctx, "Place", toPlace);

export function parentPlaceOf(ctx: GraphContext, placeId: string): Promise<Place | null> {
  const cypher = "UNWIND $ids AS parentId MATCH (:Place {id: parentId})-[:PART_OF]->(p:Place) RETURN parentId, p {.*} AS props";
  return relatedNode(ctx, "place.parent", cypher, toPlace, placeId);
}

export function eventsInPlace(ctx: GraphContext, placeId: string): Promise<Event[]> {
  return relatedLoader(
    ctx,
    "place.events",
    `UNWIND $ids AS parentId MATCH (:Place {id: parentId})<-[:PART_OF*0..5]-(:Place)<-[:OCCURRED_IN]-(e:Event)
     WITH DISTINCT parentId, e
     RETURN parentId, e {.*} AS props ORDER BY parentId, coalesce(e.timeStart, '9999'), e.id`,
    {},
    (r) => toEvent(r.props as Record<string, unknown>),
  ).load(placeId);
}
