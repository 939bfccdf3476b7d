// One article in: clean the text, recognise it if it is already stored, extract (or take the curated
// annotation), link its claims to earlier ones, validate the whole bundle, then write it in one
// transaction — or, on a dry run, only say what would be written. A re-extraction comes through here too,
// with the id of the stored article it replaces.
import type { Database, QueryCounter } from "../db/database.js";
import { BadUserInputError } from "../errors/app-errors.js";
import { cleanPageScrape } from "./extract/clean.js";
import { slugify } from "./extract/text.js";
import { linkClaims } from "./extract/links.js";
import type { ArticleBundle, ClaimLink } from "./format/bundle.js";
import type { ActorInput } from "./format/annotation.schema.js";
import { readClaimsLinkingTo, readExistingReferences, readGraphKnowledge } from "./graph-knowledge.js";
import { parseIngestRequest, type IngestRequestInput } from "./request.js";
import { resolvePublisher } from "./publisher.js";
import { buildBundle } from "./build-bundle.js";
import { outsideReferences, validateBundle } from "./validate.js";
import { contentHash } from "./write/content-hash.js";
import { replaceArticle } from "./write/replace-article.js";
import { writeArticle } from "./write/write-article.js";

export type IngestStatus = "CREATED" | "ALREADY_PRESENT" | "DRY_RUN" | "REEXTRACTED" | "UP_TO_DATE";

export interface IngestOutcome {
  status: IngestStatus;
  articleId: string;
  duplicateBy?: "url" | "contentHash";
  extractorVersion?: string;
  bundle?: ArticleBundle;
  newActors: ActorInput[];
  matchedActorIds: string[];
  skipped: { item: string; reason: string }[];
}

/** `replacing`: the id of a stored article this input is a new extraction of (see reextract-article.ts). */
export async function ingestArticle(
  db: Database,
  input: IngestRequestInput & { dryRun?: boolean },
  counter?: QueryCounter,
  replacing?: string,
): Promise<IngestOutcome> {
  const req = parseIngestRequest(input);
  const page = cleanPageScrape(req.text);
  const text = page.body;
  const hash = contentHash(text);
  const graph = await readGraphKnowledge(db, { url: req.url, contentHash: hash }, counter);
  const base = { newActors: [], matchedActorIds: [], skipped: [] };
  if (graph.duplicate && graph.duplicate.articleId !== replacing) {
    return { ...base, status: "ALREADY_PRESENT", articleId: graph.duplicate.articleId, duplicateBy: graph.duplicate.by };
  }
  const actors = [...graph.actors, ...req.actors.filter((a) => !graph.known.actors.has(a.id))];
  const publisher = resolvePublisher(req, actors);
  if (publisher.added) actors.push(publisher.added);
  const title = req.title ?? page.title;
  if (!title) throw new BadUserInputError("The article needs a title (none given, none found in the text)", { argument: "title" });
  const articleId = replacing ?? req.annotation?.articleId ?? `article:${publisher.id}-${req.newsId ? slugify(req.newsId) : hash.slice(7, 19)}`;

  const skipped: IngestOutcome["skipped"] = [];
  const bundle = await buildBundle(db, { req, text, hash, title, articleId, publisherId: publisher.id, actors, graph, ...(replacing ? { replacing } : {}) }, skipped, counter);
  // Links other articles' claims had to the claims being replaced are worked out again against the new ones.
  if (replacing) bundle.links.push(...(await linksFromElsewhere(db, replacing, bundle, actors, counter)));
  const existing = await readExistingReferences(db, outsideReferences(bundle), counter);
  const problems = validateBundle(bundle, { ...graph.known, ...existing });
  if (problems.length > 0) {
    throw new BadUserInputError(
      `The article was refused, nothing was written: ${problems.map((p) => `${p.item}: ${p.problem}`).join("; ")}`,
      { problems: problems.map((p) => `${p.item}: ${p.problem}`) },
    );
  }
  const newActors = bundle.actors.filter((a) => !graph.known.actors.has(a.id));
  const outcome: IngestOutcome = {
    status: input.dryRun ? "DRY_RUN" : replacing ? "REEXTRACTED" : "CREATED",
    articleId,
    ...(bundle.article.extractorVersion ? { extractorVersion: bundle.article.extractorVersion } : {}),
    bundle,
    newActors,
    matchedActorIds: bundle.mentions.filter((m) => m.type === "Actor" && graph.known.actors.has(m.id)).map((m) => m.id),
    skipped,
  };
  if (!input.dryRun) await (replacing ? replaceArticle(db, replacing, bundle, counter) : writeArticle(db, bundle, counter));
  return outcome;
}

async function linksFromElsewhere(db: Database, articleId: string, bundle: ArticleBundle, actors: ActorInput[], counter?: QueryCounter): Promise<ClaimLink[]> {
  const linking = await readClaimsLinkingTo(db, articleId, counter);
  if (linking.length === 0) return [];
  const fresh = new Set(bundle.claims.map((c) => c.id));
  return linkClaims(linking, { existing: bundle.claims, actors: [...actors, ...bundle.actors] }).filter((l) => fresh.has(l.to));
}
