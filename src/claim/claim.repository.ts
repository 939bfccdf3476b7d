// Reads around claims. Every relation is loaded for many claims in one statement (graphql/batch.ts),
// and a claim list that looked ahead primes these same loaders so the fields cost nothing more.
import type DataLoader from "dataloader";
import type { GraphContext } from "../graphql/context.js";
import { byIdLoader, relatedLoader } from "../graphql/batch.js";
import {
  CLAIM_RELATIONS,
  relationLoaderCypher,
  type ClaimRelationName,
  type ClaimRelationValue,
} from "./claim-relations.js";
import { toClaim } from "./claim.type.js";

export const claimById = (ctx: GraphContext) => byIdLoader(ctx, "Claim", toClaim);

type Row = Record<string, unknown>;

/** Rows of one relation per claim, in the relation's order. */
export function claimRelationLoader<K extends ClaimRelationName>(ctx: GraphContext, name: K): DataLoader<string, ClaimRelationValue<K>[]> {
  const rel = CLAIM_RELATIONS[name];
  return relatedLoader(ctx, `claim.${name}`, relationLoaderCypher(name), {}, (r) => r.row as Row, (rows) =>
    [...rows].sort(rel.order).map((row) => rel.map(row) as ClaimRelationValue<K>),
  );
}

export function loadClaimRelation<K extends ClaimRelationName>(ctx: GraphContext, claimId: string, name: K) {
  return claimRelationLoader(ctx, name).load(claimId);
}

/** Seeds the relation loaders with rows a list query already fetched for these claims. */
export function primeClaimRelations(ctx: GraphContext, claimId: string, related: Record<string, Row[]>): void {
  for (const [name, rows] of Object.entries(related)) {
    const rel = CLAIM_RELATIONS[name as ClaimRelationName];
    const loader = claimRelationLoader(ctx, name as ClaimRelationName) as DataLoader<string, unknown[]>;
    loader.prime(claimId, [...rows].sort(rel.order).map((row) => rel.map(row)));
  }
}
