import { describe, expect, it } from "vitest";
import { writeArticle } from "../../src/ingest/write/write-article.js";
import { seedCopy } from "../../src/seed/seed-copy.js";
import { gql, startTestServer, useTestServer } from "../support/graph.js";


const t = useTestServer({ seed: true });

type Page = { claims: { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
const PAGE = `query($after: String, $first: Int) { claims(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

describe("pagination", () => {
  it("walks every claim once with opaque cursors, even while articles are added", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(t.server.url, PAGE, { first: 5, after });
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data!.claims;
      seen.push(...edges.map((e) => e.node.id));
      expect(edges.every((e) => !e.cursor.includes("claim:"))).toBe(true);
      // Two articles arrive mid-walk: one whose claims sort before the cursor (not seen, nothing
      // shifts) and one whose claims sort after it (seen). Nothing repeats, nothing is skipped.
      if (++pages === 2) {
        await writeArticle(t.db, await seedCopy("aa-before"));
        await writeArticle(t.db, await seedCopy("zz-after"));
      }
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => id.startsWith("claim:irna-85325588")).length).toBe(18);
    expect(seen.filter((id) => id.startsWith("claim:zz-after")).length).toBe(18);
    expect(seen.filter((id) => id.startsWith("claim:aa-before")).length).toBe(0);
  });

  it("computes totalCount only when selected", async () => {
    const withCount = await gql(t.server.url, "{ claims(first: 1) { totalCount } }", {}, { "x-debug-cypher": "1" });
    const without = await gql(t.server.url, "{ claims(first: 1) { edges { node { id } } } }", {}, { "x-debug-cypher": "1" });
    expect(withCount.extensions?.cypherQueries).toBe(2);
    expect(without.extensions?.cypherQueries).toBe(1);
  });
});

describe("bad input", () => {
  const cases: [string, string][] = [
    ["first above the maximum", "{ claims(first: 101) { totalCount } }"],
    ["first below one", "{ actors(first: 0) { totalCount } }"],
    ["a cursor this API did not issue", `{ claims(after: "not-a-cursor") { totalCount } }`],
    ["a date range that ends before it starts", `{ claims(where: { from: "2023-12-01", to: "2023-01-01" }) { totalCount } }`],
    ["an impossible date", `{ events(where: { from: "2023-02-30" }) { totalCount } }`],
    ["an unknown enum value", "{ claims(where: { speechActs: [SHOUT] }) { totalCount } }"],
    ["a malformed id", `{ actor(id: "robert'); DROP") { id } }`],
    ["an over-long text filter", `{ claims(where: { text: "${"x".repeat(201)}" }) { totalCount } }`],
  ];
  for (const [name, query] of cases) {
    it(`answers ${name} with a clear error coded for the client`, async () => {
      const res = await gql(t.server.url, query);
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
      expect(error?.message.length).toBeGreaterThan(10);
      expect(JSON.stringify(res)).not.toMatch(/MATCH|Neo4j|stacktrace|\.ts:\d+/);
    });
  }

  it("masks an internal failure in production: no message, stack or Cypher, only a code and request id", async () => {
    await t.db.write((tx) => tx.run("CREATE (:Claim {id: 'claim:broken:1'})"));
    const production = await startTestServer(t.db, true);
    try {
      const res = await fetch(production.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ claim(id: "claim:broken:1") { id text quote } }` }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]?.extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(body.errors[0]?.message).not.toMatch(/null|non-nullable|Claim\.text/);
      expect(Object.keys(body.errors[0]!.extensions)).toEqual(["code"]);
      expect(res.headers.get("x-request-id")).toMatch(/.{8,}/);
    } finally {
      await production.stop();
      await t.db.write((tx) => tx.run("MATCH (c:Claim {id: 'claim:broken:1'}) DELETE c"));
    }
  });
});
