// Extractor quality against hand annotations (tests/fixtures/articles, see its README) and against the
// curated seed annotation. Prints precision and recall per article, per set and overall; asserts the
// product's targets on the held-out articles, which the extractor's rules were not tuned on.
import { describe, expect, it } from "vitest";
import { extractArticle, type Extraction } from "../../src/ingest/extract/index.js";
import { loadFixtures, loadGazetteer, loadSeed, type Fixture } from "./support/fixtures.js";
import { add, fmt, idMapper, matchClaims, pct, precision, rankingAuc, recall, scoreDates, scoreMentions, zero, type Counts } from "./support/score.js";

const gazetteer = loadGazetteer();

interface Result {
  fixture: Fixture;
  extraction: Extraction;
  mentions: Counts;
  strict: Counts;
  lenient: Counts;
  core: Counts;
  dates: Counts;
  notVerbatim: number;
  /** Each extracted claim's confidence, and whether its claimant and speech act are right. */
  confidences: Array<{ score: number; right: boolean }>;
}

const results: Result[] = loadFixtures().map((fixture) => {
  const { body, meta, annotation } = fixture;
  const extraction = extractArticle({ text: body, publishedAt: meta.publishedAt, publisherId: meta.publisherId, articleId: meta.id }, gazetteer);
  const map = idMapper(extraction, [...gazetteer.actors, ...fixture.actors]);
  const core = matchClaims(extraction.claims, annotation.claims, map, "core");
  return {
    fixture,
    extraction,
    mentions: scoreMentions(extraction, fixture.mentions, map),
    strict: matchClaims(extraction.claims, annotation.claims, map, "strict").counts,
    lenient: matchClaims(extraction.claims, annotation.claims, map, "lenient").counts,
    core: core.counts,
    dates: scoreDates(extraction, fixture.dates),
    notVerbatim: extraction.claims.filter((c) => body.slice(c.span.start, c.span.end) !== c.quote).length + extraction.dropped.length,
    confidences: extraction.claims.map((c) => ({ score: c.confidence, right: core.pairs.some(([, p]) => p === c) })),
  };
});

const pooled = (rs: Result[], key: "mentions" | "strict" | "lenient" | "core" | "dates") => rs.map((r) => r[key]).reduce(add, zero());

function report(title: string, rs: Result[]) {
  console.log(`\n${title}`);
  console.log(`  actor mentions     ${fmt(pooled(rs, "mentions"))}`);
  console.log(`  claims (strict)    ${fmt(pooled(rs, "strict"))}   claimant + speech act + about-actor set`);
  console.log(`  claims (lenient)   ${fmt(pooled(rs, "lenient"))}   about-actor sets overlapping by half`);
  console.log(`  claims (core)      ${fmt(pooled(rs, "core"))}   claimant + speech act`);
  console.log(`  dates              ${fmt(pooled(rs, "dates"))}`);
  console.log(`  quotes not verbatim: ${rs.reduce((n, r) => n + r.notVerbatim, 0)}`);
  // Whether a claim's confidence tells right claims from wrong ones (claimant + speech act): 0.5 is chance.
  const auc = rankingAuc(rs.flatMap((r) => r.confidences));
  console.log(`  claim confidence ranks right above wrong: ${auc === undefined ? "n/a" : auc.toFixed(2)} (0.5 = chance)`);
}

describe("extractor quality on hand-annotated articles", () => {
  const heldOut = results.filter((r) => r.fixture.heldOut);
  const tuning = results.filter((r) => !r.fixture.heldOut);

  it("prints precision and recall per article and overall", () => {
    console.log("\nper article (M = actor mentions, C = claims strict, D = dates; P/R)");
    for (const r of results) {
      const pr = (c: Counts) => `${pct(precision(c))}/${pct(recall(c))}`;
      console.log(`  ${r.fixture.slug.padEnd(40)} ${r.fixture.heldOut ? "held-out" : "tuned on"}  M ${pr(r.mentions)}  C ${pr(r.strict)}  D ${pr(r.dates)}`);
    }
    report("held-out articles (targets: mentions R >= 90%, claims P >= 80% and R >= 70%)", heldOut);
    report("articles the rules were tuned on (tuning and earlier held-out sets)", tuning);
    report("all articles", results);
    expect(results.length).toBeGreaterThanOrEqual(3);
  });

  it("never stores a quote that is not verbatim", () => {
    for (const r of results) expect(r.notVerbatim, r.fixture.slug).toBe(0);
  });

  // The product's targets. Not met on unseen text yet (see tests/fixtures/articles/README.md, "Evaluation history"),
  // so this is declared as failing: when the extractor reaches them, vitest reports it and it becomes a plain test.
  it.fails("reaches the targets on the held-out articles (known shortfall)", () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(2);
    expect(recall(pooled(heldOut, "mentions"))).toBeGreaterThanOrEqual(0.9);
    expect(precision(pooled(heldOut, "strict"))).toBeGreaterThanOrEqual(0.8);
    expect(recall(pooled(heldOut, "strict"))).toBeGreaterThanOrEqual(0.7);
  });

  it("does not fall below what it measured on the held-out articles", () => {
    // Measured on the hundred-and-forty-ninth held-out set (tests/fixtures/articles/README.md): mentions P 78% /
    // R 49%, claims P 32% / R 15%, claimant + speech act P 59% / R 28%, dates R 93%.
    expect(recall(pooled(heldOut, "mentions"))).toBeGreaterThanOrEqual(0.49);
    expect(precision(pooled(heldOut, "mentions"))).toBeGreaterThanOrEqual(0.77);
    expect(precision(pooled(heldOut, "strict"))).toBeGreaterThanOrEqual(0.31);
    expect(recall(pooled(heldOut, "strict"))).toBeGreaterThanOrEqual(0.15);
    expect(precision(pooled(heldOut, "core"))).toBeGreaterThanOrEqual(0.59);
    expect(recall(pooled(heldOut, "core"))).toBeGreaterThanOrEqual(0.28);
    expect(recall(pooled(heldOut, "dates"))).toBeGreaterThanOrEqual(0.92);
  });
});

describe("the seed article without its curated annotation", () => {
  const seed = loadSeed();

  it.runIf(!!seed)("reproduces most of the curated claims", () => {
    const x = extractArticle({ text: seed!.raw ?? seed!.body, publishedAt: seed!.meta.publishedAt, publisherId: seed!.meta.publisherId, articleId: seed!.meta.id }, gazetteer);
    expect(x.body.trimEnd()).toBe(seed!.body.trimEnd());
    const same = (id: string) => id;
    const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    // Reproduced: same claimant and speech act, quoting an overlapping stretch of the text.
    const core = matchClaims(x.claims, seed!.annotation.claims, same, "core");
    const reproduced = core.pairs.filter(([g, p]) => overlapping(g.span, p.span));
    const strict = matchClaims(x.claims, seed!.annotation.claims, same, "strict").counts.tp;
    const lenient = matchClaims(x.claims, seed!.annotation.claims, same, "lenient").counts.tp;
    const n = seed!.annotation.claims.length;
    console.log(`\nseed article ${seed!.meta.id}: ${x.claims.length} claims extracted, ${n} curated`);
    console.log(`  reproduced (claimant + speech act + overlapping quote): ${reproduced.length} of ${n} (${pct(reproduced.length / n)})`);
    console.log(`  ... with the same about-actor set: ${strict} of ${n}; with about-actor sets overlapping by half: ${lenient} of ${n}`);
    console.log(`  dates on curated claims and events resolved alike: ${seedDates(x, seed!.annotation)}`);
    expect(reproduced.length / n).toBeGreaterThanOrEqual(0.9);
    expect(strict / n).toBeGreaterThanOrEqual(0.6);
  });
});

/** Curated statedAt/event times whose text the extractor resolved to the same range. */
function seedDates(x: Extraction, annotation: NonNullable<ReturnType<typeof loadSeed>>["annotation"]): string {
  const curated = [...annotation.claims.map((c) => c.statedAt), ...annotation.events.map((e) => e.time)].filter((t) => !!t);
  const uniq = [...new Map(curated.map((t) => [`${t!.text}|${t!.start}|${t!.end}`, t!])).values()];
  const ok = uniq.filter((t) => x.times.some((e) => e.text === t.text && e.start === t.start && e.end === t.end));
  return `${ok.length} of ${uniq.length} distinct (${uniq.filter((t) => !ok.includes(t)).map((t) => `"${t.text}"`).join(", ") || "none missed"})`;
}
