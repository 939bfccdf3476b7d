// A GraphQL operation's Cypher round trips must not grow with the rows it returns. The same nested
// queries are counted on the seeded graph and again after three more articles of the same shape.
import { describe, expect, it } from "vitest";
import { writeArticle } from "../../src/ingest/write/write-article.js";
import { seedCopy } from "../../src/seed/seed-copy.js";
import { gql, startTestServer, useTestServer } from "../support/graph.js";


const NESTED_QUERIES: Record<string, string> = {
  claimList: `{ claims(first: 100) { totalCount edges { node { id claimant { id parent { id } } via { id }
      about { actor { id } role } article { id publisher { id } } events { id place { id } participants { actor { id } role } }
      disputes { id claimant { id } } disputedBy { id } supportedBy { id } containedIn { id } } } } }`,
  actorProfile: `{ actors(first: 100) { edges { node { id parent { id } parts { id }
      claimsMade(first: 10) { totalCount edges { node { id about { actor { id } } } } }
      claimsAbout(first: 10) { edges { node { id claimant { id } } } }
      relations(direction: OUTGOING) { target { id } count claims { id } }
      articles { edges { node { id mentions { count actor { id } place { id } } } } }
      events { edges { node { id place { id } } } } } } } }`,
  articleDrilldown: `{ articles(first: 100) { totalCount edges { node { id publisher { id } mentions { count actor { id } }
      claims(first: 50) { edges { node { id claimant { id } about { actor { id } } } } } } } } }`,
};

async function roundTrips(query: string): Promise<{ trips: number; size: number }> {
  const res = await gql(t.server.url, query, {}, { "x-debug-cypher": "1" });
  expect(res.errors).toBeUndefined();
  return { trips: res.extensions?.cypherQueries as number, size: JSON.stringify(res.data).length };
}

const t = useTestServer({ seed: true });

describe("Cypher round trips per operation", () => {
  it("stay the same when the data triples", async () => {
    const small: Record<string, { trips: number; size: number }> = {};
    for (const [name, query] of Object.entries(NESTED_QUERIES)) small[name] = await roundTrips(query);
    for (const slug of ["copy-a", "copy-b", "copy-c"]) await writeArticle(t.db, await seedCopy(slug));
    for (const [name, query] of Object.entries(NESTED_QUERIES)) {
      const large = await roundTrips(query);
      console.log(`${name}: ${small[name]!.trips} round trips (${small[name]!.size} bytes) -> ${large.trips} (${large.size} bytes)`);
      expect(large.size, `${name} returns more data`).toBeGreaterThan(small[name]!.size * 2);
      expect(large.trips, name).toBe(small[name]!.trips);
      expect(large.trips, name).toBeLessThanOrEqual(20);
    }
  });

  it("are one for a claim list with its claimants, sources, about-actors, articles and events (look-ahead)", async () => {
    const flat = `{ claims(first: 100) { edges { node { id claimant { id name } via { id } about { actor { id } role }
        article { id title } events { id } disputes { id } disputedBy { id } links { type confidence claim { id } } } } } }`;
    expect((await roundTrips(flat)).trips).toBe(1);
    const nested = `{ actor(id: "pakistan") { claimsMade(first: 50, includeParts: true) { edges { node { id claimant { id } about { actor { id } } } } } } }`;
    expect((await roundTrips(nested)).trips).toBe(2);
    const relations = `{ actorRelations(actorId: "pakistan", includeParts: true) { source { id } target { id } count
        claims { id quote via { id } about { actor { id } role } article { id title } } } }`;
    expect((await roundTrips(relations)).trips).toBe(1);
  });

  it("are not reported in production mode", async () => {
    const production = await startTestServer(t.db, true);
    try {
      const res = await gql(production.url, "{ stats { claims } }", {}, { "x-debug-cypher": "1" });
      expect(res.extensions?.cypherQueries).toBeUndefined();
    } finally {
      await production.stop();
    }
  });
});
