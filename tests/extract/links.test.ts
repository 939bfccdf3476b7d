import { describe, expect, it } from "vitest";
import type { LinkableClaim } from "../../src/ingest/extract/links.js";
import { linkClaims } from "../../src/ingest/extract/links.js";
import { loadGazetteer } from "./support/fixtures.js";

const { actors } = loadGazetteer();
const claim = (id: string, claimantId: string, speechAct: LinkableClaim["speechAct"], about: string[], quote: string): LinkableClaim => ({
  id: `claim:t:${id}`,
  claimantId,
  speechAct,
  about: about.map((actorId) => ({ actorId, role: "MENTIONED" as const })),
  quote,
});

describe("linkClaims", () => {
  const accuse = claim("a", "pakistani-security-officials", "ACCUSE", ["afghan-taliban", "ttp"], "accused the Afghan rulers of playing a part in arming Pakistani Taliban");
  const deny = claim("b", "afghan-taliban", "DENY", ["pakistani-security-officials"], "The Afghan Taliban have repeatedly dismissed those accusations");
  const repeat = claim("c", "pakistani-military-sources", "ASSERT", ["ttp"], "the Taliban are arming the Pakistani Taliban with American weapons, military sources said");
  const unrelated = claim("d", "iran", "ASSERT", [], "Iran will host a trade fair in spring");

  it("links a denial to the accusations it answers, with a confidence", () => {
    const links = linkClaims([accuse, deny, unrelated], { actors });
    expect(links).toEqual([{ from: "claim:t:b", to: "claim:t:a", type: "DISPUTES", confidence: 0.8, origin: "EXTRACTED" }]);
  });

  it("links a repetition by another source on the same side as support", () => {
    const links = linkClaims([repeat], { existing: [accuse], actors });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ from: "claim:t:c", to: "claim:t:a", type: "SUPPORTS" });
    expect(links[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("is deterministic and never links a claim to itself or to its own side's denial", () => {
    const all = [accuse, deny, repeat, unrelated];
    expect(linkClaims(all, { actors })).toEqual(linkClaims([...all].reverse().reverse(), { actors }));
    for (const l of linkClaims(all, { actors })) expect(l.from).not.toBe(l.to);
  });
});
