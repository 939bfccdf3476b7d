// Rules added in extractor 1.68, on short made-up texts: titles after a title's comma ("their commander, Lt. Gen.
// X"), people named by one name after what they are, "the 25-year-old" as the person just named, a person's kin
// as speakers of their own, "family" not taken for an adverb, and a state failing to rein in militants as accused.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-10-25T06:00:00+08:00", "article:test-r168");
const acts = actsOf(run);

describe("extractor 1.68 rules", () => {
  it("reads a name after 'their commander, Lt. Gen.' as a person who speaks", () => {
    const x = run("Global News spoke to their commander, Lt. Gen. Mohammad Farid Ahmadi. “They are receiving offers,” Ahmadi told Global News.");
    expect(claimantsAndActs(x)).toEqual([["mohammad-farid-ahmadi", "ASSERT"]]);
  });

  it("reads a one-word name after 'Kabul resident' as a person, and 'the 25-year-old' as that person", () => {
    const x = run("“We are happy and proud today,” said Kabul resident Sharifullah. “It feels like we have won the World Cup,” the 25-year-old said.");
    expect(claimantsAndActs(x)).toEqual([["sharifullah", "ASSERT"], ["sharifullah", "ASSERT"]]);
  });

  it("reads a person's family as a speaker of its own, not the person", () => {
    const x = run("Arshad Sharif was killed in Kenya. Arshad Sharif's family has accused an elite unit of the Kenyan police of intentionally killing him.");
    const [[claimant, act]] = claimantsAndActs(x) as [[string, string]];
    expect(act).toBe("ACCUSE");
    expect(x.newActors.find((a) => a.id === claimant)?.name).toBe("Arshad Sharif's family");
  });

  it("reads Islamabad claiming Kabul is failing to rein in militants as an accusation", () => {
    expect(acts("Pakistan said that Kabul is failing to rein in militants plotting strikes on its soil.")).toEqual(["ACCUSE"]);
  });
});
