// Re-extracting stored articles through the HTTP API: an article an older extractor produced is replaced
// by the current extractor's output in one transaction, links from other articles survive, a second run
// changes nothing, and curated or unknown articles are refused with a clear code.
import { beforeEach, describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/ingest/extract/index.js";
import { staleArticleIds } from "../../src/ingest/reextract-article.js";
import { readFixture } from "../support/fixtures.js";
import { gql, graphCounts, seededGraph, TEST_API_TOKEN, useTestServer } from "../support/graph.js";

const AUTH = { authorization: `Bearer ${TEST_API_TOKEN}` };
const REPORT = `status articleId extractorVersion claims { id claimantId speechAct quote } links { from to type }
  article { id extractorVersion }`;
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { ${REPORT} } }`;
const REEXTRACT = `mutation($id: ID!, $dryRun: Boolean) { reextractArticle(id: $id, dryRun: $dryRun) { ${REPORT} } }`;

interface Report {
  status: string;
  articleId: string;
  extractorVersion: string | null;
  claims: { id: string; claimantId: string; speechAct: string; quote: string }[];
  links: { from: string; to: string; type: string }[];
  article: { id: string; extractorVersion: string | null } | null;
}

const t = useTestServer();
beforeEach(async () => seededGraph(t.db));

const ingest = async (input: Record<string, unknown>) => {
  const res = await gql<{ ingestArticle: Report }>(t.server.url, INGEST, { input }, AUTH);
  expect(res.errors).toBeUndefined();
  return res.data!.ingestArticle;
};
const reextract = (id: string, dryRun = false, headers = AUTH) => gql<{ reextractArticle: Report }>(t.server.url, REEXTRACT, { id, dryRun }, headers);

/**
 * What an older extractor would have left: another version on the article and its items, a claim the current one
 * does not make, and an extracted actor only that claim's article mentions.
 */
async function ageArticle(articleId: string) {
  await t.db.write((tx) =>
    tx.run(
      `MATCH (a:Article {id: $id}) SET a.extractorVersion = '0.9.0'
       WITH a MATCH (a)-[:REPORTS]->(x) SET x.extractorVersion = '0.9.0'
       WITH DISTINCT a MATCH (a)-[:PUBLISHED_BY]->(p:Actor)
       CREATE (a)-[:REPORTS]->(c:Claim {id: $stale, origin: 'EXTRACTED', extractorVersion: '0.9.0', speechAct: 'ASSERT',
              quote: 'stale', text: 'stale', cue: 'said', confidence: 0.5, hedged: false, spanStart: 0, spanEnd: 5})-[:CLAIMED_BY]->(p)
       CREATE (a)-[:MENTIONS {count: 1}]->(:Actor {id: 'stale-person', name: 'Stale Person', kind: 'PERSON', aliases: ['Stale Person'],
              aliasText: 'Stale Person', description: '', origin: 'EXTRACTED', confidence: 0.8, extractorVersion: '0.9.0'})`,
      { id: articleId, stale: `${articleId.replace(/^article:/, "claim:")}:x99` },
    ),
  );
}

const ap = readFixture("ap-kakar-us-equipment-2023-09");
const apInput = { text: ap.body, title: ap.meta.title, publisherName: "Associated Press", url: ap.meta.url, publishedAt: ap.meta.publishedAt };

describe("reextractArticle", () => {
  it("replaces an older extraction with what ingesting the article today gives, and a second run changes nothing", async () => {
    const fresh = await ingest(apInput);
    const before = await graphCounts(t.db);
    await ageArticle(fresh.articleId);
    expect(await staleArticleIds(t.db)).toEqual([fresh.articleId]);

    const res = await reextract(fresh.articleId);
    expect(res.errors).toBeUndefined();
    const report = res.data!.reextractArticle;
    expect(report).toMatchObject({ status: "REEXTRACTED", articleId: fresh.articleId, extractorVersion: EXTRACTOR_VERSION });
    expect(report.article?.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(report.claims).toEqual(fresh.claims);
    // The stale claim and the actor only it needed are gone, nothing was added twice: the graph is as a fresh ingest left it.
    expect(await graphCounts(t.db)).toEqual(before);
    const versions = await t.db.read((tx) =>
      tx.run<{ v: string }>("MATCH (:Article {id: $id})-[:REPORTS]->(x) RETURN DISTINCT x.extractorVersion AS v", { id: fresh.articleId }),
    );
    expect(versions.map((r) => r.v)).toEqual([EXTRACTOR_VERSION]);

    const again = await reextract(fresh.articleId);
    expect(again.data!.reextractArticle).toMatchObject({ status: "UP_TO_DATE", claims: [] });
    expect(await graphCounts(t.db)).toEqual(before);
    expect(await staleArticleIds(t.db)).toEqual([]);
  });

  it("writes nothing on a dry run, and reports what it would write", async () => {
    const fresh = await ingest(apInput);
    await ageArticle(fresh.articleId);
    const aged = await graphCounts(t.db);
    const res = await reextract(fresh.articleId, true);
    expect(res.data!.reextractArticle).toMatchObject({ status: "DRY_RUN", article: null });
    expect(res.data!.reextractArticle.claims).toEqual(fresh.claims);
    expect(await graphCounts(t.db)).toEqual(aged);
  });

  it("keeps the links other articles' claims have to the replaced claims", async () => {
    const accusation = await ingest({
      text: "Pakistan accused the Afghan Taliban of sheltering TTP fighters who attacked a border post in Chitral on Sunday.",
      title: "Pakistan blames Kabul for Chitral attack",
      publisherId: "irna",
      url: "https://example.org/chitral-accusation",
      publishedAt: "2023-09-08T10:00:00+05:00",
    });
    const denial = await ingest({
      text: "The Afghan Taliban denied that they shelter TTP fighters who attacked a border post in Chitral, rejecting Pakistan's accusation.",
      title: "Taliban deny Chitral charge",
      publisherId: "irna",
      url: "https://example.org/chitral-denial",
      publishedAt: "2023-09-09T10:00:00+05:00",
    });
    const into = (r: Report) => r.links.filter((l) => accusation.claims.some((c) => c.id === l.to) && denial.claims.some((c) => c.id === l.from));
    expect(into(denial).length).toBeGreaterThan(0);

    await ageArticle(accusation.articleId);
    const report = (await reextract(accusation.articleId)).data!.reextractArticle;
    expect(report.status).toBe("REEXTRACTED");
    const stored = await t.db.read((tx) =>
      tx.run<{ from: string; to: string; type: string }>(
        "MATCH (:Article {id: $a})-[:REPORTS]->(to:Claim)<-[l:DISPUTES|SUPPORTS]-(from:Claim)<-[:REPORTS]-(:Article {id: $d}) RETURN from.id AS from, to.id AS to, type(l) AS type",
        { a: accusation.articleId, d: denial.articleId },
      ),
    );
    expect(stored.map((l) => ({ ...l })).sort((x, y) => x.from.localeCompare(y.from))).toEqual(
      into(denial).map(({ from, to, type }) => ({ from, to, type })).sort((x, y) => x.from.localeCompare(y.from)),
    );
  });

  it("refuses a curated article with BAD_USER_INPUT and an unknown id with NOT_FOUND, changing nothing", async () => {
    const before = await graphCounts(t.db);
    const curated = await reextract("article:irna-85325588");
    expect(curated.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(curated.errors?.[0]?.message).toMatch(/curated/);
    const unknown = await reextract("article:nowhere-1");
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await graphCounts(t.db)).toEqual(before);
  });

  it("needs the API token", async () => {
    const res = await reextract("article:irna-85325588", false, {} as typeof AUTH);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
