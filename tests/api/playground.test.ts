// Opening /graphql in a browser gives a GraphQL IDE that needs nothing from the internet.
import { describe, expect, it } from "vitest";
import { readExampleOperations } from "../../src/http/example-operations.js";
import { gql, useTestServer } from "../support/graph.js";


const t = useTestServer({ seed: false });

describe("playground", () => {
  it("serves GraphiQL to a browser, loading only this server's own assets", async () => {
    const res = await fetch(t.server.url, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("GraphiQL");
    expect(html).not.toMatch(/(src|href)="https?:/);
    const assets = [...html.matchAll(/(?:src|href)="(\/playground\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(4);
    for (const asset of assets) {
      const file = await fetch(new URL(asset, t.server.url));
      expect(file.status, asset).toBe(200);
      expect((await file.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });

  it("preloads every example operation as a tab", async () => {
    const html = await (await fetch(t.server.url, { headers: { accept: "text/html" } })).text();
    const operations = readExampleOperations();
    expect(operations.length).toBeGreaterThanOrEqual(6);
    for (const op of operations) {
      const name = /query (\w+)/.exec(op.query)?.[1];
      expect(html, op.file).toContain(`query ${name}`);
    }
  });

  it("still answers GraphQL POSTs and JSON GETs on the same path", async () => {
    const post = await gql(t.server.url, "{ __typename }");
    expect(post.data).toEqual({ __typename: "Query" });
    const get = await fetch(`${t.server.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
    });
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
  });
});
