// Rules added in extractor 1.113, on short made-up texts: a proposal as a demand; "Prof" as a title; "the senior
// PML-N leader" for the person who spoke last, when nobody is known as that party's leader.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-26T00:27:00+06:00", "article:test-r1113");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.113 rules", () => {
  it("reads a proposal as a demand, but not 'the proposed law'", () => {
    expect(claims("Shehbaz Sharif proposed an exchange of youth programs between the two countries.")).toEqual([["shehbaz-sharif", "DEMAND"]]);
    expect(claims("The proposed law was debated for hours.")).toEqual([]);
  });

  it("takes 'Prof' as a title before a name", () => {
    expect(claims("Prof Muhammad Yunus called for the revival of SAARC.")).toEqual([["muhammad-yunus", "DEMAND"]]);
  });

  it("takes a party's unnamed senior leader for the person who spoke last", () => {
    const text =
      "Defence Minister Khawaja Asif said the government would consult its allies. “Since their ouster from power, the PTI has become a threat to the country,” the senior PML-N leader said.";
    expect(claims(text).map(([id]) => id)).toEqual(["khawaja-asif", "khawaja-asif"]);
  });
});
