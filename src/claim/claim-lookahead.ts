// Look-ahead for claim lists: the relation fields a client selected on the listed claims are
// fetched inside the list query itself, and the loaders are primed with them, so a claim list with
// its claimant, reporting chain, about-actors, article and events costs one round trip.
import type { GraphQLResolveInfo } from "graphql";
import type { GraphContext } from "../graphql/context.js";
import type { Prefetch } from "../graphql/pagination/listing.js";
import { selectedFields } from "../graphql/selection.js";
import { isClaimRelation, relationProjection } from "./claim-relations.js";
import { primeClaimRelations } from "./claim.repository.js";

/**
 * `path` leads from the current field to the claim objects, e.g. ["edges", "node"] for a connection;
 * `variable` is the claim's name in the query that embeds the projection (not `x` or `r`, which the
 * relation patterns use for the other end).
 */
export function claimPrefetch(ctx: GraphContext, info: GraphQLResolveInfo, path: string[], variable = "n"): Prefetch | undefined {
  const wanted = [...selectedFields(info, path)].filter(isClaimRelation);
  if (wanted.length === 0) return undefined;
  return {
    projection: wanted.map((name) => relationProjection(name, variable)).join(", "),
    prime: (claimId, related) => primeClaimRelations(ctx, claimId, related),
  };
}
