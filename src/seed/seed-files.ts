// Reads the seed folder (gazetteer, places and one folder per article) into validated article
// bundles. Any problem, in any file, stops the whole load before a single write, with the file,
// the item and what is wrong.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import {
  actorSchema,
  annotationSchema,
  articleMetaSchema,
  placeSchema,
} from "../ingest/format/annotation.schema.js";
import type { ArticleBundle } from "../ingest/format/bundle.js";
import { countMentions } from "../ingest/extract/gazetteer.js";
import { validateBundle } from "../ingest/validate.js";
import { contentHash } from "../ingest/write/content-hash.js";

export class SeedError extends Error {}

export const DEFAULT_SEED_DIR = path.resolve(import.meta.dirname, "../../seeds");

async function parseJsonFile<S extends z.ZodType>(file: string, schema: S, root: string): Promise<z.infer<S>> {
  const rel = path.relative(root, file);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new SeedError(`${rel}: cannot read JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${rel}: ${describePath(raw, i.path)}: ${i.message}`);
    throw new SeedError(`Invalid seed file:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Names the item by its id where the path goes through one, e.g. `claims[3] (claim:x:04).span`. */
function describePath(raw: unknown, issuePath: PropertyKey[]): string {
  let node: unknown = raw;
  return issuePath
    .map((key) => {
      node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
      const id = (node as { id?: unknown } | undefined)?.id;
      return typeof key === "number" ? `[${key}]${typeof id === "string" ? ` (${id})` : ""}` : `.${String(key)}`;
    })
    .join("")
    .replace(/^\./, "") || "(file)";
}

export async function readSeedBundles(seedDir = DEFAULT_SEED_DIR): Promise<ArticleBundle[]> {
  const root = path.dirname(seedDir);
  const actors = await parseJsonFile(path.join(seedDir, "actors.json"), actorSchema.array(), root);
  const places = await parseJsonFile(path.join(seedDir, "places.json"), placeSchema.array(), root);
  const articlesDir = path.join(seedDir, "articles");
  const folders = (await readdir(articlesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const bundles: ArticleBundle[] = [];
  for (const folder of folders) {
    const dir = path.join(articlesDir, folder);
    const meta = await parseJsonFile(path.join(dir, "meta.json"), articleMetaSchema, root);
    const annotation = await parseJsonFile(path.join(dir, "annotation.json"), annotationSchema, root);
    const text = await readFile(path.join(dir, "body.txt"), "utf8");
    const annotationFile = path.relative(root, path.join(dir, "annotation.json"));
    if (annotation.articleId !== meta.id) {
      throw new SeedError(`${annotationFile}: articleId "${annotation.articleId}" does not match meta.json id "${meta.id}"`);
    }
    const bundle: ArticleBundle = {
      article: { ...meta, text, contentHash: contentHash(text) },
      actors,
      places,
      mentions: countMentions(text, actors, places, { publishedAt: meta.publishedAt }),
      events: annotation.events,
      claims: annotation.claims,
      links: [],
    };
    const problems = validateBundle(bundle);
    if (problems.length > 0) {
      const lines = problems.map((p) => `  ${annotationFile}: ${p.item}: ${p.problem}`);
      throw new SeedError(`Seed annotation refused, nothing was written:\n${lines.join("\n")}`);
    }
    bundles.push(bundle);
  }
  return bundles;
}
