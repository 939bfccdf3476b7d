// Rules added in extractor 1.22, on short made-up texts: a title "to" an organisation before a name, a first
// name alone, an auxiliary before an aside, a conjunction ending the content, complaints and information,
// a caretaker government, a speaker of parliament, needs and causes.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-22T12:00:00+04:30", "article:test-r122");
const acts = actsOf(run);

describe("extractor 1.22 rules", () => {
  it("finds a person after a title 'to' an organisation, and takes a first name alone for that person", () => {
    const x = run("Similarly, Pakistani envoy to the UN, Munir Akram, expressed concerns over terrorist groups in Afghanistan. Munir claimed that the TTP has acquired sophisticated weapons.");
    expect(claimantsAndActs(x)).toEqual([["munir-akram", "EXPRESS_CONCERN"], ["munir-akram", "ASSERT"]]);
  });

  it("finds the subject before an auxiliary and an aside, and ends the content before a conjunction", () => {
    const x = run("Kabul has, however, dismissed the allegations as rights groups asked Pakistan to reconsider its decision.");
    expect(claimantsAndActs(x)).toEqual([["afghan-taliban", "DENY"], ["rights-groups", "DEMAND"]]);
    expect(x.claims[0]?.quote).toBe("Kabul has, however, dismissed the allegations");
  });

  it("reads complaints as concern and 'informed that' as a statement", () => {
    expect(acts("Afghan officials have complained that trade is affected by the closure.")).toEqual(["EXPRESS_CONCERN"]);
    expect(acts("Pakistan's Interior Ministry has informed that Pakistan is home to more than 4 million Afghan migrants.")).toEqual(["ASSERT"]);
  });

  it("takes a caretaker government and a speaker of parliament for who they are", () => {
    const said = run("Pakistan announced new visa rules. Afghans without papers will be deported from November 2, the caretaker government said.");
    expect(said.claims.at(-1)).toMatchObject({ claimantId: "pakistan", quote: "Afghans without papers will be deported from November 2" });
    const x = run("Iranian Parliament Speaker Mohammad Bagher Ghalibaf said the attack was cowardly. The parliamentary speaker urged the Taliban authorities to form an inclusive government.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["mohammad-bagher-ghalibaf", "mohammad-bagher-ghalibaf"]);
  });

  it("reads what is needed as a demand and the cause of an attack as a charge", () => {
    expect(acts("“What is needed is comprehensive international cooperation,” Russian envoy Vassily Nebenzia said.")).toEqual(["DEMAND"]);
    expect(acts("“We definitely need comprehensive cooperation in the fight against terrorism,” Mohammad Bagher Ghalibaf said.")).toEqual(["DEMAND"]);
    expect(acts("Mohammad Bagher Ghalibaf said the Afghan offshoot of Daesh was behind last week's terrorist bombings in Kerman.")).toEqual(["ACCUSE"]);
    expect(acts("Pakistan said Afghan nationals had been behind 14 suicide attacks.")).toEqual(["ACCUSE"]);
    expect(acts("Mohammad Bagher Ghalibaf said the root cause of the tragic terrorist attack in Kerman is the activities of Daesh.")).toEqual(["ACCUSE"]);
  });
});
