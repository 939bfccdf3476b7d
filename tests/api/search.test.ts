// search over HTTP: stemming, the union of hit types, hostile input and round trips.
import { describe, expect, it } from "vitest";
import { escapeLucene } from "../../src/search/lucene.js";
import { gql, useTestServer } from "../support/graph.js";


const t = useTestServer({ seed: true });

interface Hit {
  score: number;
  type: string;
  node: { __typename: string; id: string; text?: string; description?: string };
}
const SEARCH = `query($q: String!, $first: Int) { search(query: $q, first: $first) {
  score type node { __typename ... on Claim { id text } ... on Event { id description } ... on Article { id }
    ... on Actor { id } ... on Place { id } } } }`;
const search = (q: string, first?: number) => gql<{ search: Hit[] }>(t.server.url, SEARCH, { q, first });

describe("search", () => {
  it("finds the vegetable truck's claim, event and article, by stem", async () => {
    const res = await search("vegetable truck");
    expect(res.errors).toBeUndefined();
    const hits = res.data?.search ?? [];
    const ids = hits.map((h) => h.node.id);
    expect(ids).toEqual(expect.arrayContaining(["claim:irna-85325588:07", "event:irna-85325588:04", "article:irna-85325588"]));
    const claim = hits.find((h) => h.node.id === "claim:irna-85325588:07");
    expect(claim).toMatchObject({ type: "CLAIM", node: { __typename: "Claim" } });
    expect(claim?.node.text).toMatch(/truck carrying vegetables/);
    expect(hits.find((h) => h.type === "EVENT")?.node.description).toMatch(/truck carrying vegetables/);
    expect(hits.find((h) => h.type === "ARTICLE")?.node.__typename).toBe("Article");
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it("searches actors by alias and keeps `first`", async () => {
    const hits = (await search("Pakistani Taliban", 3)).data?.search ?? [];
    expect(hits).toHaveLength(3);
    expect(hits.map((h) => h.node.id)).toContain("ttp");
  });

  it("takes every character literally", async () => {
    const hostile = [
      '"unterminated',
      "title:vegetables",
      "(truck",
      "truck)",
      "AND",
      "truck AND",
      "OR NOT",
      "*",
      "?ruck",
      "truck~",
      "/regex/",
      "back\\slash\\",
      "[a TO z]",
      "{a TO z}",
      "+truck -vegetable",
      "a && b || !c",
      "^2",
      "truck^",
      "the",
    ];
    for (const q of hostile) {
      const res = await search(q);
      expect(res.errors, q).toBeUndefined();
      expect(Array.isArray(res.data?.search), q).toBe(true);
    }
    // Escaped syntax still finds the words it surrounds.
    const ids = (await search('"vegetables" AND (truck)*')).data?.search.map((h) => h.node.id);
    expect(ids).toContain("claim:irna-85325588:07");
  });

  it("escapes Lucene syntax", () => {
    expect(escapeLucene('a:b "c" (d) *e? ~f /g/ \\h')).toBe('a\\:b \\"c\\" \\(d\\) \\*e\\? \\~f \\/g\\/ \\\\h');
    expect(escapeLucene("x AND y OR NOT z")).toBe("x and y or not z");
    expect(escapeLucene("a && b || !c + -d ^e [f] {g}")).toBe("a \\&\\& b \\|\\| \\!c \\+ \\-d \\^e \\[f\\] \\{g\\}");
    expect(escapeLucene("ANDROID NOTE")).toBe("ANDROID NOTE");
  });

  it("rejects blank or long queries and first outside 1..100", async () => {
    for (const [q, first] of [["   ", 5], ["x".repeat(201), 5], ["truck", 101], ["truck", 0]] as const) {
      expect((await search(q, first)).errors?.[0]?.extensions?.code, `${q.slice(0, 10)} ${first}`).toBe("BAD_USER_INPUT");
    }
  });

  it("costs the same few round trips however many hits carry nested fields", async () => {
    const query = `query($first: Int) { search(query: "Taliban Pakistan", first: $first) { node {
      ... on Claim { claimant { name } about { actor { name } } } ... on Event { participants { actor { name } } } } } }`;
    const counts: number[] = [];
    for (const first of [1, 5, 50]) {
      const res = await gql<{ search: unknown[] }>(t.server.url, query, { first }, { "x-debug-cypher": "1" });
      expect(res.errors).toBeUndefined();
      expect(res.data?.search.length).toBeGreaterThan(first === 1 ? 0 : 4);
      counts.push(res.extensions?.cypherQueries as number);
    }
    // The search itself, then one batched statement per nested list (claimant, about, participants).
    expect(Math.max(...counts)).toBeLessThanOrEqual(4);
  });
});
