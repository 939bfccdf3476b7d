// The bundle one ingest writes: the curated annotation when given, else the extraction plus links
// between its claims and claims already in the graph, in either direction.
import type { Database, QueryCounter } from "../db/database.js";
import { ancestorsOf } from "./extract/actor-tree.js";
import { countMentions } from "./extract/gazetteer.js";
import { EXTRACTOR_VERSION, extractArticle } from "./extract/index.js";
import { linkClaims, linkStoredDenials } from "./extract/links.js";
import type { ActorInput } from "./format/annotation.schema.js";
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
  const allActors = [...p.actors, ...extracted.newActors];
  const byId = new Map(allActors.map((a) => [a.id, a]));
  const named = new Set(extracted.claims.flatMap((c) => [c.claimantId, ...c.about.map((a) => a.actorId)]));
  const involved = [...new Set([...named].flatMap((id) => [id, ...ancestorsOf(id, byId)]))];
  const prior = await readPriorClaims(db, involved, counter, p.replacing);
  // Links within the article come with the extraction; these add links to and from claims already stored.
  const links: ClaimLink[] = [
    ...extracted.links,
    ...linkClaims(extracted.claims, { existing: prior, actors: allActors }),
    ...linkStoredDenials(prior, extracted.claims, { actors: allActors }),
  ];
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

/** One link per (from, type, to), the most confident. */
function dedupeLinks(links: ClaimLink[]): ClaimLink[] {
  const seen = new Map<string, ClaimLink>();
  for (const l of links) {
    const key = `${l.from}|${l.type}|${l.to}`;
    if ((seen.get(key)?.confidence ?? -1) < l.confidence) seen.set(key, l);
  }
  return [...seen.values()];
}
