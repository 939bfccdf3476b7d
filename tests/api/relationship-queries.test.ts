// The product questions, each one GraphQL request through the real HTTP server on the seeded graph.
import { describe, expect, it } from "vitest";
import { gql, useTestServer } from "../support/graph.js";


const t = useTestServer({ seed: true });

interface Relation {
  source: { id: string };
  target: { id: string };
  speechAct: string;
  count: number;
  claims: { id: string; quote: string; text: string; article: { id: string; title: string } }[];
}

describe("relationship questions", () => {
  it("whom Pakistan, with its officials and security sources, accuses, of what, with which quotes, in which article", async () => {
    const res = await gql<{ actorRelations: Relation[] }>(
      t.server.url,
      `query($id: ID!) { actorRelations(actorId: $id, direction: OUTGOING, speechActs: [ACCUSE], roles: [TARGET], includeParts: true) {
        source { id } target { id } speechAct count claims { id quote text article { id title } } } }`,
      { id: "pakistan" },
    );
    expect(res.errors).toBeUndefined();
    const relations = res.data!.actorRelations;
    expect(relations.every((r) => r.speechAct === "ACCUSE")).toBe(true);
    const towardsTaliban = relations.filter((r) => r.target.id === "afghan-taliban");
    expect(new Set(towardsTaliban.map((r) => r.source.id))).toEqual(new Set(["pakistan", "pakistani-security-officials"]));
    const claims = towardsTaliban.flatMap((r) => r.claims);
    expect(claims.map((c) => c.id).sort()).toEqual(
      ["03", "05", "12", "13"].map((n) => `claim:irna-85325588:${n}`),
    );
    expect(towardsTaliban.reduce((n, r) => n + r.count, 0)).toBe(4);
    expect(claims.map((c) => c.quote).join(" ")).toContain("playing a part in arming Pakistani Taliban");
    expect(claims.every((c) => c.article.id === "article:irna-85325588")).toBe(true);
    expect(relations.some((r) => r.target.id === "terrorist-groups-in-pakistan")).toBe(true);
  });

  it("which claims are about the TTP, who made them, which are disputed and by whom", async () => {
    const res = await gql<{
      claims: { totalCount: number; edges: { node: { id: string; claimant: { id: string }; disputedBy: { id: string; claimant: { id: string } }[] } }[] };
    }>(
      t.server.url,
      `{ claims(where: { aboutId: "ttp" }) { totalCount edges { node { id text claimant { id }
          about { actor { id } role } disputedBy { id claimant { id } quote } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.claims.edges.map((e) => e.node);
    expect(res.data!.claims.totalCount).toBe(nodes.length);
    expect(nodes.map((n) => n.id)).toEqual(["claim:irna-85325588:09", "claim:irna-85325588:12"]);
    expect(nodes.map((n) => n.claimant.id)).toEqual(["pakistani-security-officials", "pakistani-security-officials"]);
    const arming = nodes.find((n) => n.id.endsWith(":12"))!;
    expect(arming.disputedBy.map((d) => `${d.claimant.id}:${d.id}`)).toEqual(["afghan-taliban:claim:irna-85325588:14"]);
  });

  it("lists a claim's dispute and support links both ways, with confidence and origin", async () => {
    const res = await gql<{ claim: { links: { type: string; direction: string; confidence: number; origin: string; claim: { id: string } }[] } }>(
      t.server.url,
      `{ claim(id: "claim:irna-85325588:13") { links { type direction confidence origin claim { id } } } }`,
    );
    const links = res.data!.claim.links.map((l) => `${l.type} ${l.direction} ${l.claim.id.slice(-2)} ${l.confidence} ${l.origin}`);
    expect(links).toEqual(["DISPUTES INCOMING 10 1 CURATED", "DISPUTES INCOMING 14 1 CURATED", "DISPUTES INCOMING 16 1 CURATED"]);
    const dismissal = await gql<{ claim: { links: { direction: string; claim: { id: string } }[] } }>(
      t.server.url,
      `{ claim(id: "claim:irna-85325588:14") { links { direction claim { id } } } }`,
    );
    expect(dismissal.data!.claim.links.map((l) => `${l.direction} ${l.claim.id.slice(-2)}`)).toEqual(["OUTGOING 12", "OUTGOING 13"]);
  });

  it("claims filtered by claimant with parts and speech act", async () => {
    const res = await gql<{ claims: { edges: { node: { id: string } }[] } }>(
      t.server.url,
      `{ claims(where: { claimantId: "pakistan", includeClaimantParts: true, speechActs: [ACCUSE] }) { edges { node { id } } } }`,
    );
    expect(res.data!.claims.edges.map((e) => e.node.id.slice(-2))).toEqual(["02", "03", "05", "12", "13"]);
    const own = await gql<{ claims: { edges: { node: { id: string } }[] } }>(
      t.server.url,
      `{ claims(where: { claimantId: "pakistan", speechActs: [ACCUSE] }) { edges { node { id } } } }`,
    );
    expect(own.data!.claims.edges.map((e) => e.node.id.slice(-2))).toEqual(["02", "03", "05"]);
  });

  it("an actor profile with its parts, claims made and about, and events", async () => {
    const res = await gql<{ actor: Record<string, unknown> & { parts: { id: string }[]; claimsAbout: { totalCount: number } } }>(
      t.server.url,
      `{ actor(id: "pakistan") { name kind aliases parent { id } parts { id }
          claimsMade(first: 3) { totalCount edges { node { id speechAct } } pageInfo { hasNextPage } }
          claimsAbout { totalCount } articles { edges { node { id publisher { id } } } } events(first: 5) { edges { node { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const actor = res.data!.actor;
    expect(actor.aliases).toContain("Islamabad");
    expect(actor.parts.map((p) => p.id)).toContain("pakistani-security-officials");
    expect(actor.claimsAbout.totalCount).toBeGreaterThan(0);
  });

  it("an unknown id is null, not an error", async () => {
    const res = await gql<{ actor: null; claim: null }>(t.server.url, `{ actor(id: "nobody") { id } claim(id: "claim:none:1") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ actor: null, claim: null });
  });

  it("event with resolved time, place, participants and the claims referring to it", async () => {
    const res = await gql<{ event: { time: { text: string; start: string; end: string; precision: string }; place: { id: string }; fatalities: number | null } }>(
      t.server.url,
      `{ event(id: "event:irna-85325588:05") { kind description fatalities time { text start end precision }
          place { id name parent { id } } participants { actor { id } role } claims { edges { node { id } } } } }`,
    );
    expect(res.data!.event.time).toEqual({ text: "last February", start: "2023-02-01", end: "2023-02-28", precision: "MONTH" });
    expect(res.data!.event.place.id).toBe("place:balochistan");
  });
});
