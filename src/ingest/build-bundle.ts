// The bundle one ingest writes: the curated annotation when given, with stored denials of its claims
// linked to them; else the extraction plus links between its claims and stored ones, in either direction.
import type { Database, QueryCounter } from "../db/database.js";
import { ancestorsOf } from "./extract/actor-tree.js";
import { countMentions } from "./extract/gazetteer.js";
import { EXTRACTOR_VERSION, extractArticle } from "./extract/index.js";
import { linkClaims, linkStoredDenials } from "./extract/links.js";
import type { ActorInput, ClaimInput } from "./format/annotation.schema.js";
import type { ArticleBundle, ClaimLink } from "./format/bundle.js";
import { readPriorClaims, type GraphKnowledge } from "./graph-knowledge.js";
import type { IngestRequest } from "./request.js";

export interface BundleParts {
  req: IngestRequest;
  text: string;
  hash: string;
  title: string;
  articleId: string;
  publisherId: string;
  actors: ActorInput[];
  graph: Omit<GraphKnowledge, "priorClaims">;
  /** A stored article this bundle replaces (re-extraction): its claims are not linked to. */
  replacing?: string;
}

/** Builds the article's bundle; items the extractor had to drop are added to `skipped`. */
export async function buildBundle(
  db: Database,
  p: BundleParts,
  skipped: { item: string; reason: string }[],
  counter?: QueryCounter,
): Promise<ArticleBundle> {
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
    const { claims } = req.annotation;
    // The curator's own links stand; stored denials of the curated claims are linked as for extracted ones.
    const prior = await storedClaimsFor(db, claims, actors, counter, p.replacing);
    return {
      article,
      actors: actors.filter((a) => !p.graph.known.actors.has(a.id)),
      places: [],
      mentions: countMentions(text, actors, p.graph.places, { publishedAt: req.publishedAt }),
      events: req.annotation.events,
      claims,
      links: dedupeLinks(linkStoredDenials(prior, claims, { actors })),
    };
  }
  const extracted = extractArticle(
    { text, title: p.title, publishedAt: req.publishedAt, publisherId: p.publisherId, articleId: p.articleId },
    { actors: p.actors, places: p.graph.places },
  );
  const allActors = [...p.actors, ...extracted.newActors];
  const prior = await storedClaimsFor(db, extracted.claims, allActors, counter, p.replacing);
  // Links within the article come with the extraction; these add links to and from claims already stored.
  const links: ClaimLink[] = [...extracted.links, ...linkClaims(extracted.claims, { existing: prior, actors: allActors, storedDenials: true })];
  skipped.push(...extracted.dropped.map((d) => ({ item: `${d.kind} "${d.text.slice(0, 60)}"`, reason: d.reason })));
  return {
    article: { ...article, extractorVersion: EXTRACTOR_VERSION },
    actors: allActors.filter((a) => !p.graph.known.actors.has(a.id)),
    places: [],
    mentions: extracted.mentionCounts,
    events: extracted.events,
    claims: extracted.claims,
    links: dedupeLinks(links),
  };
}

/** Stored claims that may link to or from `claims`: by or about their actors, or the wholes those are part of. */
async function storedClaimsFor(db: Database, claims: ClaimInput[], actors: ActorInput[], counter?: QueryCounter, replacing?: string): Promise<ClaimInput[]> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const named = new Set(claims.flatMap((c) => [c.claimantId, ...c.about.map((a) => a.actorId)]));
  const involved = [...new Set([...named].flatMap((id) => [id, ...ancestorsOf(id, byId)]))];
  return readPriorClaims(db, involved, counter, replacing);
}

/** One link per (from, type, to), the most confident. */
function dedupeLinks(links: ClaimLink[]): ClaimLink[] {
  const seen = new Map<string, ClaimLink>();
  for (const l of links) {
    const key = `${l.from}|${l.type}|${l.to}`;
    if ((seen.get(key)?.confidence ?? -1) < l.confidence) seen.set(key, l);
  }
  return [...seen.values()];
}
