// The broad mechanisms behind attribution, on short made-up sentences: passive reports, acts that are
// not performed, obligations stated with nouns, descriptions and pronouns, names and their spellings.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract/index.js";
import { loadGazetteer } from "./support/fixtures.js";

const gazetteer = loadGazetteer();
const run = (text: string) => extractArticle({ text, publishedAt: "2023-11-20T12:00:00+05:00", publisherId: "irna", articleId: "article:test-g" }, gazetteer);
const brief = (x: ReturnType<typeof run>) => x.claims.map((c) => [c.claimantId, c.speechAct, c.about.map((a) => a.actorId)]);

describe("general attribution rules", () => {
  it("gives a passive report to its agent, and the subject is what it is about", () => {
    expect(brief(run("Pakistan was accused by the Taliban of violating Afghan airspace."))).toEqual([["afghan-taliban", "ACCUSE", ["pakistan"]]]);
    expect(brief(run("The attack, which has been claimed by the TTP, killed nine soldiers."))[0]!.slice(0, 2)).toEqual(["ttp", "ASSERT"]);
  });

  it("does not read an act someone is asked to stop as an act performed", () => {
    const x = run("The Taliban said that Pakistan should stop blaming Afghanistan for its own failures.");
    expect(brief(x)).toEqual([["afghan-taliban", "DEMAND", ["pakistan", "afghanistan"]]]);
  });

  it("reads obligations stated with nouns and expectations as demands", () => {
    expect(run("Pakistan said its expectation from the Taliban is that they act against the TTP.").claims[0]!.speechAct).toBe("DEMAND");
    expect(run("Pakistan said the world expects the Taliban to honour their commitments.").claims[0]!.speechAct).toBe("DEMAND");
  });

  it("takes more reporting verbs: pointed out, reaffirmed a commitment, called claims baseless", () => {
    expect(run("Pakistan pointed out that the TTP operates from Afghan soil.").claims[0]!.cue).toBe("pointed out");
    expect(run("Pakistan reaffirmed its commitment to eradicate terrorism.").claims[0]!.speechAct).toBe("PROMISE");
    expect(brief(run("The Taliban called Pakistan's claims baseless."))).toEqual([["afghan-taliban", "DENY", ["pakistan"]]]);
  });

  it("resolves a pronoun object of an accusation to the latest other actor named", () => {
    const x = run("The TTP stepped up attacks this year. Pakistan has condemned it for the violence.");
    expect(brief(x)).toEqual([["pakistan", "CONDEMN", ["ttp"]]]);
  });

  it("matches romanised spelling variants of gazetteer names", () => {
    const ids = run("The Tehreek-i-Taliban Pakistan claimed the attack.").mentions.map((m) => m.id);
    expect(ids).toContain("ttp");
  });

  it("reads a dateline naming two cities as places", () => {
    const ids = run("Islamabad/Kabul, Aug 9 (EFE).- Pakistan accused the Taliban of harbouring militants.").mentions.map((m) => m.id);
    expect(ids.filter((id) => id === "pakistan" || id === "afghan-taliban")).toEqual(["pakistan", "afghan-taliban"]);
  });

  it("does not make a person of an abbreviated title", () => {
    const x = run("Foreign Minister Jalil Abbas Jilani said Pakistan was serious. FM Jilani said the incident was very unfortunate.");
    expect(x.newActors.filter((a) => a.kind === "PERSON").map((a) => a.id)).toEqual(["jalil-abbas-jilani"]);
    expect(x.claims.map((c) => c.speechAct)).toEqual(["ASSERT", "EXPRESS_REGRET"]);
  });

  it("credits 'the statement' and 'the ministry' to the latest speaker of that kind", () => {
    const x = run("The Foreign Office said it had summoned the Afghan envoy. The statement urged the Taliban to act against the TTP. The ministry added that the attackers came from Afghanistan.");
    expect(new Set(x.claims.map((c) => c.claimantId)).size).toBe(1);
    expect(x.claims[1]!.about).toEqual([{ actorId: "afghan-taliban", role: "ADDRESSEE" }, { actorId: "ttp", role: "TARGET" }]);
  });
});
