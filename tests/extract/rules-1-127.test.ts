// Rules added in extractor 1.127, on short made-up texts: two parties "both" raising concerns both speak, and "EU" is
// the European Union; reports challenged are denied; accusations said to warrant an investigation ask for one; a
// clause after "but" is a claim of its own, and a regret that no action was taken charges it; two sources joined by
// "and" after "according to" each say it.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-02-15T12:00:00+05:00", "article:test-r1127");

describe("extractor 1.127 rules", () => {
  it("gives a concern the US and EU 'both' raised to each", () => {
    expect(claimantsAndActs(run("The US and EU both raised concerns over alleged electoral interference.")).sort()).toEqual([["european-union", "EXPRESS_CONCERN"], ["united-states", "EXPRESS_CONCERN"]]);
  });

  it("reads reports challenged as denied, and accusations that warrant investigation as a demand", () => {
    expect(claimantsAndActs(run("Mumtaz Zahra Baloch challenged reports of disruption of internet."))).toEqual([["mumtaz-zahra-baloch", "DENY"]]);
    expect(claimantsAndActs(run("David Cameron said that all accusations of fraud warrant comprehensive investigation."))).toEqual([["david-cameron", "DEMAND"]]);
  });

  it("cuts a claim at 'but' before a clause, and reads a regret that no action was taken as a charge", () => {
    const e = run("Amir Mehmood regretted that a case was lodged after the attack but no action had been taken against the culprits as yet.");
    expect(claimantsAndActs(e)).toEqual([["amir-mehmood", "EXPRESS_REGRET"], ["amir-mehmood", "ACCUSE"]]);
  });

  it("gives a statement 'according to' two sources joined by 'and' to each", () => {
    const e = run("The hall was vandalised on Thursday for a second time, according to its caretakers and the area police.");
    expect(e.claims.map((c) => c.claimantId)).toEqual(["caretakers", "area-police"]);
  });
});
