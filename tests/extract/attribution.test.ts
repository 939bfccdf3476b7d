import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract/index.js";
import { loadGazetteer, loadSeed } from "./support/fixtures.js";

const gazetteer = loadGazetteer();
const run = (text: string, publishedAt = "2023-12-18T14:20:00+03:30", publisherId = "irna") =>
  extractArticle({ text, publishedAt, publisherId, articleId: "article:test-1" }, gazetteer);
const brief = (x: ReturnType<typeof run>) => x.claims.map((c) => [c.claimantId, c.speechAct, c.about.map((a) => a.actorId)]);

describe("attributed statements", () => {
  const seed = loadSeed();

  it.runIf(!!seed)("finds the nested statement the officials reject, as its own claim", () => {
    const x = run(seed!.raw ?? seed!.body);
    const outer = x.claims.find((c) => c.cue === "rejected")!;
    const inner = x.claims.find((c) => c.containedIn === outer.id)!;
    expect(outer).toMatchObject({ claimantId: "pakistani-security-officials", speechAct: "REJECT", about: [{ actorId: "afghan-taliban" }] });
    expect(inner).toMatchObject({ claimantId: "afghan-taliban", speechAct: "DENY", cue: "statements" });
    expect(inner.quote).toBe("Taliban’s statements that they do not allow terrorists to use the territory of Afghanistan against Pakistan");
    expect(outer.disputes).toContain(inner.id);
  });

  it.runIf(!!seed)("follows the reporting chain, nearest source first, and marks hedges", () => {
    const x = run(seed!.raw ?? seed!.body);
    const sources = x.claims.find((c) => c.claimantId === "pakistani-security-sources")!;
    expect(sources.via).toEqual(["pakistani-media", "irna"]);
    const negligence = x.claims.find((c) => c.cue === "what it calls")!;
    expect(negligence).toMatchObject({ claimantId: "pakistan", speechAct: "ACCUSE", hedged: true, hedge: "what it calls", via: ["pakistani-media", "irna"] });
    expect(negligence.statedAt).toEqual({ text: "In the past year", start: "2022-12-18", end: "2023-12-18", precision: "YEAR" });
  });

  it("quotes verbatim, typographic quotes and apostrophes included", () => {
    const text =
      "ISLAMABAD: Pakistan’s Foreign Office spokesman Mumtaz Zahra Baloch said on Thursday that Kabul’s “assurances” were not enough.\n\n" +
      "“Afghanistan must take strong action against the TTP. We will not accept excuses,” she said.";
    const x = run(text, "2023-12-15T10:00:00+05:00", "dawn");
    for (const c of x.claims) expect(x.body.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(brief(x)).toEqual([
      ["mumtaz-zahra-baloch", "DENY", ["afghan-taliban"]],
      ["mumtaz-zahra-baloch", "DEMAND", ["afghanistan", "ttp"]],
      // "We will not accept excuses": turning down what the other side offers.
      ["mumtaz-zahra-baloch", "REJECT", []],
    ]);
    expect(x.claims[0]!.statedAt).toMatchObject({ text: "on Thursday", start: "2023-12-14" });
    expect(x.claims[1]!.via).toEqual(["dawn"]);
  });

  it("creates actors for people and organisations the gazetteer lacks, with parents the text gives", () => {
    // Names on no list: the Planning Office and its spokesman are found in the text itself.
    const x = run("Pakistan's Planning Office spokesman Tariq Mehmood Qureshi said the Taliban must act. Qureshi added that talks were over.");
    const byId = new Map(x.newActors.map((a) => [a.id, a]));
    expect(byId.get("planning-office")).toMatchObject({ kind: "GOVERNMENT", parentId: "pakistan", origin: "EXTRACTED" });
    expect(byId.get("tariq-mehmood-qureshi")).toMatchObject({ kind: "PERSON", parentId: "planning-office", origin: "EXTRACTED" });
    expect(byId.get("tariq-mehmood-qureshi")!.aliases).toContain("Qureshi");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["tariq-mehmood-qureshi", "tariq-mehmood-qureshi"]);
  });

  it("resolves pronouns and titles to the speaker they stand for", () => {
    const x = run(
      "Pakistan's caretaker prime minister claimed on Monday that the weapons reached militants. " +
        "The equipment is a new challenge, Prime Minister Anwaar-ul-Haq Kakar said. He said a coordinated approach was needed.",
      "2023-09-04T12:00:00+05:00",
      "ap",
    );
    expect(x.claims.map((c) => c.claimantId)).toEqual(["anwaar-ul-haq-kakar", "anwaar-ul-haq-kakar", "anwaar-ul-haq-kakar"]);
    expect(x.newActors.find((a) => a.id === "anwaar-ul-haq-kakar")?.parentId).toBe("pakistan");
    expect(x.claims[0]).toMatchObject({ hedged: true, hedge: "claimed" });
  });

  it("splits compound statements and keeps the target of a second accusation", () => {
    const x = run("And in November, the Taliban said that Pakistan should resolve its internal problems on its own, and Afghanistan is not responsible for the security of Pakistan.");
    expect(brief(x)).toEqual([
      ["afghan-taliban", "DEMAND", ["pakistan"]],
      ["afghan-taliban", "DENY", ["afghanistan", "pakistan"]],
    ]);
    const y = run("Islamabad officials have also accused the Afghan rulers of playing a part in arming Pakistani Taliban and allowing other terror groups to use Afghanistan as a safe haven.");
    expect(brief(y)).toEqual([
      ["pakistani-security-officials", "ACCUSE", ["afghan-taliban", "ttp"]],
      ["pakistani-security-officials", "ACCUSE", ["afghan-taliban"]],
    ]);
  });
});
