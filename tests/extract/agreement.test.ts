// Agreement between two people annotating the same articles (tests/fixtures/agreement): how far the claim
// measure of the quality test is a matter of judgement. Printed beside the extractor's figures on the same
// articles, so the two can be read together.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract/index.js";
import { annotationSchema, type ClaimInput } from "../../src/ingest/format/annotation.schema.js";
import { loadFixtures, loadGazetteer } from "./support/fixtures.js";
import { add, fmt, idMapper, matchClaims, zero, type ClaimMatch, type Counts } from "./support/score.js";

const dir = new URL("../fixtures/agreement/", import.meta.url);
const fixtures = new Map(loadFixtures().map((f) => [f.slug, f]));
const second = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ slug: f.replace(/\.json$/, ""), annotation: annotationSchema.parse(JSON.parse(readFileSync(new URL(f, dir), "utf8"))) }));
const gazetteer = loadGazetteer();
const MODES: ClaimMatch[] = ["strict", "lenient", "core"];

describe("agreement between two annotators", () => {
  it("has a second annotation for articles that exist, with verbatim quotes and known actors", () => {
    expect(second.length).toBeGreaterThanOrEqual(16);
    for (const { slug, annotation } of second) {
      const f = fixtures.get(slug);
      expect(f, slug).toBeDefined();
      expect(annotation.articleId).toBe(f!.meta.id);
      const known = new Set([...gazetteer.actors, ...f!.actors].map((a) => a.id));
      for (const c of annotation.claims) {
        expect(f!.body.slice(c.span.start, c.span.end), c.id).toBe(c.quote);
        for (const id of [c.claimantId, ...c.about.map((a) => a.actorId)]) expect(known.has(id), `${c.id}: ${id}`).toBe(true);
      }
    }
  });

  it("prints how far the second annotator and the extractor agree with the first", () => {
    const human: Record<ClaimMatch, Counts> = { strict: zero(), lenient: zero(), core: zero() };
    // The extractor apart on the articles its rules were tuned on and on those still held out.
    const machine: Record<"tuned" | "heldOut", Record<ClaimMatch, Counts>> = {
      tuned: { strict: zero(), lenient: zero(), core: zero() },
      heldOut: { strict: zero(), lenient: zero(), core: zero() },
    };
    const count = { tuned: 0, heldOut: 0 };
    for (const { slug, annotation } of second) {
      const f = fixtures.get(slug)!;
      const gold: ClaimInput[] = f.annotation.claims;
      const x = extractArticle({ text: f.body, publishedAt: f.meta.publishedAt, publisherId: f.meta.publisherId, articleId: f.meta.id }, gazetteer);
      const map = idMapper(x, [...gazetteer.actors, ...f.actors]);
      const group = f.heldOut ? "heldOut" : "tuned";
      count[group]++;
      for (const mode of MODES) {
        human[mode] = add(human[mode], matchClaims(annotation.claims, gold, (id) => id, mode).counts);
        machine[group][mode] = add(machine[group][mode], matchClaims(x.claims, gold, map, mode).counts);
      }
    }
    console.log(`\nclaims on ${second.length} articles annotated twice, scored against the first annotation`);
    console.log("  (strict: claimant + speech act + about-set; lenient: about-sets overlapping by half; core: claimant + speech act)");
    const line = (mode: string, who: string, c: Counts) => console.log(`  ${mode.padEnd(8)} ${who.padEnd(34)} ${fmt(c)}`);
    for (const mode of MODES) {
      line(mode, `second annotator, all ${second.length}`, human[mode]);
      if (count.tuned) line("", `extractor, ${count.tuned} it was tuned on`, machine.tuned[mode]);
      if (count.heldOut) line("", `extractor, ${count.heldOut} held out`, machine.heldOut[mode]);
    }
    expect(human.strict.gold).toBeGreaterThan(0);
  });
});
