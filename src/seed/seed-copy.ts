import type { ArticleBundle } from "../ingest/format/bundle.js";
import { readSeedBundles } from "./seed-files.js";

/**
 * The seed article's bundle under new article/claim/event ids: more rows of the same shape, for
 * tests and benchmarks that check a query's cost as the data grows.
 */
export async function seedCopy(slug: string): Promise<ArticleBundle> {
  const [seed] = await readSeedBundles();
  if (!seed) throw new Error("no seed article");
  const re = (id: string) => id.replace(/^(article|claim|event):irna-85325588/, `$1:${slug}`);
  return {
    ...seed,
    article: { ...seed.article, id: re(seed.article.id), url: undefined, contentHash: `${seed.article.contentHash}-${slug}` },
    events: seed.events.map((e) => ({ ...e, id: re(e.id) })),
    claims: seed.claims.map((c) => ({
      ...c,
      id: re(c.id),
      eventIds: c.eventIds.map(re),
      disputes: c.disputes.map(re),
      supports: c.supports.map(re),
      containedIn: c.containedIn ? re(c.containedIn) : undefined,
    })),
  };
}
