// Folds a duplicate actor into the one to keep: every claim, event, mention and part moves over,
// the duplicate's name and aliases become aliases, and the duplicate is removed, in one transaction.
import type { Database, QueryCounter } from "../../db/database.js";
import { BadUserInputError, NotFoundError } from "../../errors/app-errors.js";

/** Relationship types an actor can have; a merge refuses actors with any other, rather than lose it. */
const ACTOR_RELATIONSHIPS = ["CLAIMED_BY", "VIA", "ABOUT", "INVOLVES", "MENTIONS", "PUBLISHED_BY", "PART_OF"];

const CHECK = `
OPTIONAL MATCH (keep:Actor {id: $keepId})
OPTIONAL MATCH (drop:Actor {id: $dropId})
RETURN keep IS NOT NULL AS keepFound, drop IS NOT NULL AS dropFound,
       CASE WHEN drop IS NULL THEN [] ELSE [(drop)-[r]-() WHERE NOT type(r) IN $known | type(r)] END AS unknown`;

const MERGE = `
MATCH (keep:Actor {id: $keepId}), (drop:Actor {id: $dropId})
CALL (keep, drop) { MATCH (drop)<-[r:CLAIMED_BY]-(c) MERGE (c)-[:CLAIMED_BY]->(keep) DELETE r }
CALL (keep, drop) { MATCH (drop)<-[r:VIA]-(c) MERGE (c)-[:VIA {order: r.order}]->(keep) DELETE r }
CALL (keep, drop) { MATCH (drop)<-[r:ABOUT]-(c) MERGE (c)-[:ABOUT {role: r.role}]->(keep) DELETE r }
CALL (keep, drop) { MATCH (drop)<-[r:INVOLVES]-(e) MERGE (e)-[:INVOLVES {role: r.role}]->(keep) DELETE r }
CALL (keep, drop) {
  MATCH (drop)<-[r:MENTIONS]-(a) MERGE (a)-[m:MENTIONS]->(keep) SET m.count = coalesce(m.count, 0) + r.count DELETE r
}
CALL (keep, drop) { MATCH (drop)<-[r:PUBLISHED_BY]-(a) MERGE (a)-[:PUBLISHED_BY]->(keep) DELETE r }
CALL (keep, drop) { MATCH (drop)<-[r:PART_OF]-(child) WHERE child <> keep MERGE (child)-[:PART_OF]->(keep) DELETE r }
CALL (keep, drop) {
  MATCH (drop)-[:PART_OF]->(parent) WHERE parent <> keep AND NOT EXISTS { (keep)-[:PART_OF]->() }
  MERGE (keep)-[:PART_OF]->(parent)
}
WITH keep, drop,
     reduce(acc = [], x IN coalesce(keep.aliases, []) + [drop.name] + coalesce(drop.aliases, []) |
       CASE WHEN x IN acc OR x = keep.name THEN acc ELSE acc + x END) AS aliases
SET keep.aliases = aliases, keep.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)
DETACH DELETE drop
RETURN keep.id AS id`;

export async function mergeActors(db: Database, keepId: string, dropId: string, counter?: QueryCounter): Promise<string> {
  if (keepId === dropId) throw new BadUserInputError("keepId and dropId name the same actor", { argument: "dropId" });
  return db.write(async (tx) => {
    const [check] = await tx.run<{ keepFound: boolean; dropFound: boolean; unknown: string[] }>(CHECK, {
      keepId,
      dropId,
      known: ACTOR_RELATIONSHIPS,
    });
    if (!check?.keepFound) throw new NotFoundError(`No actor "${keepId}" to keep`, { argument: "keepId" });
    if (!check.dropFound) throw new NotFoundError(`No actor "${dropId}" to merge`, { argument: "dropId" });
    if (check.unknown.length > 0) {
      throw new BadUserInputError(`Actor "${dropId}" has relationships a merge cannot move: ${[...new Set(check.unknown)].join(", ")}`);
    }
    await tx.run(MERGE, { keepId, dropId });
    return keepId;
  }, counter);
}
