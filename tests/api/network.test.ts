// path and neighborhood over HTTP against the seeded IRNA article.
import { describe, expect, it } from "vitest";
import { CORE_RELATIONS } from "../../src/network/relations.js";
import { gql, useTestServer } from "../support/graph.js";

const DEBUG = { "x-debug-cypher": "1" };

const t = useTestServer({ seed: true });

interface Node {
  id: string;
  type: string;
  label: string;
  distance: number;
}
interface Hop {
  from: Node;
  to: Node;
  relation: string;
  forward: boolean;
  role: string | null;
  evidence: { claim: { id: string } | null; article: { id: string } | null } | null;
}
interface Path {
  length: number;
  nodes: Node[];
  hops: Hop[];
}

const PATH = `query($from: ID!, $to: ID!, $max: Int, $mentions: Boolean) {
  path(fromId: $from, toId: $to, maxHops: $max, includeMentions: $mentions) {
    length nodes { id type label distance }
    hops { from { id } to { id } relation forward role evidence { claim { id } article { id } } }
  }
}`;

async function path(variables: Record<string, unknown>) {
  return gql<{ path: Path | null }>(t.server.url, PATH, variables);
}

/** The shortest length by plain enumeration of bounded paths, independent of shortestPath(). */
async function cypherShortest(from: string, to: string, max: number): Promise<number | null> {
  const rows = await t.db.read((tx) =>
    tx.run<{ len: number | null }>(
      `MATCH (a {id: $from}), (b {id: $to}) OPTIONAL MATCH p = (a)-[:${CORE_RELATIONS.join("|")}*1..${max}]-(b)
       RETURN min(length(p)) AS len`,
      { from, to },
    ),
  );
  return rows[0]?.len ?? null;
}

describe("path", () => {
  it("finds the shortest evidence chain from the United States to the TTP", async () => {
    const res = await path({ from: "united-states", to: "ttp" });
    expect(res.errors).toBeUndefined();
    const p = res.data?.path;
    expect(p).toBeTruthy();
    if (!p) return;
    expect(p.length).toBe(await cypherShortest("united-states", "ttp", 4));
    expect(p.hops).toHaveLength(p.length);
    expect(p.nodes).toHaveLength(p.length + 1);
    expect(p.nodes[0]?.id).toBe("united-states");
    expect(p.nodes.at(-1)?.id).toBe("ttp");
    p.hops.forEach((hop, i) => {
      expect(hop.from.id).toBe(p.nodes[i]?.id);
      expect(hop.to.id).toBe(p.nodes[i + 1]?.id);
      expect(CORE_RELATIONS).toContain(hop.relation);
      expect(hop.evidence?.claim ?? hop.evidence?.article).toBeTruthy();
    });
    // Each hop is a real relationship, in the direction the hop says.
    for (const hop of p.hops) {
      const [s, e] = hop.forward ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
      const rows = await t.db.read((tx) =>
        tx.run<{ n: number }>("MATCH ({id: $s})-[r]->({id: $e}) WHERE type(r) = $t RETURN count(r) AS n", { s, e, t: hop.relation }),
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    }
  });

  it("names the supporting claim and its article on each hop", async () => {
    const p = (await path({ from: "pakistani-security-forces", to: "place:balochistan" })).data?.path;
    expect(p?.hops.map((h) => h.relation)).toEqual(["INVOLVES", "OCCURRED_IN"]);
    for (const hop of p?.hops ?? []) {
      expect(hop.evidence?.claim?.id).toBe("claim:irna-85325588:08");
      expect(hop.evidence?.article?.id).toBe("article:irna-85325588");
    }
    expect(p?.hops[0]?.role).toBe("TARGET");
  });

  it("walks MENTIONS only when asked, and is never longer for it", async () => {
    const strict = (await path({ from: "iran", to: "ttp", max: 6 })).data?.path;
    const loose = (await path({ from: "iran", to: "ttp", max: 6, mentions: true })).data?.path;
    expect(strict?.hops.every((h) => !["MENTIONS", "PUBLISHED_BY"].includes(h.relation))).toBe(true);
    expect(loose?.length).toBeLessThanOrEqual(strict?.length ?? Infinity);
  });

  it("answers null for unknown ids or no path within maxHops, and length 0 for a node to itself", async () => {
    expect((await path({ from: "nobody-at-all", to: "ttp" })).data?.path).toBeNull();
    expect((await path({ from: "united-states", to: "ttp", max: 1 })).data?.path).toBeNull();
    const self = (await path({ from: "ttp", to: "ttp" })).data?.path;
    expect(self).toMatchObject({ length: 0, hops: [], nodes: [{ id: "ttp", type: "Actor" }] });
  });

  it("rejects maxHops outside 1..6 and malformed ids", async () => {
    for (const variables of [{ from: "ttp", to: "pakistan", max: 0 }, { from: "ttp", to: "pakistan", max: 7 }, { from: "a b", to: "ttp" }]) {
      const res = await path(variables);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("costs a fixed number of round trips with nested fields", async () => {
    const query = `{ path(fromId: "united-states", toId: "afghan-taliban") { length
      nodes { node { ... on Claim { claimant { name } about { actor { name } } } ... on Actor { name } } }
      hops { evidence { claim { claimant { name } } article { title } } } } }`;
    const res = await gql<{ path: Path }>(t.server.url, query, {}, DEBUG);
    expect(res.errors).toBeUndefined();
    expect(res.data?.path.length).toBeGreaterThan(1);
    expect(res.extensions?.cypherQueries).toBeLessThanOrEqual(3);
  });
});

interface Neighborhood {
  nodes: Node[];
  edges: { id: string; source: string; target: string; type: string; label: string }[];
  truncated: boolean;
}
const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated nodes { id type label distance } edges { id source target type label }
  }
}`;
const neighborhood = (variables: Record<string, unknown>) => gql<{ neighborhood: Neighborhood | null }>(t.server.url, NEIGHBORHOOD, variables);

describe("neighborhood", () => {
  it("draws the Afghan Taliban's surroundings two hops out", async () => {
    const res = await neighborhood({ id: "afghan-taliban", depth: 2 });
    expect(res.errors).toBeUndefined();
    const n = res.data?.neighborhood as Neighborhood;
    const ids = n.nodes.map((x) => x.id);
    expect(n.nodes[0]).toMatchObject({ id: "afghan-taliban", type: "Actor", label: "Afghan Taliban", distance: 0 });
    expect(ids).toEqual(expect.arrayContaining(["ttp", "pakistan", "pakistani-security-officials", "claim:irna-85325588:12"]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(n.nodes.map((x) => x.distance)).toEqual([...n.nodes.map((x) => x.distance)].sort((a, b) => a - b));
    expect(Math.max(...n.nodes.map((x) => x.distance))).toBe(2);
    expect(n.truncated).toBe(false);
    for (const edge of n.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    expect(new Set(n.edges.map((e) => e.id)).size).toBe(n.edges.length);
    expect(n.edges).toContainEqual(
      expect.objectContaining({ source: "claim:irna-85325588:12", target: "ttp", type: "ABOUT", label: "BENEFICIARY" }),
    );
    expect(n.edges).toContainEqual(
      expect.objectContaining({ source: "claim:irna-85325588:14", target: "afghan-taliban", type: "CLAIMED_BY", label: "DENY" }),
    );
    expect(n.edges.some((e) => e.type === "MENTIONS")).toBe(false);
    expect(n.nodes.every((x) => x.label.length <= 80)).toBe(true);
  });

  it("keeps the closest nodes within limit and says it cut", async () => {
    const full = (await neighborhood({ id: "afghan-taliban", depth: 2 })).data?.neighborhood as Neighborhood;
    const cut = (await neighborhood({ id: "afghan-taliban", depth: 2, limit: 5 })).data?.neighborhood as Neighborhood;
    expect(cut.nodes).toHaveLength(5);
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.map((x) => x.id)).toEqual(full.nodes.slice(0, 5).map((x) => x.id));
    const kept = new Set(cut.nodes.map((x) => x.id));
    expect(cut.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    const alone = (await neighborhood({ id: "afghan-taliban", limit: 1 })).data?.neighborhood;
    expect(alone).toMatchObject({ nodes: [{ id: "afghan-taliban" }], edges: [], truncated: true });
  });

  it("answers null for an unknown id and rejects depth or limit out of range", async () => {
    expect((await neighborhood({ id: "place:atlantis" })).data?.neighborhood).toBeNull();
    for (const variables of [{ id: "ttp", depth: 9 }, { id: "ttp", depth: 0 }, { id: "ttp", limit: 0 }, { id: "ttp", limit: 501 }]) {
      expect((await neighborhood(variables)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("costs one round trip for the graph and one per nested level", async () => {
    const query = `{ neighborhood(id: "afghan-taliban", depth: 3, limit: 500) { nodes { id
      node { ... on Claim { claimant { name } } } } edges { id } } }`;
    const res = await gql(t.server.url, query, {}, DEBUG);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypherQueries).toBe(2);
  });
});
