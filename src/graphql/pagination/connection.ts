// Relay-style connections. One factory makes `XConnection` and `XEdge` for any node type so
// every list that can grow pages the same way.
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { encodeCursor, type SortKey } from "./cursor.js";

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount?: number | null;
}

export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => Node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { nullable: true, description: "All matching items; computed only when selected" })
    totalCount?: number | null;
  }
  return ConnectionClass;
}

/** Builds a connection from rows fetched with one extra row (which only says a next page exists). */
export function toConnection<T>(
  rows: { node: T; key: SortKey }[],
  limit: number,
  totalCount?: number | null,
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ cursor: encodeCursor(r.key), node: r.node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: totalCount ?? null,
  };
}
