// Claims of a new article linked to claims already in the graph, and stored denials linked to a new article's
// claims, on the seed article's claims.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { linkClaims, linkStoredDenials, type LinkableClaim } from "../../src/ingest/extract/links.js";

const seed = JSON.parse(readFileSync("seeds/articles/irna-85325588/annotation.json", "utf8")) as { claims: LinkableClaim[] };
const actors = JSON.parse(readFileSync("seeds/actors.json", "utf8"));

const denial = (id: string, quote: string): LinkableClaim => ({ id, claimantId: "afghan-taliban", speechAct: "DENY", about: [], quote });

describe("links across articles", () => {
  it("a later Taliban denial of letting militants use Afghan soil disputes Islamabad's safe-haven accusation", () => {
    const claim = denial("claim:later:x01", "Taliban-led government in Afghanistan has asserted it does not allow anyone to use Afghan soil against any country including Pakistan");
    const links = linkClaims([claim], { existing: seed.claims, actors });
    expect(links).toContainEqual(expect.objectContaining({ from: claim.id, to: "claim:irna-85325588:13", type: "DISPUTES" }));
    for (const l of links) expect(l.confidence).toBeGreaterThan(0.5);
  });

  it("a denial on another matter disputes nothing", () => {
    const claim = denial("claim:later:x02", "The ministry denied that trade through the Torkham crossing had been halted for customs reasons");
    expect(linkClaims([claim], { existing: seed.claims, actors })).toEqual([]);
  });

  it("a denial does not dispute claims that are not against the denier", () => {
    const claim = denial("claim:later:x03", "Kabul denied that terrorist groups use US weapons left behind in Afghanistan");
    const links = linkClaims([claim], { existing: seed.claims, actors });
    // Claim 01 voices concern about terrorist groups' use of US equipment; it accuses no one in Kabul.
    expect(links.map((l) => l.to)).not.toContain("claim:irna-85325588:01");
  });

  it("'dismissed those accusations' in a new article points back inside it, never at another article's claims", () => {
    const claim = denial("claim:later:x04", "The Taliban dismissed those accusations");
    expect(linkClaims([claim], { existing: seed.claims, actors })).toEqual([]);
  });
});

describe("stored denials and a new article's claims", () => {
  const storedDenial = denial("claim:earlier:x01", "Taliban-led government in Afghanistan has asserted it does not allow anyone to use Afghan soil against any country including Pakistan");

  it("a denial stored before the accusation it answers disputes the accusation when it arrives", () => {
    const links = linkStoredDenials([storedDenial], seed.claims, { actors });
    expect(links).toContainEqual(expect.objectContaining({ from: storedDenial.id, to: "claim:irna-85325588:13", type: "DISPUTES" }));
    // The same pair as when the accusation was stored first and the denial came later.
    const later = linkClaims([storedDenial], { existing: seed.claims, actors });
    expect(links).toEqual(later.filter((l) => l.type === "DISPUTES"));
  });

  it("links only from stored denials and only to the new claims", () => {
    const storedAccusation = seed.claims.find((c) => c.id === "claim:irna-85325588:13")!;
    const fresh = [denial("claim:new:x01", "The Taliban denied that Afghan soil is used against Pakistan")];
    // A new denial is linked by linkClaims; a stored accusation links to nothing.
    expect(linkStoredDenials([storedAccusation], fresh, { actors })).toEqual([]);
    expect(linkStoredDenials([storedDenial, storedAccusation], [], { actors })).toEqual([]);
  });
});
