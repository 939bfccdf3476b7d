// The curated seed files are data that the seeder trusts: check them against the format, against each
// other (every id they reference exists) and against the article text (every span quotes the body, the
// body is the scrape minus its page furniture). No database needed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  actorSchema,
  annotationSchema,
  articleMetaSchema,
  placeSchema,
  type Annotation,
  type ArticleMeta,
  type Span,
} from "../../src/ingest/format/annotation.schema.js";

const seedsDir = new URL("../../seeds/", import.meta.url);
// The raw scrapes live in the steering repo's shared/ folder; CI copies it beside the clone as ../shared.
const scrapesDir = new URL("../../../shared/seed-documents/", import.meta.url);

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, "utf8"));

/** Lines of the scraped page that are not article text. */
const FURNITURE = [
  "Journalist ID",
  "News ID",
  "T T",
  "0 Persons",
  "Tags",
  "4194**9417",
  "Your Comment",
  "You are replying to:",
];

/**
 * Aliases kept for matching other articles (full names, spelling variants) that this article does not use.
 * Everything else in the gazetteer must occur verbatim in some seed body.
 */
const GENERAL_ALIASES = new Set([
  "Islamic Republic of Pakistan",
  "Islamic Republic of Iran",
  "Iran",
  "Islamic Republic News Agency",
  "Afghanistan's new rulers",
  "Islamic Emirate of Afghanistan",
  "Taliban government",
  "Tehreek-e-Taliban Pakistan",
  "Tehrik-e-Taliban Pakistan",
  "TTP",
  "United States",
  "United States of America",
  "U.S.",
  "Pakistan Armed Forces",
  "Pakistan military",
  "Pakistan Army",
  "Pakistani army",
  "Pakistani security sources",
  "Pakistani security officials",
  "Baloch separatists",
  "Baloch separatist groups",
  "Baloch insurgents",
  "Baluchistan",
  "north-west Pakistan",
  "northwestern Pakistan",
  "Afghanistan-Pakistan border",
  "Pakistan-Afghanistan border",
  "Pak-Afghan border",
  "Durand Line",
]);

const actors = actorSchema.array().parse(readJson(new URL("actors.json", seedsDir)));
const places = placeSchema.array().parse(readJson(new URL("places.json", seedsDir)));

interface SeedArticle {
  dir: string;
  meta: ArticleMeta;
  body: string;
  annotation: Annotation;
}

const articlesDir = new URL("articles/", seedsDir);
const articles: SeedArticle[] = readdirSync(articlesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = new URL(`${d.name}/`, articlesDir);
    return {
      dir: d.name,
      meta: articleMetaSchema.parse(readJson(new URL("meta.json", dir))),
      body: readFileSync(new URL("body.txt", dir), "utf8"),
      annotation: annotationSchema.parse(readJson(new URL("annotation.json", dir))),
    };
  });

const actorIds = new Set(actors.map((a) => a.id));
const placeIds = new Set(places.map((p) => p.id));
const slice = (body: string, s: Span) => body.slice(s.start, s.end);
const paragraphAt = (body: string, offset: number) => {
  const start = body.lastIndexOf("\n\n", offset) + 1;
  const end = body.indexOf("\n\n", offset);
  return body.slice(start, end < 0 ? body.length : end);
};
const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe("gazetteer", () => {
  it("has unique actor and place ids", () => {
    expect(duplicates(actors.map((a) => a.id))).toEqual([]);
    expect(duplicates(places.map((p) => p.id))).toEqual([]);
  });

  it("points every parent at an existing node, without cycles", () => {
    for (const a of actors) if (a.parentId) expect(actorIds, `${a.id}.parentId`).toContain(a.parentId);
    for (const p of places) if (p.parentId) expect(placeIds, `${p.id}.parentId`).toContain(p.parentId);
    const parentOf = new Map(actors.map((a) => [a.id, a.parentId] as const));
    for (const a of actors) {
      const seen = new Set<string>();
      for (let id: string | undefined = a.id; id; id = parentOf.get(id)) {
        expect(seen.has(id), `cycle through ${id}`).toBe(false);
        seen.add(id);
      }
    }
  });

  it("uses aliases that occur in a seed article or are listed as general", () => {
    const bodies = articles.map((a) => a.body).join("\n");
    const unexplained = [...actors, ...places]
      .flatMap((n) => n.aliases)
      .filter((alias) => !bodies.includes(alias) && !GENERAL_ALIASES.has(alias));
    expect(unexplained).toEqual([]);
  });
});

describe.each(articles)("seed article $dir", ({ dir, meta, body, annotation }) => {
  const claims = annotation.claims;
  const events = annotation.events;
  const claimIds = new Set(claims.map((c) => c.id));
  const eventIds = new Set(events.map((e) => e.id));

  it("has metadata that matches its folder and body", () => {
    expect(meta.id).toBe(`article:${dir}`);
    expect(annotation.articleId).toBe(meta.id);
    expect(actorIds).toContain(meta.publisherId);
    if (meta.newsId) expect(meta.id.endsWith(meta.newsId)).toBe(true);
    if (meta.dateline) expect(body.startsWith(`${meta.dateline}, `)).toBe(true);
    expect(body).not.toContain(meta.title);
  });

  it("is clean text: paragraphs split by one blank line, a final newline, no furniture", () => {
    expect(body.endsWith("\n")).toBe(true);
    expect(body.endsWith("\n\n")).toBe(false);
    expect(body).not.toMatch(/\r|\n{3,}|[ \t]+\n|^\s/);
    for (const f of FURNITURE) expect(body, f).not.toContain(f);
  });

  it("keeps the scrape's paragraphs verbatim and in order", () => {
    expect(existsSync(scrapesDir), `expected the raw scrapes at ${scrapesDir.pathname}`).toBe(true);
    const paragraphs = body.trimEnd().split("\n\n");
    const scrape = readdirSync(scrapesDir)
      .map((f) => readFileSync(new URL(f, scrapesDir), "utf8"))
      .find((text) => text.includes(paragraphs[0] ?? "\u0000"));
    expect(scrape, "no scrape contains the first paragraph").toBeDefined();
    let from = 0;
    for (const p of paragraphs) {
      const at = scrape!.indexOf(`${p}\n`, from);
      expect(at, p.slice(0, 60)).toBeGreaterThanOrEqual(from);
      expect(at === 0 || scrape![at - 1] === "\n", "paragraph starts a line").toBe(true);
      from = at + p.length;
    }
  });

  it("has unique claim and event ids", () => {
    expect(duplicates(claims.map((c) => c.id))).toEqual([]);
    expect(duplicates(events.map((e) => e.id))).toEqual([]);
    for (const id of [...claimIds, ...eventIds]) expect(id.split(":")[1]).toBe(dir);
  });

  it("quotes the body exactly at every claim and event span", () => {
    for (const c of claims) expect(slice(body, c.span), c.id).toBe(c.quote);
    for (const e of events) {
      if (!e.span) continue;
      expect(e.span.end, e.id).toBeLessThanOrEqual(body.length);
      expect(slice(body, e.span), `${e.id} stays within one paragraph`).not.toContain("\n");
      expect(slice(body, e.span), `${e.id} starts and ends on a word`).toMatch(/^\S(.*\S)?$/);
    }
  });

  it("finds each cue, hedge and date text in the body where the claim is", () => {
    for (const c of claims) {
      const paragraph = paragraphAt(body, c.span.start);
      expect(paragraph, `${c.id} cue`).toContain(c.cue);
      if (c.hedged) expect(paragraph, `${c.id} hedge`).toContain(c.hedge ?? "\u0000");
      else expect(c.hedge, c.id).toBeUndefined();
      if (c.statedAt) expect(paragraph, `${c.id} statedAt`).toContain(c.statedAt.text);
    }
    for (const e of events) {
      if (e.time && e.span) expect(paragraphAt(body, e.span.start), `${e.id} time`).toContain(e.time.text);
    }
  });

  it("references only existing actors, places, events and claims", () => {
    for (const e of events) {
      if (e.placeId) expect(placeIds, e.id).toContain(e.placeId);
      for (const p of e.participants) expect(actorIds, e.id).toContain(p.actorId);
    }
    for (const c of claims) {
      expect(actorIds, c.id).toContain(c.claimantId);
      for (const id of [...c.via, ...c.about.map((a) => a.actorId)]) expect(actorIds, c.id).toContain(id);
      for (const id of c.eventIds) expect(eventIds, c.id).toContain(id);
      for (const id of [...c.disputes, ...c.supports]) {
        expect(claimIds, c.id).toContain(id);
        expect(id, `${c.id} links to itself`).not.toBe(c.id);
      }
      if (c.containedIn) expect(claimIds, c.id).toContain(c.containedIn);
    }
  });

  it("keeps reporting chains and nesting coherent", () => {
    for (const c of claims) {
      expect(c.via, c.id).not.toContain(c.claimantId);
      expect(duplicates(c.via), c.id).toEqual([]);
      if (c.via.length) expect(c.via.at(-1), `${c.id} is reported by the publisher last`).toBe(meta.publisherId);
      if (!c.containedIn) continue;
      const outer = claims.find((o) => o.id === c.containedIn)!;
      expect(c.span.start >= outer.span.start && c.span.end <= outer.span.end, `${c.id} inside ${outer.id}`).toBe(true);
    }
  });

  it("dates everything on or before publication", () => {
    const published = meta.publishedAt.slice(0, 10);
    for (const t of [...events.map((e) => e.time), ...claims.map((c) => c.statedAt)]) {
      if (t) expect(t.end <= published, t.text).toBe(true);
    }
  });
});
