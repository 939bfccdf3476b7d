// Loads the seed gazetteer, the seed article and the hand-annotated evaluation articles.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import {
  actorSchema,
  annotationSchema,
  articleMetaSchema,
  placeSchema,
  type ActorInput,
  type Annotation,
  type ArticleMeta,
} from "../../../src/ingest/format/annotation.schema.js";
import type { Gazetteer } from "../../../src/ingest/extract/index.js";

const root = new URL("../../../", import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, root), "utf8");
const json = (rel: string): unknown => JSON.parse(read(rel));

export function loadGazetteer(): Gazetteer {
  return {
    actors: actorSchema.array().parse(json("seeds/actors.json")),
    places: placeSchema.array().parse(json("seeds/places.json")),
  };
}

export interface GoldMention {
  surface: string;
  actorId: string;
  span: { start: number; end: number };
}

export interface GoldDate {
  text: string;
  start: string;
  end: string;
  precision: string;
  span: { start: number; end: number };
}

export interface Fixture {
  slug: string;
  heldOut: boolean;
  body: string;
  meta: ArticleMeta;
  annotation: Annotation;
  actors: ActorInput[];
  mentions: GoldMention[];
  dates: GoldDate[];
}

/** Held out from tuning: the targets are asserted on these only (see tests/fixtures/articles/README.md). */
export const HELD_OUT = new Set([
  "dogruhaber-sugar-exports-torkham-2024-07",
  "liveindia-lahore-teachers-crackdown-2023-10",
  "mehrnews-amirabdollahian-raeisi-hirmand-2023-05",
  "shabtabnews-iran-deported-afghan-children-2024-04",
]);

export function loadFixtures(): Fixture[] {
  const dir = "tests/fixtures/articles/";
  return readdirSync(new URL(dir, root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const base = `${dir}${slug}/`;
      return {
        slug,
        heldOut: HELD_OUT.has(slug),
        body: read(`${base}body.txt`),
        meta: articleMetaSchema.parse(json(`${base}meta.json`)),
        annotation: annotationSchema.parse(json(`${base}annotation.json`)),
        actors: existsSync(new URL(`${base}actors.json`, root)) ? actorSchema.array().parse(json(`${base}actors.json`)) : [],
        mentions: json(`${base}mentions.json`) as GoldMention[],
        dates: json(`${base}dates.json`) as GoldDate[],
      };
    });
}

export interface SeedArticle {
  /** The page scrape the curated body was cleaned from; absent where ../shared is not checked out. */
  raw?: string;
  body: string;
  meta: ArticleMeta;
  annotation: Annotation;
}

/** The seed article: its raw page scrape (the extractor's input) and the curated annotation. */
export function loadSeed(): SeedArticle | undefined {
  const rawUrl = new URL("../shared/seed-documents/000_4ac6051a476c7301.txt", root);
  const base = "seeds/articles/irna-85325588/";
  if (!existsSync(new URL(`${base}annotation.json`, root))) return undefined;
  return {
    ...(existsSync(rawUrl) ? { raw: readFileSync(rawUrl, "utf8") } : {}),
    body: read(`${base}body.txt`),
    meta: articleMetaSchema.parse(json(`${base}meta.json`)),
    annotation: annotationSchema.parse(json(`${base}annotation.json`)),
  };
}
