import { Ctx, Query, Resolver } from "type-graphql";
import type { GraphContext } from "../graphql/context.js";
import { readGraphStats } from "./stats.repository.js";
import { GraphStats } from "./stats.type.js";

@Resolver()
export class StatsResolver {
  @Query(() => GraphStats, { description: "Node counts by type; a cheap check that the graph answers" })
  stats(@Ctx() ctx: GraphContext): Promise<GraphStats> {
    return readGraphStats(ctx.db, ctx.cypher);
  }
}
