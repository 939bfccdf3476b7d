// Rules added in extractor 1.103, on short made-up texts: "lamented" as a concern, a regret for deaths or a charge;
// "Citing X, Y noted that ..." as X's statement through Y; a report dated with a parenthesis; a retired judge's
// title in apposition; a name before "affirmed".
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-15T12:00:00+06:00", "article:test-r1103");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.103 rules", () => {
  it("reads 'lamented' as a concern, a regret for deaths, or a charge when the content charges", () => {
    expect(claims("Former information minister Fawad Chaudhry lamented that the madness continues.")).toEqual([["fawad-chaudhry", "EXPRESS_CONCERN"]]);
    expect(claims("Fawad Chaudhry lamented that three civilians were killed during the exchange of fire.")).toEqual([["fawad-chaudhry", "EXPRESS_REGRET"]]);
    expect(claims("Fawad Chaudhry lamented that the Taliban were behind the attack.")).toEqual([["fawad-chaudhry", "ACCUSE"]]);
  });

  it("gives a statement made on another's word to the source cited, through the one citing it", () => {
    const x = run("Citing Makran Commissioner Saeed Ahmed Umrani, Dawn reported that a large contingent of police reached the scene.");
    expect(x.claims.map((c) => [c.claimantId, c.via])).toEqual([["saeed-ahmed-umrani", ["dawn", "irna"]]]);
  });

  it("finds a report dated with a parenthesis", () => {
    const text = "Indian news outlet The Telegraph reported on Friday (November 15) that the sea route could be used to smuggle weapons.";
    expect(claims(text)).toHaveLength(1);
  });

  it("finds a retired judge named in apposition after his post, and a name before 'affirmed'", () => {
    expect(claims("Caretaker Sindh Chief Minister, retired Justice Maqbool Baqar, said that staging a protest was a democratic right.")).toEqual([
      ["maqbool-baqar", "ASSERT"],
    ]);
    expect(claims("Maqbool Baqar affirmed that staging a protest was a democratic right.")).toEqual([["maqbool-baqar", "ASSERT"]]);
  });
});
