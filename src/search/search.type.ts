import { createUnionType, Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Actor } from "../actor/actor.type.js";
import { Article } from "../article/article.type.js";
import { Claim } from "../claim/claim.type.js";
import { Event } from "../event/event.type.js";
import { entityTypeOf, type Entity } from "../network/graph-entity.js";
import { Place } from "../place/place.type.js";

export const SEARCH_HIT_TYPES = ["ARTICLE", "CLAIM", "ACTOR", "EVENT", "PLACE"] as const;
export type SearchHitType = (typeof SEARCH_HIT_TYPES)[number];
export const SearchHitTypeEnum = Object.fromEntries(SEARCH_HIT_TYPES.map((t) => [t, t])) as {
  [K in SearchHitType]: K;
};
registerEnumType(SearchHitTypeEnum, { name: "SearchHitType", description: "Which kind of node a search hit is" });

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "An article, claim, actor, event or place found by text",
  types: () => [Article, Claim, Actor, Event, Place] as const,
  // Ids carry their kind ('claim:...', bare slugs for actors), so the value itself says its type.
  resolveType: entityTypeOf,
});

@ObjectType({ description: "One full-text match" })
export class SearchHit {
  @Field(() => Float, { description: "Lucene relevance; higher is better" }) score!: number;
  @Field(() => SearchHitTypeEnum) type!: SearchHitType;
  @Field(() => SearchResult) node!: Entity;
}
