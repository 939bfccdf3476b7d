// Rules added in extractor 1.46, on short made-up texts: the medium a speaker spoke through between subject and
// verb, appositions opening with a possessive, a speaker closing the sentence after the verb, "the X side", groups
// of politicians, sources known by what they are familiar with, and a few acts read from the content.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-03-19T12:00:00+04:30", "article:test-r146");
const acts = actsOf(run);

describe("extractor 1.46 rules", () => {
  it("skips the medium between a speaker and the verb: a post on a page, a video clip", () => {
    const x = run("Former ambassador Abdul Salam Zayeef in a post on his X page urged all Afghans to get united. But Abdullah Shah in a video clip said he was alive.");
    expect(claimantsAndActs(x)).toEqual([
      ["abdul-salam-zayeef", "DEMAND"],
      ["abdullah-shah", "ASSERT"],
    ]);
  });

  it("credits a quotation to a name whose apposition opens with a possessive", () => {
    const x = run("Iranian President Ebrahim Raisi issued a warning to the Taliban. “Take my words seriously,” Raisi, Iran’s president since 2021, said during a visit to Sistan.");
    expect(x.claims.filter((c) => c.quote === "Take my words seriously").map((c) => c.claimantId)).toEqual(["ebrahim-raisi"]);
  });

  it("reads remarks called inappropriate as condemned, and harm to ties as a warning", () => {
    expect(acts("Zabihullah Mujahid said Raisi’s comments were inappropriate.")).toEqual(["CONDEMN"]);
    expect(acts("Hamid Karzai said such actions from Pakistan can harm relations between the two countries.")).toEqual(["WARN"]);
  });

  it("takes 'the Pakistani side' as Pakistan and 'the Afghan side' as who governs Afghanistan", () => {
    expect(claimantsAndActs(run("The Pakistani side claimed they targeted Abdullah Shah, a leader of the TTP."))).toEqual([["pakistan", "ASSERT"]]);
    expect(claimantsAndActs(run("The Afghan side agreed to examine the findings."))).toEqual([["afghan-taliban", "PROMISE"]]);
  });

  it("takes politicians as an unnamed group of speakers", () => {
    expect(run("Some Afghan politicians have slammed Pakistani airstrikes in Khost.").claims.map((c) => c.claimantId)).toEqual(["afghan-politicians"]);
  });

  it("credits a statement and the relative clause after it to a person familiar with the matter", () => {
    const x = run("The Taliban sent thousands of troops to the area, according to a person familiar with the matter, who says the group is prepared for war.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["person-familiar-with-the-matter", "person-familiar-with-the-matter"]);
    expect(x.claims[1]?.quote).toContain("the group is prepared for war");
  });

  it("credits a sentence closed by ', said X, a spokesman' to X, not to the party it reports", () => {
    const x = run("The Taliban had stated that two people were only wounded in an explosion in the area, said Khalid Zadran, a spokesman for the Taliban’s security command for Kabul.");
    expect(claimantsAndActs(x)).toEqual([["khalid-zadran", "ASSERT"]]);
  });

  it("does not read 'have not commented' as a denial", () => {
    expect(acts("Khalid Zadran said the Taliban have not commented on the front’s claim.")).toEqual(["ASSERT"]);
  });

  it("reads a group's own fighters behind an attack as a claim of responsibility, not a charge", () => {
    expect(acts("The Afghanistan Freedom Front released a video stating that their fighters were behind the attack.")).toEqual(["ASSERT"]);
  });

  it("reads a side of a bargain not kept as an accusation", () => {
    expect(acts("Iran argues the Taliban isn’t keeping Afghanistan’s side of the bargain.")).toEqual(["ACCUSE"]);
  });
});
