// Rules added in extractor 1.20, on short made-up texts: two actors named as one subject, censure and
// condolence in new words, more verbs after a quotation, requests with asides, aims and assurances.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-28T12:00:00+08:00", "article:test-r120");
const acts = actsOf(run);

describe("extractor 1.20 rules", () => {
  it("gives a statement made by two actors named as one subject to each of them", () => {
    expect(claimantsAndActs(run("The United Nations and Pakistan have strongly condemned a series of terrorist attacks in Balochistan."))).toEqual([
      ["pakistan", "CONDEMN"],
      ["united-nations", "CONDEMN"],
    ]);
    // One actor whose name has "and" in it stays one speaker.
    expect(run("The Ministry of Information and Culture said the border was closed.").claims).toHaveLength(1);
  });

  it("reads condemnation voiced, condolences extended and deeds or words judged beyond the pale", () => {
    expect(acts("China voiced strong condemnation of terrorist attacks in Pakistan and expressed deep condolences to the victims.")).toEqual(["CONDEMN", "EXPRESS_REGRET"]);
    expect(acts("UN Secretary-General Antonio Guterres extended his deepest condolences to the families of the victims.")).toEqual(["EXPRESS_REGRET"]);
    expect(acts("“The secretary-general stresses that attacks against civilians are unacceptable,” said Stephane Dujarric.")).toEqual(["CONDEMN"]);
    expect(acts("Zabihullah Mujahid said Pakistani officials had issued statements in recent days that were “highly regrettable”.")).toEqual(["CONDEMN"]);
    expect(acts("Zabihullah Mujahid has indicated in a statement that the document is “biased” and is “detached from reality”.")).toEqual(["CONDEMN"]);
  });

  it("takes the content of 'said' from the verb, not from a 'that' after a clause with its own auxiliary", () => {
    const x = run("Zabihullah Mujahid said Pakistani officials had issued statements in recent days that were “highly regrettable”.");
    expect(x.claims[0]?.about.map((a) => a.actorId)).toEqual(["pakistani-officials"]);
  });

  it("reads more verbs after a quotation as its attribution", () => {
    const x = run("“We do not give shelter to TTP leaders but they come to Kabul for talks,” Zabihullah Mujahid claimed.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["zabihullah-mujahid"]);
    expect(x.claims[0]?.hedge).toBe("claimed");
  });

  it("reads requests made with an aside, requests that something be done and a rejection communicated", () => {
    expect(acts("The National Security Committee on Monday asked the Afghan Taliban regime, without directly naming them, to deny safe haven to terrorist groups.")).toEqual(["DEMAND"]);
    expect(acts("Zabihullah Mujahid said the reports were hostile, for which he has asked that they be terminated.")).toEqual(["ASSERT", "DEMAND"]);
    expect(acts("Zabihullah Mujahid has communicated the “strong rejection” of the content of the report.")).toEqual(["REJECT"]);
  });

  it("reads an intent restated as a promise and a responsibility for action as a demand", () => {
    expect(acts("Pakistan reiterated its intent to crush terrorist groups operating inside the country with full force.")).toEqual(["PROMISE"]);
    expect(acts("Zabihullah Mujahid added that the Pakistani side was also responsible for taking steps to control the situation.")).toEqual(["DEMAND"]);
    expect(acts("Zabihullah Mujahid said: “The Islamic Emirate is trying its best to ensure that Afghanistan's territory is not used against Pakistan.”")).toEqual(["ASSERT"]);
  });

  it("reads an assurance of a fact as an assertion and one of conduct as a promise", () => {
    expect(acts("Zabihullah Mujahid has assured that the relations with neighboring countries are expanding day by day.")).toEqual(["ASSERT"]);
    expect(acts("Zabihullah Mujahid has assured that Afghan soil would not be used against any country.")).toEqual(["PROMISE"]);
  });
});
