import DataLoader from "dataloader";
import neo4j from "neo4j-driver";
import type { GraphContext } from "../context.js";
import type { NodeLabel } from "../node-labels.js";
import { toConnection, type ConnectionShape } from "./connection.js";
import {
  nestedCountQuery,
  nestedPageQuery,
  rootCountQuery,
  rootPageQuery,
  type Listing,
  type ListingRow,
  type Prefetch,
} from "./listing.js";
import type { SortKey } from "./cursor.js";

/** Orders rows by their keyset key the way Cypher did, for rows regrouped per parent. */
function compareKeys(descending: boolean | undefined) {
  const cmp = (a: SortKey, b: SortKey) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  return (a: { key: SortKey }, b: { key: SortKey }) => (descending ? -cmp(a.key, b.key) : cmp(a.key, b.key));
}

function primeAll(rows: ListingRow[], prefetch?: Prefetch): void {
  if (!prefetch) return;
  for (const r of rows) if (r.related) prefetch.prime(r.props.id as string, r.related);
}
import type { Page } from "./page-args.js";

/** A root list page; the count query runs only when the client selected totalCount. */
export async function listPage<T>(
  ctx: GraphContext,
  listing: Listing,
  page: Page,
  withTotal: boolean,
  map: (props: Record<string, unknown>) => T,
  prefetch?: Prefetch,
): Promise<ConnectionShape<T>> {
  const q = rootPageQuery(listing, page, neo4j.int(page.limit + 1), prefetch);
  const [rows, total] = await ctx.db.read(async (tx) => {
    const pageRows = await tx.run<ListingRow>(q.cypher, q.params);
    if (!withTotal) return [pageRows, null] as const;
    const c = rootCountQuery(listing);
    const counted = await tx.run<{ total: number }>(c.cypher, c.params);
    return [pageRows, counted[0]?.total ?? 0] as const;
  }, ctx.cypher);
  primeAll(rows, prefetch);
  return toConnection(rows.map((r) => ({ node: map(r.props), key: r.key })), page.limit, total);
}

/** The same page of a nested list for every parent asked for in this tick, in one statement. */
export function nestedPageLoader<T>(
  ctx: GraphContext,
  name: string,
  parent: NodeLabel,
  listing: Listing,
  page: Page,
  withTotal: boolean,
  map: (props: Record<string, unknown>) => T,
  prefetch?: Prefetch,
): DataLoader<string, ConnectionShape<T>> {
  const cacheKey = `nested:${name}:${JSON.stringify([listing.params, page, withTotal, prefetch?.projection])}`;
  let loader = ctx.cache.get(cacheKey) as DataLoader<string, ConnectionShape<T>> | undefined;
  if (loader) return loader;
  loader = new DataLoader(async (ids) => {
    const q = nestedPageQuery(parent, listing, page, neo4j.int(page.limit + 1), prefetch);
    const { rows, totals } = await ctx.db.read(async (tx) => {
      const pageRows = await tx.run<ListingRow & { parentId: string }>(q.cypher, { ...q.params, ids: [...ids] });
      if (!withTotal) return { rows: pageRows, totals: new Map<string, number>() };
      const c = nestedCountQuery(parent, listing);
      const counted = await tx.run<{ parentId: string; total: number }>(c.cypher, { ...c.params, ids: [...ids] });
      return { rows: pageRows, totals: new Map(counted.map((r) => [r.parentId, r.total])) };
    }, ctx.cypher);
    primeAll(rows, prefetch);
    const order = compareKeys(listing.descending);
    const byParent = new Map<string, ListingRow[]>();
    for (const r of rows) {
      const list = byParent.get(r.parentId) ?? [];
      list.push(r);
      byParent.set(r.parentId, list);
    }
    return ids.map((id) => {
      const own = (byParent.get(id) ?? []).sort(order).map((r) => ({ node: map(r.props), key: r.key }));
      return toConnection(own, page.limit, withTotal ? (totals.get(id) ?? 0) : null);
    });
  });
  ctx.cache.set(cacheKey, loader);
  return loader;
}
