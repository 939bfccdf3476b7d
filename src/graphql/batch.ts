// Per-request batching. Field resolvers ask for "the X of parent P"; DataLoader gathers every P
// asked for in one tick and one Cypher statement answers them all, so an operation costs one round
// trip per nesting level, never one per row.
import DataLoader from "dataloader";
import type { Params, Tx } from "../db/database.js";
import type { GraphContext } from "./context.js";

type RelatedRow = { parentId: string } & Record<string, unknown>;

/**
 * Returns a loader of the rows related to one parent. `cypher` receives `$ids` (all parent ids of
 * the batch) plus `params`, and returns rows carrying `parentId`; rows are grouped back per parent
 * in the order the query returned them, then passed through `arrange` (e.g. to sort and map them).
 */
export function relatedLoader<T, V = T>(
  ctx: GraphContext,
  name: string,
  cypher: string,
  params: Params,
  map: (row: RelatedRow) => T,
  arrange: (items: T[]) => V[] = (items) => items as unknown as V[],
): DataLoader<string, V[]> {
  const cacheKey = `related:${name}:${JSON.stringify(params)}`;
  let loader = ctx.cache.get(cacheKey) as DataLoader<string, V[]> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V[]>(async (ids) => {
      const rows = await ctx.db.read((tx: Tx) => tx.run<RelatedRow>(cypher, { ...params, ids: [...ids] }), ctx.cypher);
      const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const row of rows) grouped.get(row.parentId)?.push(map(row));
      return ids.map((id) => arrange(grouped.get(id) ?? []));
    });
    ctx.cache.set(cacheKey, loader);
  }
  return loader;
}

/** Loads nodes by id, one statement per batch; a missing id resolves to null. */
export function byIdLoader<T>(ctx: GraphContext, label: string, map: (props: Record<string, unknown>) => T) {
  const cacheKey = `byId:${label}`;
  let loader = ctx.cache.get(cacheKey) as DataLoader<string, T | null> | undefined;
  if (!loader) {
    // `label` comes from the code's own NODE_LABELS allowlist, never from a request.
    const cypher = `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n {.*} AS props`;
    loader = new DataLoader<string, T | null>(async (ids) => {
      const rows = await ctx.db.read((tx) => tx.run<{ props: Record<string, unknown> }>(cypher, { ids: [...ids] }), ctx.cypher);
      const found = new Map(rows.map((r) => [r.props.id as string, map(r.props)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    ctx.cache.set(cacheKey, loader);
  }
  return loader;
}

/**
 * A to-one relation to a node: `cypher` receives `$ids` and returns `parentId` with the related node's
 * properties as `props`; resolves to the mapped node, or null when there is none.
 */
export function relatedNode<T>(ctx: GraphContext, name: string, cypher: string, map: (props: Record<string, unknown>) => T, parentId: string): Promise<T | null> {
  return firstOrNull(relatedLoader(ctx, name, cypher, {}, (r) => map(r.props as Record<string, unknown>)).load(parentId));
}

/** For to-one relations loaded as lists: the related node, or null when there is none. */
export async function firstOrNull<T>(rows: Promise<T[]>): Promise<T | null> {
  return (await rows)[0] ?? null;
}
