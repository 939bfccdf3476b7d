// Rules added in extractor 1.128, on short made-up texts: trusts and forums are organisations ("Edhi Welfare Trust");
// "the Landhi and Malir jails" joins two modifiers, not two clauses; companies that "had worked to supply" missile
// parts are charged.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-05-08T12:00:00+05:30", "article:test-r1128");

describe("extractor 1.128 rules", () => {
  it("reads a trust as an organisation that speaks, and keeps 'the Landhi and Malir jails' in one claim", () => {
    const e = run("The Edhi Welfare Trust, which usually arranges transport for fishermen, said the death was not a mystery as conditions in the Landhi and Malir jails were far from ideal.");
    expect(claimantsAndActs(e)).toEqual([["edhi-welfare-trust", "ASSERT"]]);
  });

  it("reads a forum as an organisation named after 'according to'", () => {
    const e = run("According to the Pakistan India People’s Forum for Peace and Democracy, 631 Indian fishermen are in jails in Karachi.");
    expect(e.claims.map((c) => c.claimantId)).not.toContain("india");
  });

  it("reads companies that had worked to supply missile parts as charged", () => {
    expect(claimantsAndActs(run("The State Department said Beijing Luo Luo had worked to supply mandrels and other machinery for rocket motors."))).toEqual([["us-department-of-state", "ACCUSE"]]);
  });
});
