// Rules added in extractor 1.82, on short made-up texts: a name with its acronym before "in a statement on X";
// economists as unnamed sources; "is unnecessary" as a rejection; "according to X, raising an earlier figure"; a
// participle after a clause with an irregular past ("UNAMA gave a higher figure, saying").
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-07T12:00:00-05:00", "article:test-r182");
const acts = actsOf(run);

describe("extractor 1.82 rules", () => {
  it("takes the name before its acronym and 'in a statement on X' as the speaker", () => {
    const x = run("A bus exploded. The United Nations Assistance Mission in Afghanistan (UNAMA) in a statement on X called for an end to attacks on civilians.");
    expect(claimantsAndActs(x)).toEqual([["unama", "DEMAND"]]);
  });

  it("reads economists as an unnamed source that 'they' goes on with", () => {
    const x = run("Aid fell. Economists, however, emphasize the alarming rise in poverty. They stress the role that world countries must continue to play.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["economists", "economists"]);
  });

  it("reads a plan called unnecessary as rejected", () => {
    expect(acts(`The plan was adopted. Foreign ministry spokesman Abdul Qahar Balkhi said a new envoy "is unnecessary".`)).toEqual(["REJECT"]);
  });

  it("finds the source of 'according to X, raising an earlier figure'", () => {
    const x = run("A bus exploded. Fifteen other people were wounded, according to police spokesperson Khalid Zadran, raising an earlier figure of two killed.");
    expect(x.claims.map((c) => [c.claimantId, c.quote])).toEqual([["khalid-zadran", "Fifteen other people were wounded"]]);
  });

  it("gives a participle after 'UNAMA gave a figure' to UNAMA", () => {
    const x = run("A bus exploded. UNAMA gave a slightly higher figure for casualties, saying that at least 25 people were killed.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["unama"]);
  });
});
