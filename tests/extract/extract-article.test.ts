import { beforeAll, describe, expect, it } from "vitest";
import { claimSchema, eventSchema } from "../../src/ingest/format/annotation.schema.js";
import { EXTRACTOR_VERSION, type Extraction, extractArticle } from "../../src/ingest/extract/index.js";
import { loadFixtures, loadGazetteer, loadSeed } from "./support/fixtures.js";

const gazetteer = loadGazetteer();
const inputs = [
  ...(loadSeed() ? [{ text: loadSeed()!.raw ?? loadSeed()!.body, publishedAt: loadSeed()!.meta.publishedAt, publisherId: "irna", articleId: loadSeed()!.meta.id }] : []),
  ...loadFixtures().map((f) => ({ text: f.body, publishedAt: f.meta.publishedAt, publisherId: f.meta.publisherId, articleId: f.meta.id })),
];

describe("extractArticle", () => {
  // Every annotated article extracted once, for all the tests below; the fixture set grows with each evaluation
  // round, so the time allowed is a share per article (half a second each) rather than a fixed figure.
  const allowed = inputs.length * 500;
  let extracted: Array<{ input: (typeof inputs)[number]; x: Extraction }> = [];
  beforeAll(() => {
    extracted = inputs.map((input) => ({ input, x: extractArticle(input, gazetteer) }));
  }, allowed);

  it("is deterministic: the same input gives the same ids and output", { timeout: allowed }, () => {
    for (const { input, x } of extracted) expect(extractArticle({ ...input }, gazetteer)).toEqual(x);
  });

  it("marks every item as extracted, with version and confidence, in the seed format", () => {
    for (const { input, x } of extracted) {
      const slug = input.articleId.replace("article:", "");
      for (const c of x.claims) {
        expect(c.id).toMatch(new RegExp(`^claim:${slug}:x\\d{2,}$`));
        expect(c).toMatchObject({ origin: "EXTRACTED", extractorVersion: EXTRACTOR_VERSION });
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(claimSchema.parse(c)).toBeTruthy();
      }
      for (const e of x.events) {
        expect(e.id).toMatch(new RegExp(`^event:${slug}:x\\d{2,}$`));
        expect(e).toMatchObject({ origin: "EXTRACTED", extractorVersion: EXTRACTOR_VERSION });
        expect(eventSchema.parse(e)).toBeTruthy();
      }
      for (const a of x.newActors) expect(a).toMatchObject({ origin: "EXTRACTED", extractorVersion: EXTRACTOR_VERSION });
    }
  });

  it("never stores a quote that is not the body's text at its span", () => {
    for (const { x } of extracted) {
      expect(x.dropped).toEqual([]);
      for (const c of x.claims) expect(x.body.slice(c.span.start, c.span.end)).toBe(c.quote);
      for (const c of x.claims) if (c.statedAt) expect(x.body).toContain(c.statedAt.text);
      const ids = new Set(x.claims.map((c) => c.id));
      for (const c of x.claims) for (const ref of [...c.disputes, ...c.supports, ...(c.containedIn ? [c.containedIn] : [])]) expect(ids.has(ref)).toBe(true);
      const known = new Set([...gazetteer.actors.map((a) => a.id), ...x.newActors.map((a) => a.id)]);
      for (const c of x.claims) for (const id of [c.claimantId, ...c.via, ...c.about.map((a) => a.actorId)]) expect(known.has(id), id).toBe(true);
    }
  });

  it("gives new actors only parents the gazetteer or the article's new actors hold, so the graph takes every article", () => {
    for (const { input, x } of extracted) {
      const known = new Set([...gazetteer.actors.map((a) => a.id), ...x.newActors.map((a) => a.id)]);
      for (const a of x.newActors) if (a.parentId) expect(known.has(a.parentId), `${input.articleId}: ${a.id} -> ${a.parentId}`).toBe(true);
      for (const m of x.mentions) if (m.type === "Actor") expect(known.has(m.id), `${input.articleId}: mention ${m.id}`).toBe(true);
    }
  });
});
