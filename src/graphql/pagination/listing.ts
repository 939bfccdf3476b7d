// Builds paged listing queries from a small description, for root lists (`claims(where:)`) and for
// nested ones (`actor { claimsMade }`, batched over many parents). Filters are EXISTS/WHERE
// conditions on `n` so no row repeats; paging is keyset on (sortKey, n.id).
import type { NodeLabel } from "../node-labels.js";
import type { Page } from "./page-args.js";
import type { SortKey } from "./cursor.js";

export interface Listing {
  label: NodeLabel;
  /** The pattern binding `n` (and using `p`, the parent, when nested); defaults to `(n:Label)`. */
  match?: string;
  /** Conditions on `n` (and `p`, the parent, when nested); each uses only $parameters. */
  where: string[];
  params: Record<string, unknown>;
  /** A Cypher expression over `n`, from the code, never from a request. */
  sortKey: string;
  descending?: boolean;
}

export interface ListingRow {
  props: Record<string, unknown>;
  key: SortKey;
  /** Related rows fetched by look-ahead, by field name (see Prefetch). */
  related: Record<string, Record<string, unknown>[]> | null;
}

/**
 * Look-ahead: relation fields fetched with the list itself. `projection` is a map-projection body
 * over `n` built from code (never request text); `prime` hands each node's rows to the loaders.
 */
export interface Prefetch {
  projection: string;
  prime(nodeId: string, related: Record<string, Record<string, unknown>[]>): void;
}

const relatedColumn = (prefetch?: Prefetch) => (prefetch ? `{${prefetch.projection}} AS related` : "null AS related");

function pageConditions(l: Listing, page: Page): { conditions: string[]; params: Record<string, unknown> } {
  if (!page.after) return { conditions: l.where, params: {} };
  const op = l.descending ? "<" : ">";
  return {
    conditions: [...l.where, `(${l.sortKey} ${op} $afterKey OR (${l.sortKey} = $afterKey AND n.id ${op} $afterId))`],
    params: { afterKey: page.after[0], afterId: page.after[1] },
  };
}

const whereClause = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(" AND ")}` : "");
// DISTINCT because a pattern may reach the same node twice (a claim about an actor in two roles).
const matchClause = (l: Listing, keep: string) => `MATCH ${l.match ?? `(n:${l.label})`} WITH DISTINCT ${keep}`;
const order = (l: Listing) => `ORDER BY ${l.sortKey} ${l.descending ? "DESC" : "ASC"}, n.id ${l.descending ? "DESC" : "ASC"}`;

/** One page of a root list: `limit + 1` rows, the extra one only says whether a next page exists. */
export function rootPageQuery(l: Listing, page: Page, limitParam: unknown, prefetch?: Prefetch) {
  const { conditions, params } = pageConditions(l, page);
  return {
    cypher: `${matchClause(l, "n")} ${whereClause(conditions)}
WITH n ${order(l)} LIMIT $limit
RETURN n {.*} AS props, [${l.sortKey}, n.id] AS key, ${relatedColumn(prefetch)} ${order(l)}`,
    params: { ...l.params, ...params, limit: limitParam },
  };
}

export function rootCountQuery(l: Listing) {
  return { cypher: `${matchClause(l, "n")} ${whereClause(l.where)} RETURN count(n) AS total`, params: l.params };
}

/** One page per parent, all parents in one statement. */
export function nestedPageQuery(parent: NodeLabel, l: Listing, page: Page, limitParam: unknown, prefetch?: Prefetch) {
  const { conditions, params } = pageConditions(l, page);
  return {
    cypher: `UNWIND $ids AS parentId
MATCH (p:${parent} {id: parentId})
CALL (p) {
  ${matchClause(l, "p, n")} ${whereClause(conditions)}
  RETURN n ${order(l)} LIMIT $limit
}
RETURN parentId, n {.*} AS props, [${l.sortKey}, n.id] AS key, ${relatedColumn(prefetch)}`,
    params: { ...l.params, ...params, limit: limitParam },
  };
}

export function nestedCountQuery(parent: NodeLabel, l: Listing) {
  return {
    cypher: `UNWIND $ids AS parentId
MATCH (p:${parent} {id: parentId})
CALL (p) { ${matchClause(l, "p, n")} ${whereClause(l.where)} RETURN count(n) AS total }
RETURN parentId, total`,
    params: l.params,
  };
}
