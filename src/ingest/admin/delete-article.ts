// Removes an article and what only it brought: the claims and events it alone reports and the
// extracted actors nothing else refers to. Gazetteer actors and anything another article shares stay.
import type { Database, QueryCounter } from "../../db/database.js";

/** For an article `a`: `owned`, the claims and events no other article reports. */
export const OWNED_BY_ARTICLE = `
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(x)
  WHERE NOT EXISTS { MATCH (x)<-[:REPORTS]-(other:Article) WHERE other <> a }
  RETURN collect(x) AS owned
}`;

const DELETE_ARTICLE = `
MATCH (a:Article {id: $id})
${OWNED_BY_ARTICLE}
CALL (a, owned) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(actor:Actor {origin: 'EXTRACTED'})
  WHERE NOT EXISTS {
    MATCH (actor)-[r]-(n)
    WHERE n <> a AND NOT n IN owned AND NOT (type(r) = 'PART_OF' AND startNode(r) = actor)
  }
  RETURN collect(actor) AS orphans
}
WITH a, owned, orphans,
     size([x IN owned WHERE x:Claim]) AS claims, size([x IN owned WHERE x:Event]) AS events, size(orphans) AS actors
FOREACH (x IN owned | DETACH DELETE x)
FOREACH (x IN orphans | DETACH DELETE x)
DETACH DELETE a
RETURN claims, events, actors`;

export interface DeleteOutcome {
  deleted: boolean;
  claimsDeleted: number;
  eventsDeleted: number;
  actorsDeleted: number;
}

export async function deleteArticle(db: Database, id: string, counter?: QueryCounter): Promise<DeleteOutcome> {
  const rows = await db.write(
    (tx) => tx.run<{ claims: number; events: number; actors: number }>(DELETE_ARTICLE, { id }),
    counter,
  );
  const row = rows[0];
  return row
    ? { deleted: true, claimsDeleted: row.claims, eventsDeleted: row.events, actorsDeleted: row.actors }
    : { deleted: false, claimsDeleted: 0, eventsDeleted: 0, actorsDeleted: 0 };
}
