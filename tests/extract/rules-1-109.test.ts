// Rules added in extractor 1.109, on short made-up texts: people named after a word of kinship or charged by an
// accusing verb; "as per" naming a source; a plot "orchestrated by" someone as a charge; what the speaker's own
// side needs to know first as no demand; a retort introducing a quotation.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, actorMentionsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-27T12:00:00+05:00", "article:test-r1109");
const claims = (text: string) => claimantsAndActs(run(text));
const mentions = actorMentionsOf(run);
const aboutSets = aboutSetsOf(run);

describe("extractor 1.109 rules", () => {
  it("names a person after a word of kinship", () => {
    expect(mentions("The retreat by the party founder's spouse Hina Qureshi came at night.")).toContainEqual(["Hina Qureshi", "hina-qureshi"]);
  });

  it("names a person charged by an accusing verb and puts them in the about-set", () => {
    expect(aboutSets("Mohsin Naqvi accused Hina Qureshi of orchestrating all the chaos.")).toEqual([["hina-qureshi"]]);
  });

  it("credits a statement to the source after 'as per'", () => {
    expect(claims("As per sources, both leaders fled in the same vehicle.")).toEqual([["sources", "ASSERT"]]);
    expect(claims("The dam will be completed by 2025, as per the Ministry of Water and Power.")).toEqual([["ministry-of-water-and-power", "ASSERT"]]);
  });

  it("reads a plot said to be orchestrated by someone as a charge", () => {
    expect(claims('FBI Director Christopher Wray stated, "this plot was allegedly orchestrated by a Pakistani national".')).toEqual([
      ["christopher-wray", "ACCUSE"],
    ]);
  });

  it("reads what the speaker's own side needs to be sure of first as no demand", () => {
    expect(claims('"Before giving our formal response, we also need to be sure about the antecedents of the individual," the Foreign Office said.')).toEqual([
      ["pakistan-foreign-office", "ASSERT"],
    ]);
  });

  it("takes a retort introducing a quotation as its speaker's statement", () => {
    expect(claims("Karima Azam, a women's rights activist, countered, \"We are deprived of the basic rights God has given us.\"").map(([id]) => id)).toEqual([
      "karima-azam",
    ]);
  });
});
