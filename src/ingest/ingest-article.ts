// One article in: clean the text, recognise it if it is already stored, extract (or take the curated
// annotation), link its claims to earlier ones, validate the whole bundle, then write it in one
// transaction — or, on a dry run, only say what would be written.
import type { Database, QueryCounter } from "../db/database.js";
import { BadUserInputError } from "../errors/app-errors.js";
import { cleanPageScrape } from "./extract/clean.js";
import { countMentions } from "./extract/gazetteer.js";
import { EXTRACTOR_VERSION, extractArticle } from "./extract/index.js";
import { linkClaims } from "./extract/links.js";
import { slugify } from "./extract/text.js";
import type { ActorInput } from "./format/annotation.schema.js";
import type { ArticleBundle, ClaimLink } from "./format/bundle.js";
import { readGraphKnowledge, readPriorClaims, type GraphKnowledge } from "./graph-knowledge.js";
import { ingestRequestSchema, type IngestRequestInput } from "./request.js";
import { validateBundle } from "./validate.js";
import { contentHash } from "./write/content-hash.js";
import { writeArticle } from "./write/write-article.js";

export type IngestStatus = "CREATED" | "ALREADY_PRESENT" | "DRY_RUN";

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

function parseRequest(input: IngestRequestInput) {
  const parsed = ingestRequestSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
    throw new BadUserInputError(`The article was refused: ${problems.join("; ")}`, { problems });
  }
  return parsed.data;
}

function resolvePublisher(req: ReturnType<typeof parseRequest>, actors: ActorInput[]): { id: string; added?: ActorInput } {
  if (req.publisherId) {
    if (!actors.some((a) => a.id === req.publisherId)) {
      throw new BadUserInputError(`Unknown publisherId "${req.publisherId}"; give publisherName to add a new outlet`, {
        argument: "publisherId",
      });
    }
    return { id: req.publisherId };
  }
  const name = req.publisherName as string;
  const wanted = name.toLowerCase();
  const known = actors.find((a) => a.name.toLowerCase() === wanted || a.aliases.some((x) => x.toLowerCase() === wanted));
  if (known) return { id: known.id };
  const added: ActorInput = { id: slugify(name), name, kind: "MEDIA", aliases: [], description: "News outlet", origin: "EXTRACTED" };
  return { id: added.id, added };
}

export async function ingestArticle(
  db: Database,
  input: IngestRequestInput & { dryRun?: boolean },
  counter?: QueryCounter,
): Promise<IngestOutcome> {
  const req = parseRequest(input);
  const page = cleanPageScrape(req.text);
  const text = page.body;
  const hash = contentHash(text);
  const graph = await readGraphKnowledge(db, { url: req.url, contentHash: hash }, counter);
  const base = { newActors: [], matchedActorIds: [], skipped: [] };
  if (graph.duplicate) {
    return { ...base, status: "ALREADY_PRESENT", articleId: graph.duplicate.articleId, duplicateBy: graph.duplicate.by };
  }
  const actors = [...graph.actors, ...req.actors.filter((a) => !graph.known.actors.has(a.id))];
  const publisher = resolvePublisher(req, actors);
  if (publisher.added) actors.push(publisher.added);
  const title = req.title ?? page.title;
  if (!title) throw new BadUserInputError("The article needs a title (none given, none found in the text)", { argument: "title" });
  const articleId = req.annotation?.articleId ?? `article:${publisher.id}-${req.newsId ? slugify(req.newsId) : hash.slice(7, 19)}`;

  const skipped: IngestOutcome["skipped"] = [];
  const bundle = await buildBundle(db, { req, text, hash, title, articleId, publisherId: publisher.id, actors, graph }, skipped, counter);
  const problems = validateBundle(bundle, graph.known);
  if (problems.length > 0) {
    throw new BadUserInputError(
      `The article was refused, nothing was written: ${problems.map((p) => `${p.item}: ${p.problem}`).join("; ")}`,
      { problems: problems.map((p) => `${p.item}: ${p.problem}`) },
    );
  }
  const newActors = bundle.actors.filter((a) => !graph.known.actors.has(a.id));
  const outcome: IngestOutcome = {
    status: input.dryRun ? "DRY_RUN" : "CREATED",
    articleId,
    extractorVersion: req.annotation ? undefined : EXTRACTOR_VERSION,
    bundle,
    newActors,
    matchedActorIds: bundle.mentions.filter((m) => m.type === "Actor" && graph.known.actors.has(m.id)).map((m) => m.id),
    skipped,
  };
  if (!input.dryRun) await writeArticle(db, bundle, counter);
  return outcome;
}

interface BundleParts {
  req: ReturnType<typeof parseRequest>;
  text: string;
  hash: string;
  title: string;
  articleId: string;
  publisherId: string;
  actors: ActorInput[];
  graph: Omit<GraphKnowledge, "priorClaims">;
}

/** Builds the article's bundle; items the extractor had to drop are added to `skipped`. */
async function buildBundle(db: Database, p: BundleParts, skipped: IngestOutcome["skipped"], counter?: QueryCounter): Promise<ArticleBundle> {
  const { req, text } = p;
  const article = {
    id: p.articleId,
    title: p.title,
    publisherId: p.publisherId,
    newsId: req.newsId,
    url: req.url,
    publishedAt: req.publishedAt,
    language: req.language,
    text,
    contentHash: p.hash,
  };
  if (req.annotation) {
    const actors = p.actors;
    return {
      article,
      actors: actors.filter((a) => !p.graph.known.actors.has(a.id)),
      places: [],
      mentions: countMentions(text, actors, p.graph.places, { publishedAt: req.publishedAt }),
      events: req.annotation.events,
      claims: req.annotation.claims,
      links: [],
    };
  }
  const extracted = extractArticle(
    { text, title: p.title, publishedAt: req.publishedAt, publisherId: p.publisherId, articleId: p.articleId },
    { actors: p.actors, places: p.graph.places },
  );
  const involved = [...new Set(extracted.claims.flatMap((c) => [c.claimantId, ...c.about.map((a) => a.actorId)]))];
  const prior = await readPriorClaims(db, involved, counter);
  // Links within the article come with the extraction; these add links to claims already stored.
  const links: ClaimLink[] = [...extracted.links, ...linkClaims(extracted.claims, { existing: prior, actors: allActorsFor(p, extracted.newActors) })];
  const allActors = allActorsFor(p, extracted.newActors);
  skipped.push(...extracted.dropped.map((d) => ({ item: `${d.kind} "${d.text.slice(0, 60)}"`, reason: d.reason })));
  return {
    article,
    actors: allActors.filter((a) => !p.graph.known.actors.has(a.id)),
    places: [],
    mentions: countMentions(text, allActors, p.graph.places, { publishedAt: req.publishedAt }),
    events: extracted.events,
    claims: extracted.claims,
    links: dedupeLinks(links),
  };
}

const allActorsFor = (p: BundleParts, found: ActorInput[]) => [...p.actors, ...found];

function dedupeLinks(links: ClaimLink[]): ClaimLink[] {
  const seen = new Map<string, ClaimLink>();
  for (const l of links) {
    const key = `${l.from}|${l.type}|${l.to}`;
    if ((seen.get(key)?.confidence ?? -1) < l.confidence) seen.set(key, l);
  }
  return [...seen.values()];
}
