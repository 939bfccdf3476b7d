import type { Database, QueryCounter } from "../db/database.js";
import type { GraphStats } from "./stats.type.js";

const STATS_CYPHER = `
RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors, COUNT { (:Claim) } AS claims,
       COUNT { (:Event) } AS events, COUNT { (:Place) } AS places`;

export async function readGraphStats(db: Database, counter?: QueryCounter): Promise<GraphStats> {
  const rows = await db.read((tx) => tx.run<GraphStats>(STATS_CYPHER), counter);
  return rows[0] as GraphStats;
}
