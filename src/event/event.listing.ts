import { checkId, checkText } from "../graphql/input-checks.js";
import type { Listing } from "../graphql/pagination/listing.js";
import { addDayOverlap } from "../graphql/scalars.js";
import type { EventFilter } from "./event.inputs.js";

/** Events in time order; undated ones last. Dates overlap the range when they share a day with it. */
export function eventListing(filter: EventFilter | null | undefined): Listing {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.kinds?.length) {
    where.push("n.kind IN $kinds");
    params.kinds = filter.kinds;
  }
  const actorId = checkId("where.actorId", filter?.actorId);
  if (actorId) {
    const depth = filter?.includeParts ? "0..5" : "0";
    const roleTest = filter?.roles?.length ? " WHERE r.role IN $roles" : "";
    where.push(`EXISTS { MATCH (n)-[r:INVOLVES]->(:Actor)-[:PART_OF*${depth}]->(:Actor {id: $actorId})${roleTest} }`);
    params.actorId = actorId;
    params.roles = filter?.roles ?? [];
  }
  const placeId = checkId("where.placeId", filter?.placeId);
  if (placeId) {
    where.push("EXISTS { MATCH (n)-[:OCCURRED_IN]->(:Place)-[:PART_OF*0..5]->(:Place {id: $placeId}) }");
    params.placeId = placeId;
  }
  addDayOverlap(where, params, filter, "n.timeStart", "n.timeEnd");
  const text = checkText("where.text", filter?.text);
  if (text) {
    where.push("toLower(n.description) CONTAINS $text");
    params.text = text.toLowerCase();
  }
  return { label: "Event", sortKey: "coalesce(n.timeStart, '9999')", where, params };
}
