import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ActorResolver } from "../actor/actor.resolver.js";
import { ArticleResolver } from "../article/article.resolver.js";
import { ClaimResolver } from "../claim/claim.resolver.js";
import { EventResolver } from "../event/event.resolver.js";
import { IngestResolver } from "../ingest/graphql/ingest.resolver.js";
import { NetworkResolver } from "../network/network.resolver.js";
import { PlaceResolver } from "../place/place.resolver.js";
import { SearchResolver } from "../search/search.resolver.js";
import { StatsResolver } from "../stats/stats.resolver.js";
import { TimelineResolver } from "../timeline/timeline.resolver.js";

/** Builds the executable schema from the decorated classes; the same call emits schema/schema.graphql. */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ActorResolver,
      ArticleResolver,
      ClaimResolver,
      EventResolver,
      PlaceResolver,
      StatsResolver,
      NetworkResolver,
      SearchResolver,
      TimelineResolver,
      IngestResolver,
    ],
    validate: false,
  });
}
