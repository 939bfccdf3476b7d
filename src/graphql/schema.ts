import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { StatsResolver } from "../stats/stats.resolver.js";

/** Builds the executable schema from the decorated classes; the same call emits schema/schema.graphql. */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [StatsResolver], validate: false });
}
