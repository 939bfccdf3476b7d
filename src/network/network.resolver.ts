import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { GraphContext } from "../graphql/context.js";
import { checkId, checkIntRange } from "../graphql/input-checks.js";
import { neighborhood } from "./neighborhood.repository.js";
import { GraphPath, Neighborhood } from "./network.type.js";
import { shortestPath } from "./path.repository.js";

const MENTIONS_DOC = "Also walk MENTIONS and PUBLISHED_BY (an article naming both ends is weak evidence)";

@Resolver()
export class NetworkResolver {
  @Query(() => GraphPath, {
    nullable: true,
    description: "The shortest chain of relationships linking two nodes; null when either is unknown or none is within maxHops",
  })
  path(
    @Arg("fromId", () => ID) fromId: string,
    @Arg("toId", () => ID) toId: string,
    @Arg("maxHops", () => Int, { defaultValue: 4, description: "1 to 6" }) maxHops: number,
    @Arg("includeMentions", () => Boolean, { defaultValue: false, description: MENTIONS_DOC }) includeMentions: boolean,
    @Ctx() ctx: GraphContext,
  ): Promise<GraphPath | null> {
    return shortestPath(ctx, {
      fromId: checkId("fromId", fromId) as string,
      toId: checkId("toId", toId) as string,
      maxHops: checkIntRange("maxHops", maxHops, 1, 6),
      includeMentions,
    });
  }

  @Query(() => Neighborhood, {
    nullable: true,
    description: "The nodes around one node and the relationships among them, for a graph view; null for an unknown id",
  })
  neighborhood(
    @Arg("id", () => ID) id: string,
    @Arg("depth", () => Int, { defaultValue: 1, description: "Hops from the node, 1 to 3" }) depth: number,
    @Arg("limit", () => Int, { defaultValue: 100, description: "At most this many nodes (the centre included), 1 to 500" })
    limit: number,
    @Arg("includeMentions", () => Boolean, { defaultValue: false, description: MENTIONS_DOC }) includeMentions: boolean,
    @Ctx() ctx: GraphContext,
  ): Promise<Neighborhood | null> {
    return neighborhood(ctx, {
      id: checkId("id", id) as string,
      depth: checkIntRange("depth", depth, 1, 3),
      limit: checkIntRange("limit", limit, 1, 500),
      includeMentions,
    });
  }
}
