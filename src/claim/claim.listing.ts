// Turns a ClaimFilter into listing conditions. Each filter is an EXISTS pattern or a property test
// on `n`, with its value as a parameter.
import { addDayOverlap } from "../graphql/scalars.js";
import { checkId, checkText } from "../graphql/input-checks.js";
import type { Listing } from "../graphql/pagination/listing.js";
import type { ClaimFilter } from "./claim.inputs.js";

// PART_OF* walks down from an actor to its officials, sources and forces.
const actorOrPart = (param: string, withParts: boolean) =>
  withParts ? `(a:Actor)-[:PART_OF*0..5]->(:Actor {id: $${param}})` : `(a:Actor {id: $${param}})`;

export function claimConditions(filter: ClaimFilter | null | undefined): Pick<Listing, "where" | "params"> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter) return { where, params };
  const claimantId = checkId("where.claimantId", filter.claimantId);
  if (claimantId) {
    where.push(`EXISTS { MATCH (n)-[:CLAIMED_BY]->${actorOrPart("claimantId", !!filter.includeClaimantParts)} }`);
    params.claimantId = claimantId;
  }
  const aboutId = checkId("where.aboutId", filter.aboutId);
  if (aboutId) {
    const roleTest = filter.aboutRoles?.length ? " WHERE r.role IN $aboutRoles" : "";
    where.push(`EXISTS { MATCH (n)-[r:ABOUT]->${actorOrPart("aboutId", !!filter.includeAboutParts)}${roleTest} }`);
    params.aboutId = aboutId;
    params.aboutRoles = filter.aboutRoles ?? [];
  }
  if (filter.speechActs?.length) {
    where.push("n.speechAct IN $speechActs");
    params.speechActs = filter.speechActs;
  }
  const articleId = checkId("where.articleId", filter.articleId);
  if (articleId) {
    where.push("EXISTS { MATCH (:Article {id: $articleId})-[:REPORTS]->(n) }");
    params.articleId = articleId;
  }
  const eventId = checkId("where.eventId", filter.eventId);
  if (eventId) {
    where.push("EXISTS { MATCH (n)-[:REFERS_TO]->(:Event {id: $eventId}) }");
    params.eventId = eventId;
  }
  addDayOverlap(where, params, filter, "coalesce(n.statedStart, n.reportedOn)", "coalesce(n.statedEnd, n.reportedOn)");
  const text = checkText("where.text", filter.text);
  if (text) {
    where.push("(toLower(n.text) CONTAINS $text OR toLower(n.quote) CONTAINS $text)");
    params.text = text.toLowerCase();
  }
  if (filter.disputed !== null && filter.disputed !== undefined) {
    where.push(filter.disputed ? "EXISTS { (n)<-[:DISPUTES]-(:Claim) }" : "NOT EXISTS { (n)<-[:DISPUTES]-(:Claim) }");
  }
  return { where, params };
}

export function claimListing(filter: ClaimFilter | null | undefined, match?: string): Listing {
  return { label: "Claim", match, sortKey: "n.id", ...claimConditions(filter) };
}
