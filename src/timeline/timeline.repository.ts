// Events and claims on one time axis, keyset-paged on (start day, id). Events without a date
// cannot be placed and are left out; a claim without a stated time sits on its article's day.
import neo4j from "neo4j-driver";
import { toClaim } from "../claim/claim.type.js";
import { toEvent } from "../event/event.type.js";
import type { GraphContext } from "../graphql/context.js";
import { toConnection, type ConnectionShape } from "../graphql/pagination/connection.js";
import type { SortKey } from "../graphql/pagination/cursor.js";
import type { Page } from "../graphql/pagination/page-args.js";
import type { TimeInfo } from "../shared/time.type.js";
import type { TimelineEntry, TimelineEntryKind } from "./timeline.type.js";

export interface TimelineQuery {
  actorId?: string;
  includeParts: boolean;
  kinds: readonly TimelineEntryKind[];
  from?: string;
  to?: string;
}

// `rel` and the PART_OF depth are fixed strings from this file.
function actorTest(rel: string, q: TimelineQuery): string {
  if (!q.actorId) return "";
  const actor = q.includeParts ? "(:Actor)-[:PART_OF*0..5]->(:Actor {id: $actorId})" : "(:Actor {id: $actorId})";
  return `AND EXISTS { MATCH (n)-[:${rel}]->${actor} }`;
}

const BRANCHES: Record<TimelineEntryKind, (q: TimelineQuery) => string> = {
  EVENT: (q) => `MATCH (n:Event) WHERE n.timeStart IS NOT NULL ${actorTest("INVOLVES", q)}
    RETURN n, 'EVENT' AS kind, n.timeText AS text, n.timeStart AS startDay, n.timeEnd AS endDay,
      n.timePrecision AS precision`,
  CLAIM: (q) => `MATCH (n:Claim) WHERE coalesce(n.statedStart, n.reportedOn) IS NOT NULL ${actorTest("CLAIMED_BY|ABOUT", q)}
    RETURN n, 'CLAIM' AS kind,
      CASE WHEN n.statedStart IS NULL THEN 'reported ' + n.reportedOn ELSE n.statedText END AS text,
      coalesce(n.statedStart, n.reportedOn) AS startDay,
      CASE WHEN n.statedStart IS NULL THEN n.reportedOn ELSE n.statedEnd END AS endDay,
      CASE WHEN n.statedStart IS NULL THEN 'DAY' ELSE n.statedPrecision END AS precision`,
};

function entriesCypher(q: TimelineQuery, conditions: string[]): string {
  const where = conditions.length ? `WITH * WHERE ${conditions.join(" AND ")}` : "";
  return `CALL () {
    ${q.kinds.map((k) => BRANCHES[k](q)).join("\n    UNION ALL\n    ")}
}
${where}`;
}

function filters(q: TimelineQuery): string[] {
  return [...(q.from ? ["endDay >= $from"] : []), ...(q.to ? ["startDay <= $to"] : [])];
}

interface EntryRow {
  kind: TimelineEntryKind;
  props: Record<string, unknown>;
  time: TimeInfo;
  key: SortKey;
}

function toEntry(r: EntryRow): TimelineEntry {
  const id = r.props.id as string;
  return r.kind === "EVENT"
    ? { id, kind: "EVENT", time: r.time, event: toEvent(r.props), claim: null }
    : { id, kind: "CLAIM", time: r.time, event: null, claim: toClaim(r.props) };
}

export async function timelinePage(
  ctx: GraphContext,
  q: TimelineQuery,
  page: Page,
  withTotal: boolean,
): Promise<ConnectionShape<TimelineEntry>> {
  const keyset = page.after ? ["(startDay > $afterKey OR (startDay = $afterKey AND n.id > $afterId))"] : [];
  const params = {
    actorId: q.actorId ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    afterKey: page.after?.[0] ?? null,
    afterId: page.after?.[1] ?? null,
    limit: neo4j.int(page.limit + 1),
  };
  const pageCypher = `${entriesCypher(q, [...filters(q), ...keyset])}
RETURN kind, n {.*} AS props, {text: text, start: startDay, end: endDay, precision: precision} AS time,
  [startDay, n.id] AS key
ORDER BY startDay, n.id LIMIT $limit`;
  const [rows, total] = await ctx.db.read(async (tx) => {
    const pageRows = await tx.run<EntryRow>(pageCypher, params);
    if (!withTotal) return [pageRows, null] as const;
    const counted = await tx.run<{ total: number }>(`${entriesCypher(q, filters(q))} RETURN count(*) AS total`, params);
    return [pageRows, counted[0]?.total ?? 0] as const;
  }, ctx.cypher);
  return toConnection(rows.map((r) => ({ node: toEntry(r), key: r.key })), page.limit, total);
}
