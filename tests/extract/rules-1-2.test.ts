// Rules added in extractor 1.2, on short made-up sentences: people named only in an apposition after a
// title, organisations "of" a country, pronouns for the subject just named, quotations in several pieces,
// and speech acts read from what the content does.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-02-10T12:00:00+05:00", "article:test-r12");
const brief = claimantsAndActs;

describe("extractor 1.2 rules", () => {
  it("makes the person named in an apposition the speaker, part of the organisation named before", () => {
    const x = run("The spokesman of the Islamic Emirate, Qari Ahmad Wardak, said that the attack was not planned in Afghanistan.\n\nHe also said that the border was calm.");
    const person = x.newActors.find((a) => a.id === "qari-ahmad-wardak");
    expect(person).toMatchObject({ kind: "PERSON", parentId: "afghan-taliban" });
    expect(brief(x)).toEqual([["qari-ahmad-wardak", "DENY"], ["qari-ahmad-wardak", "ASSERT"]]);
  });

  it("takes a several-word owner closed by the apposition's comma", () => {
    const x = run("A spokesman for the Ministry of Refugees and Repatriation of Afghanistan, Abdul Wahid Rahimi, said the claims were false.");
    expect(x.claims[0]!.claimantId).toBe("abdul-wahid-rahimi");
    expect(x.newActors.find((a) => a.id === "abdul-wahid-rahimi")?.parentId).toBe("ministry-of-refugees-and-repatriation");
    expect(x.newActors.find((a) => a.id === "ministry-of-refugees-and-repatriation")?.parentId).toBe("afghanistan");
  });

  it("credits 'the Ministry of X of COUNTRY' to the ministry, not the country", () => {
    const x = run("The Ministry of Water Resources of Pakistan on Friday rejected the statement of the Taliban.");
    expect(x.claims[0]).toMatchObject({ claimantId: "ministry-of-water-resources", speechAct: "REJECT" });
  });

  it("resolves 'they' to the subject of the clause before it, not to the last speaker", () => {
    const x = run("Pakistan's Foreign Office said the TTP attacked a post.\n\nTaliban officials in Kabul have not responded, though they have previously denied such allegations.");
    const denial = x.claims.find((c) => c.speechAct === "DENY")!;
    expect(denial.claimantId).toBe("taliban-officials-in-kabul");
    expect(x.newActors.find((a) => a.id === denial.claimantId)?.parentId).toBe("afghan-taliban");
  });

  it("keeps a quotation in several pieces in one claim, and ends a sentence at a closing quotation", () => {
    const x = run("Pakistan said the group “is responsible for the deaths of many soldiers.” It urged the Taliban to “act, robust, and effective” against them and “prevent such attacks” from Afghan soil.");
    expect(brief(x)).toEqual([["pakistan", "ACCUSE"], ["pakistan", "DEMAND"]]);
    expect(x.claims[1]!.quote.startsWith("It urged")).toBe(true);
    expect(x.claims[1]!.quote).toContain("prevent such attacks");
    for (const c of x.claims) expect(x.body.slice(c.span.start, c.span.end)).toBe(c.quote);
  });

  it("reads warnings and restated concerns from the content", () => {
    expect(run("Pakistan said it cannot allow the TTP to attack its people.").claims[0]!.speechAct).toBe("WARN");
    expect(run("Pakistan said it will not tolerate attacks from Afghan soil.").claims[0]!.speechAct).toBe("WARN");
    expect(run("Pakistan said the Taliban will not allow the use of Afghan soil.").claims[0]!.speechAct).toBe("PROMISE");
    expect(run("“Pakistan reiterated its serious concerns over the TTP,” the ministry stated.").claims[0]!.speechAct).toBe("EXPRESS_CONCERN");
  });
});
