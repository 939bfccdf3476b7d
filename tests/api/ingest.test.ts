// Ingesting through the HTTP API: authorisation, extraction end to end, idempotency, dry runs,
// limits, curated annotations, deletion and actor merges, on the seeded graph.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SEED_DIR } from "../../src/seed/seed-files.js";
import { readFixture } from "../support/fixtures.js";
import { gql, graphCounts, seededGraph, startTestServer, TEST_API_TOKEN, useTestServer } from "../support/graph.js";

const AUTH = { authorization: `Bearer ${TEST_API_TOKEN}` };

const INGEST = `mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) {
  status articleId duplicateBy extractorVersion actorsMatched actorsAdded { id name kind parentId }
  claims { id quote span { start end } claimantId speechAct about { actorId role } confidence }
  events { id kind time { text start end precision } fatalities } links { from to type confidence } skipped { item reason }
  article { id title text publisher { id name } } } }`;

const ap = readFixture("ap-kakar-us-equipment-2023-09");
const apInput = { text: ap.body, title: ap.meta.title, publisherName: "Associated Press", url: ap.meta.url, publishedAt: ap.meta.publishedAt };

type Made = { origin: string; extractorVersion: string | null; confidence: number };
type Report = {
  status: string;
  articleId: string;
  duplicateBy: string | null;
  extractorVersion: string | null;
  claims: { id: string; quote: string; span: { start: number; end: number }; claimantId: string; speechAct: string }[];
  events: { id: string }[];
  actorsAdded: { id: string }[];
  article: { id: string; text: string; publisher: { name: string } } | null;
};
const ingest = (input: Record<string, unknown>, dryRun = false, headers: Record<string, string> = AUTH) =>
  gql<{ ingestArticle: Report }>(t.server.url, INGEST, { input, dryRun }, headers);

const t = useTestServer();
beforeEach(async () => seededGraph(t.db));

describe("mutations need the API token", () => {
  it("refuses a request without a token as UNAUTHENTICATED and a wrong one as FORBIDDEN", async () => {
    expect((await ingest(apInput, false, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await ingest(apInput, false, { authorization: "Bearer wrong-token-wrong-token" })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const del = await gql(t.server.url, `mutation { deleteArticle(id: "article:irna-85325588") { deleted } }`);
    expect(del.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses every mutation when the server has no token configured", async () => {
    const open = await startTestServer(t.db, false, null);
    try {
      const res = await gql(open.url, INGEST, { input: apInput }, AUTH);
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(res.errors?.[0]?.message).toMatch(/CLAIMGRAPH_API_TOKEN/);
    } finally {
      await open.stop();
    }
  });
});

describe("ingestArticle", () => {
  it("extracts a new article's claims with verbatim quotes and makes them answer relationship queries at once", async () => {
    const res = await ingest(apInput);
    expect(res.errors).toBeUndefined();
    const report = res.data!.ingestArticle;
    expect(report.status).toBe("CREATED");
    expect(report.extractorVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.claims.length).toBeGreaterThan(0);
    for (const c of report.claims) expect(report.article!.text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(report.article!.publisher.name).toBe("Associated Press");

    const claimant = report.claims[0]!.claimantId;
    const relations = await gql<{ actorRelations: { claims: { id: string }[] }[] }>(
      t.server.url,
      `query($id: ID!) { actorRelations(actorId: $id, direction: OUTGOING) { claims { id } } }`,
      { id: claimant },
    );
    const related = relations.data!.actorRelations.flatMap((r) => r.claims.map((c) => c.id));
    expect(related.some((id) => report.claims.some((c) => c.id === id))).toBe(true);
    const listed = await gql<{ claims: { totalCount: number } }>(
      t.server.url,
      `query($a: ID!) { claims(where: { articleId: $a }) { totalCount } }`,
      { a: report.articleId },
    );
    expect(listed.data!.claims.totalCount).toBe(report.claims.length);
    // Every extracted item says how it was made.
    const made = await gql<{ article: { claims: { edges: { node: Made }[] }; events: Made[] }; actors: { edges: { node: Made }[] } }>(
      t.server.url,
      `query($a: ID!) { article(id: $a) { claims(first: 100) { edges { node { origin extractorVersion confidence } } }
          events { origin extractorVersion confidence } }
        actors(first: 100, where: { origin: EXTRACTED }) { edges { node { id origin extractorVersion confidence } } } }`,
      { a: report.articleId },
    );
    const items = [
      ...made.data!.article.claims.edges.map((e) => e.node),
      ...made.data!.article.events,
      ...made.data!.actors.edges.map((e) => e.node).filter((a) => a.extractorVersion),
    ];
    expect(made.data!.article.events.length).toBe(report.events.length);
    expect(items.length).toBeGreaterThan(report.claims.length);
    for (const item of items) {
      expect(item).toMatchObject({ origin: "EXTRACTED", extractorVersion: report.extractorVersion });
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    const search = await gql<{ search: { node: { id?: string } }[] }>(t.server.url, `{ search(query: "Kakar", first: 20) { node { ... on Article { id } ... on Claim { id } ... on Actor { id } } } }`);
    expect(search.data!.search.map((h) => h.node.id)).toContain(report.articleId);
  });

  it("links a later Taliban denial to Islamabad's accusation, and shows it in disputes, relations and the timeline at once", async () => {
    const n18 = readFixture("news18-taliban-deny-2023-08");
    const res = await ingest({ text: n18.body, title: n18.meta.title, publisherName: "News18", url: n18.meta.url, publishedAt: n18.meta.publishedAt });
    expect(res.errors).toBeUndefined();
    const articleId = res.data!.ingestArticle.articleId;
    const answer = await gql<{
      claim: { disputedBy: { id: string; article: { id: string } }[] };
      actorRelations: { claims: { id: string }[] }[];
      timeline: { edges: { node: { claim: { id: string } | null } }[] };
    }>(
      t.server.url,
      `query($from: Date!, $to: Date!) {
        claim(id: "claim:irna-85325588:13") { disputedBy { id article { id } } }
        actorRelations(actorId: "afghan-taliban", direction: OUTGOING, speechActs: [DENY, REJECT], includeParts: true) { claims { id } }
        timeline(actorId: "afghan-taliban", includeParts: true, from: $from, to: $to, kinds: [CLAIM]) { edges { node { claim { id } } } } }`,
      { from: "2023-08-01", to: "2023-08-31" },
    );
    expect(answer.errors).toBeUndefined();
    const ofNewArticle = (id: string) => id.startsWith(articleId.replace(/^article:/, "claim:"));
    expect(answer.data!.claim.disputedBy.filter((d) => d.article.id === articleId).length).toBeGreaterThan(0);
    expect(answer.data!.actorRelations.flatMap((r) => r.claims.map((c) => c.id)).some(ofNewArticle)).toBe(true);
    expect(answer.data!.timeline.edges.map((e) => e.node.claim?.id ?? "").some(ofNewArticle)).toBe(true);
  });

  it("links a denial and the accusation it answers whichever of the two articles is ingested first", async () => {
    const asInput = (slug: string, publisherName: string) => {
      const f = readFixture(slug);
      return { text: f.body, title: f.meta.title, publisherName, url: f.meta.url, publishedAt: f.meta.publishedAt };
    };
    // Pakistan's army and the US on safe havens in Afghanistan (July 2023); the Taliban's answer (February 2024).
    const accusing = asInput("frontierpost-miller-safe-haven-2023-07", "The Frontier Post");
    const denying = asInput("wenews-mujahid-unsc-al-qaeda-2024-02", "WE News");
    /** DISPUTES links from the denying article's claims to the accusing article's, as quote pairs. */
    const disputes = async (denyingId: string, accusingId: string) => {
      const res = await gql<{ article: { claims: { edges: { node: { quote: string; disputedBy: { quote: string; article: { id: string } }[] } }[] } } }>(
        t.server.url,
        `query($id: ID!) { article(id: $id) { claims(first: 100) { edges { node { quote disputedBy { quote article { id } } } } } } }`,
        { id: accusingId },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.article.claims.edges.flatMap(({ node: c }) => c.disputedBy.filter((d) => d.article.id === denyingId).map((d) => `${d.quote} -> ${c.quote}`)).sort();
    };
    const ingestInOrder = async (first: typeof accusing, second: typeof accusing) => {
      await seededGraph(t.db);
      const reports = [await ingest(first), await ingest(second)];
      for (const r of reports) expect(r.errors).toBeUndefined();
      const [a, b] = reports.map((r) => r.data!.ingestArticle.articleId) as [string, string];
      return first === denying ? disputes(a, b) : disputes(b, a);
    };
    const accusationFirst = await ingestInOrder(accusing, denying);
    const denialFirst = await ingestInOrder(denying, accusing);
    expect(accusationFirst.length).toBeGreaterThan(0);
    expect(denialFirst).toEqual(accusationFirst);
  });

  it("links a stored denial to the curated accusation it answers when the curated article comes later", async () => {
    await gql(t.server.url, `mutation { deleteArticle(id: "article:irna-85325588") { deleted } }`, {}, AUTH);
    const n18 = readFixture("news18-taliban-deny-2023-08");
    const denial = await ingest({ text: n18.body, title: n18.meta.title, publisherName: "News18", url: n18.meta.url, publishedAt: n18.meta.publishedAt });
    expect(denial.errors).toBeUndefined();
    const dir = path.join(DEFAULT_SEED_DIR, "articles/irna-85325588");
    const annotation = JSON.parse(readFileSync(path.join(dir, "annotation.json"), "utf8")) as unknown;
    const text = readFileSync(path.join(dir, "body.txt"), "utf8");
    const curated = await ingest({ text, title: "Pakistan terror groups using US weapons smuggled from Afghanistan", publisherId: "irna", publishedAt: "2023-12-18T14:20:00+03:30", annotation });
    expect(curated.errors).toBeUndefined();
    const answer = await gql<{ claim: { disputedBy: { article: { id: string } }[] } }>(t.server.url, `{ claim(id: "claim:irna-85325588:13") { disputedBy { article { id } } } }`);
    expect(answer.data!.claim.disputedBy.map((d) => d.article.id)).toContain(denial.data!.ingestArticle.articleId);
  });

  it("writes a well-known official the article names under their office, and finds the same node from a later article", async () => {
    const nation = readFixture("nation-fo-no-ttp-talks-2024-07");
    const first = await ingest({ text: nation.body, title: nation.meta.title, publisherName: "The Nation", url: nation.meta.url, publishedAt: nation.meta.publishedAt });
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestArticle.actorsAdded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "mumtaz-zahra-baloch", kind: "PERSON", parentId: "pakistan-foreign-office" }),
        expect.objectContaining({ id: "pakistan-foreign-office", parentId: "pakistan" }),
      ]),
    );
    const later = await ingest({
      text: "Foreign Office spokesperson Mumtaz Zahra Baloch said on Friday that the TTP was using Afghan soil for attacks against Pakistan.",
      title: "FO on TTP",
      publisherName: "The Nation",
      url: "https://example.org/fo-ttp-later",
      publishedAt: "2024-07-19T12:00:00+05:00",
    });
    expect(later.errors).toBeUndefined();
    expect(later.data!.ingestArticle.actorsAdded.map((a) => a.id)).not.toContain("mumtaz-zahra-baloch");
    const answer = await gql<{ actor: { parent: { id: string; parent: { id: string } | null } | null; claimsMade: { totalCount: number } } }>(
      t.server.url,
      `{ actor(id: "mumtaz-zahra-baloch") { parent { id parent { id } } claimsMade { totalCount } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.actor.parent).toEqual({ id: "pakistan-foreign-office", parent: { id: "pakistan" } });
    const fromBoth = first.data!.ingestArticle.claims.filter((c) => c.claimantId === "mumtaz-zahra-baloch").length + 1;
    expect(answer.data!.actor.claimsMade.totalCount).toBe(fromBoth);
  });

  it("changes nothing when the same article arrives again, by url or by text, and says so", async () => {
    await ingest(apInput);
    const before = await graphCounts(t.db);
    const byUrl = await ingest({ ...apInput, text: `${ap.body}\n\nUpdated.` });
    expect(byUrl.data!.ingestArticle).toMatchObject({ status: "ALREADY_PRESENT", duplicateBy: "url" });
    const byText = await ingest({ ...apInput, url: "https://example.org/syndicated-copy" });
    expect(byText.data!.ingestArticle).toMatchObject({ status: "ALREADY_PRESENT", duplicateBy: "contentHash" });
    expect(await graphCounts(t.db)).toEqual(before);
  });

  it("on a dry run reports what it would write and writes nothing", async () => {
    const before = await graphCounts(t.db);
    const res = await ingest(apInput, true);
    expect(res.data!.ingestArticle.status).toBe("DRY_RUN");
    expect(res.data!.ingestArticle.claims.length).toBeGreaterThan(0);
    expect(res.data!.ingestArticle.article).toBeNull();
    expect(await graphCounts(t.db)).toEqual(before);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ["an oversized text", { ...apInput, text: "x".repeat(200_001) }, /text must be at most 200000 characters/],
    ["a publication time without an offset", { ...apInput, publishedAt: "2023-09-04 12:00" }, /publishedAt must be ISO 8601/],
    ["a relative url", { ...apInput, url: "/news/1" }, /url must be an absolute URL/],
    ["no publisher", { text: ap.body, title: "t", publishedAt: ap.meta.publishedAt }, /give publisherId or publisherName/],
    ["an unknown publisher id", { ...apInput, publisherName: undefined, publisherId: "nobody" }, /Unknown publisherId "nobody"/],
  ];
  for (const [name, input, message] of bad) {
    it(`refuses ${name} with BAD_USER_INPUT and writes nothing`, async () => {
      const before = await graphCounts(t.db);
      const res = await ingest(input);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(await graphCounts(t.db)).toEqual(before);
    });
  }

  it("takes a curated annotation over extraction, and refuses a broken one whole", async () => {
    const dir = path.join(DEFAULT_SEED_DIR, "articles/irna-85325588");
    const annotation = JSON.parse(readFileSync(path.join(dir, "annotation.json"), "utf8")) as { claims: { span: { start: number } }[] };
    const text = readFileSync(path.join(dir, "body.txt"), "utf8");
    await gql(t.server.url, `mutation { deleteArticle(id: "article:irna-85325588") { deleted } }`, {}, AUTH);
    const input = { text, title: "Pakistan terror groups using US weapons smuggled from Afghanistan", publisherId: "irna", publishedAt: "2023-12-18T14:20:00+03:30" };
    const broken = structuredClone(annotation);
    broken.claims[4]!.span.start += 1;
    const before = await graphCounts(t.db);
    const refused = await ingest({ ...input, annotation: broken });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/claim claim:irna-85325588:05: span/);
    expect(await graphCounts(t.db)).toEqual(before);
    const res = await ingest({ ...input, annotation });
    expect(res.data!.ingestArticle.status).toBe("CREATED");
    expect(res.data!.ingestArticle.extractorVersion).toBeNull();
    expect(res.data!.ingestArticle.claims.map((c) => c.id)).toEqual(annotation.claims.map((_, i) => `claim:irna-85325588:${String(i + 1).padStart(2, "0")}`));
  });
});

describe("deleteArticle and mergeActors", () => {
  it("deleting an ingested article removes its claims and events, keeps shared actors, and restores the counts", async () => {
    const before = await graphCounts(t.db);
    const created = (await ingest(apInput)).data!.ingestArticle;
    const res = await gql<{ deleteArticle: { deleted: boolean; claimsDeleted: number } }>(
      t.server.url,
      `mutation($id: ID!) { deleteArticle(id: $id) { deleted claimsDeleted eventsDeleted actorsDeleted } }`,
      { id: created.articleId },
      AUTH,
    );
    expect(res.data!.deleteArticle).toMatchObject({ deleted: true, claimsDeleted: created.claims.length });
    const after = await graphCounts(t.db);
    expect(after["node:Claim"]).toBe(before["node:Claim"]);
    expect(after["node:Article"]).toBe(before["node:Article"]);
    const pakistan = await gql<{ actor: { id: string } | null }>(t.server.url, `{ actor(id: "pakistan") { id } }`);
    expect(pakistan.data!.actor?.id).toBe("pakistan");
    const again = await gql<{ deleteArticle: { deleted: boolean } }>(t.server.url, `mutation { deleteArticle(id: "article:none") { deleted } }`, {}, AUTH);
    expect(again.data!.deleteArticle.deleted).toBe(false);
  });

  it("merging a duplicate actor moves its claims and names onto the one kept", async () => {
    await t.db.write((tx) =>
      tx.run(`CREATE (d:Actor {id: 'islamabad-government', name: 'Islamabad government', kind: 'GOVERNMENT', aliases: ['GoP'], origin: 'EXTRACTED'})
              WITH d MATCH (c:Claim {id: 'claim:irna-85325588:03'})-[r:CLAIMED_BY]->() DELETE r CREATE (c)-[:CLAIMED_BY]->(d)`),
    );
    const res = await gql<{ mergeActors: { id: string; aliases: string[]; claimsMade: { edges: { node: { id: string } }[] } } }>(
      t.server.url,
      `mutation { mergeActors(keepId: "pakistan", dropId: "islamabad-government") { id aliases claimsMade(first: 50) { edges { node { id } } } } }`,
      {},
      AUTH,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeActors.aliases).toEqual(expect.arrayContaining(["Islamabad government", "GoP", "Islamabad"]));
    expect(res.data!.mergeActors.claimsMade.edges.map((e) => e.node.id)).toContain("claim:irna-85325588:03");
    const gone = await gql<{ actor: null }>(t.server.url, `{ actor(id: "islamabad-government") { id } }`);
    expect(gone.data!.actor).toBeNull();
    const same = await gql(t.server.url, `mutation { mergeActors(keepId: "pakistan", dropId: "pakistan") { id } }`, {}, AUTH);
    expect(same.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await gql(t.server.url, `mutation { mergeActors(keepId: "pakistan", dropId: "nobody") { id } }`, {}, AUTH);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
