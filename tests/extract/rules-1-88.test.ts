// Rules added in extractor 1.88, on short made-up texts: FIFA as a known actor; "would be strictly dealt with" as a
// warning; "have not respected journalistic principles" as a charge; "deemed ... as unlawful" and "a blatant violation
// of freedom of speech" as condemnations; "the minister" as no prime minister.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-07T12:00:00+05:00", "article:test-r188");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.88 rules", () => {
  it("knows FIFA, as Fifa too", () => {
    expect(claims("Fifa said it had no right to officially recognise any team.").map(([who]) => who)).toEqual(["fifa"]);
  });

  it("reads those who disturbed order being strictly dealt with as a warning", () => {
    expect(claims("Mohsin Naqvi said those who disturbed the law and order would be strictly dealt with.")).toEqual([["mohsin-naqvi", "WARN"]]);
  });

  it("reads outlets that have not respected journalistic principles as charged", () => {
    expect(claims("Zabihullah Mujahid said the two outlets have not respected journalistic principles.")).toEqual([["zabihullah-mujahid", "ACCUSE"]]);
  });

  it("reads an order deemed unlawful, and an act called a violation of freedoms, as condemned", () => {
    expect(claims("The UN has deemed the order to suspend the outlets as unlawful.")).toEqual([["united-nations", "CONDEMN"]]);
    expect(claims("The UN considers this action a blatant violation of freedom of speech.")).toEqual([["united-nations", "CONDEMN"]]);
  });

  it("keeps a violation of airspace a charge, not a condemnation", () => {
    expect(claims("Pakistan called the strike a violation of its airspace.")).not.toContainEqual(["pakistan", "CONDEMN"]);
  });

  it("does not give 'the minister' to the prime minister", () => {
    const x = run(
      "During the Question Hour, Federal Law Minister Azam Nazeer Tarar, who holds the additional portfolio of the parliamentary affairs, explained that the provinces decided their own policies. He added that Prime Minister Shehbaz Sharif had increased the target. The minister informed the House that Passco had procured wheat.",
    );
    expect(x.claims.map((c) => c.claimantId)).not.toContain("shehbaz-sharif");
  });
});
