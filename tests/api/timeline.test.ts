// timeline over HTTP: the 2023 events around Pakistan's security forces, claims on the time axis,
// keyset paging, argument checks and round trips.
import { describe, expect, it } from "vitest";
import { gql, useTestServer } from "../support/graph.js";


const t = useTestServer({ seed: true });

interface Entry {
  id: string;
  kind: "EVENT" | "CLAIM";
  time: { text: string; start: string; end: string; precision: string };
  event: { id: string } | null;
  claim: { id: string } | null;
}
interface Timeline {
  totalCount: number | null;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}
const TIMELINE = `query($actorId: ID, $from: Date, $to: Date, $first: Int, $after: String, $parts: Boolean,
  $kinds: [TimelineEntryKind!]) {
  timeline(actorId: $actorId, from: $from, to: $to, first: $first, after: $after, includeParts: $parts, kinds: $kinds) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind time { text start end precision } event { id } claim { id } } }
  }
}`;
const timeline = (variables: Record<string, unknown>) => gql<{ timeline: Timeline }>(t.server.url, TIMELINE, variables);
const nodes = (t: Timeline | undefined) => t?.edges.map((e) => e.node) ?? [];
const inOrder = (entries: Entry[]) =>
  entries.every((e, i) => {
    const prev = entries[i - 1];
    return !prev || prev.time.start < e.time.start || (prev.time.start === e.time.start && prev.id < e.id);
  });

describe("timeline", () => {
  it("gives the 2023 events involving Pakistan's security forces, dated and in order", async () => {
    const res = await timeline({ actorId: "pakistani-security-forces", from: "2023-01-01", to: "2023-12-31", kinds: ["EVENT"] });
    expect(res.errors).toBeUndefined();
    const entries = nodes(res.data?.timeline);
    expect(res.data?.timeline.totalCount).toBe(entries.length);
    expect(entries.map((e) => e.id)).toEqual([
      "event:irna-85325588:05",
      "event:irna-85325588:06",
      "event:irna-85325588:04",
      "event:irna-85325588:07",
    ]);
    expect(entries.every((e) => e.kind === "EVENT" && e.event?.id === e.id && e.claim === null)).toBe(true);
    expect(entries[0]?.time).toEqual({ text: "last February", start: "2023-02-01", end: "2023-02-28", precision: "MONTH" });
    expect(entries[1]?.time).toMatchObject({ start: "2023-07-01", end: "2023-12-15", precision: "MONTH" });
    for (const week of entries.slice(2)) {
      expect(week.time).toMatchObject({ start: "2023-12-11", end: "2023-12-17", precision: "WEEK" });
    }
  });

  it("places claims when stated, else on their article's day", async () => {
    const entries = nodes((await timeline({ kinds: ["CLAIM"], first: 100 })).data?.timeline);
    expect(entries).toHaveLength(18);
    expect(inOrder(entries)).toBe(true);
    const stated = entries.find((e) => e.id === "claim:irna-85325588:17");
    expect(stated?.time).toEqual({ text: "in November", start: "2023-11-01", end: "2023-11-30", precision: "MONTH" });
    const reported = entries.find((e) => e.id === "claim:irna-85325588:12");
    expect(reported?.time).toEqual({ text: "reported 2023-12-18", start: "2023-12-18", end: "2023-12-18", precision: "DAY" });
  });

  it("counts an actor's parts only when asked", async () => {
    const own = nodes((await timeline({ actorId: "pakistan", first: 100 })).data?.timeline).map((e) => e.id);
    const withParts = nodes((await timeline({ actorId: "pakistan", parts: true, first: 100 })).data?.timeline).map((e) => e.id);
    expect(own).toContain("claim:irna-85325588:03");
    expect(own).not.toContain("claim:irna-85325588:09");
    expect(withParts).toEqual(expect.arrayContaining([...own, "claim:irna-85325588:09", "event:irna-85325588:07"]));
  });

  it("continues after a cursor without repeats or gaps", async () => {
    const all = nodes((await timeline({ first: 100 })).data?.timeline).map((e) => e.id);
    expect(all.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const t: Timeline | undefined = (await timeline({ first: 3, after })).data?.timeline;
      seen.push(...nodes(t).map((e) => e.id));
      if (!t?.pageInfo.hasNextPage) break;
      after = t.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it("rejects from after to, bad page sizes and foreign cursors", async () => {
    for (const variables of [
      { from: "2023-12-31", to: "2023-01-01" },
      { first: 101 },
      { first: 0 },
      { after: "not-a-cursor" },
      { actorId: "no spaces" },
    ]) {
      expect((await timeline(variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
  });

  it("costs a fixed number of round trips with nested fields", async () => {
    const query = `query($first: Int) { timeline(first: $first) { totalCount edges { node {
      event { participants { actor { name } } place { name } } claim { claimant { name } about { actor { name } } } } } } }`;
    const counts: number[] = [];
    for (const first of [2, 50]) {
      const res = await gql(t.server.url, query, { first }, { "x-debug-cypher": "1" });
      expect(res.errors).toBeUndefined();
      counts.push(res.extensions?.cypherQueries as number);
    }
    // page + count, then one batched statement per nested list.
    expect(counts[1]).toBeLessThanOrEqual(6);
    expect(counts[1]).toBe(counts[0]);
  });
});
