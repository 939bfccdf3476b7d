// Re-extraction: a stored article run again through the current extractor when what the graph holds of it
// came from an older one. Its claims and events are replaced in one transaction (write/replace-article.ts),
// links other articles' claims had to them are worked out again, and running it twice changes nothing.
// An article written from a curated annotation is never re-extracted: that would replace curated claims.
import type { Database, QueryCounter } from "../db/database.js";
import { BadUserInputError, NotFoundError } from "../errors/app-errors.js";
import { EXTRACTOR_VERSION } from "./extract/index.js";
import { ingestArticle, type IngestOutcome } from "./ingest-article.js";

// For an article `a`: whether a curated annotation wrote it, and which extractor read it. Articles stored
// before they recorded the version carry it on their extracted items only.
const CURATED = "EXISTS { MATCH (a)-[:REPORTS]->(x) WHERE x.origin = 'CURATED' }";
const VERSION = "coalesce(a.extractorVersion, head(COLLECT { MATCH (a)-[:REPORTS]->(x) WHERE x.origin = 'EXTRACTED' RETURN DISTINCT x.extractorVersion }))";

const STORED = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Actor)
RETURN a {.title, .text, .url, .newsId, .publishedAt, .language} AS article, p.id AS publisherId,
       ${CURATED} AS curated, ${VERSION} AS version`;

/** Articles whose claims and events come from an extractor other than the current one; curated ones are left out. */
const STALE = `
MATCH (a:Article)
WHERE NOT ${CURATED} AND coalesce(${VERSION}, '') <> $version
RETURN a.id AS id ORDER BY a.publishedAt, a.id`;

interface Stored {
  article: { title: string; text: string; url: string | null; newsId: string | null; publishedAt: string; language: string | null };
  publisherId: string | null;
  curated: boolean;
  version: string | null;
}

export async function reextractArticle(db: Database, id: string, opts: { dryRun?: boolean } = {}, counter?: QueryCounter): Promise<IngestOutcome> {
  const [stored] = await db.read((tx) => tx.run<Stored>(STORED, { id }), counter);
  if (!stored) throw new NotFoundError(`No article with id ${id}`, { argument: "id" });
  if (stored.curated) {
    throw new BadUserInputError(`Article ${id} was written from a curated annotation; re-extraction would replace curated claims`, { argument: "id" });
  }
  if (stored.version === EXTRACTOR_VERSION) {
    return { status: "UP_TO_DATE", articleId: id, extractorVersion: EXTRACTOR_VERSION, newActors: [], matchedActorIds: [], skipped: [] };
  }
  const { article: a } = stored;
  const input = {
    text: a.text,
    title: a.title,
    publishedAt: a.publishedAt,
    ...(stored.publisherId ? { publisherId: stored.publisherId } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.newsId ? { newsId: a.newsId } : {}),
    ...(a.language ? { language: a.language } : {}),
    ...(opts.dryRun ? { dryRun: true } : {}),
  };
  return ingestArticle(db, input, counter, id);
}

/** Ids of the stored articles an older extractor produced, oldest first. */
export async function staleArticleIds(db: Database, counter?: QueryCounter): Promise<string[]> {
  const rows = await db.read((tx) => tx.run<{ id: string }>(STALE, { version: EXTRACTOR_VERSION }), counter);
  return rows.map((r) => r.id);
}
