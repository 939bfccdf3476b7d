// Rules added in extractor 1.104, on short made-up texts: "issued a stern condemnation of"; "he exclaimed" after a
// quotation; condolences conveyed as regret; "time to end terrorism" as a demand; a body saying it "stands in full
// solidarity with" another as an undertaking, "it" being the speaker and no object; two subjects, the first glossed
// by its acronym.
import { describe, expect, it } from "vitest";
import { aboutSetsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-08-27T12:00:00+05:00", "article:test-r1104");
const claims = (text: string) => claimantsAndActs(run(text));
const aboutSets = aboutSetsOf(run);

describe("extractor 1.104 rules", () => {
  it("reads 'issued a stern condemnation of' as a condemnation", () => {
    expect(claims("Senator Mushtaq Ahmed issued a stern condemnation of the November 13 resolution.")).toEqual([["mushtaq-ahmed", "CONDEMN"]]);
  });

  it("credits a quotation closed by 'exclaimed' to the speaker named", () => {
    expect(claims("“The resolution is a drone attack on this house,” Mushtaq Ahmed exclaimed while addressing the Senate.")).toEqual([
      ["mushtaq-ahmed", "ASSERT"],
    ]);
  });

  it("reads condolences conveyed as regret and 'time to end terrorism' as a demand", () => {
    expect(claims("“We wish Allah’s mercy upon those who lost their lives and convey our condolences to their families,” Shehbaz Sharif said.")).toEqual([
      ["shehbaz-sharif", "EXPRESS_REGRET"],
    ]);
    expect(claims("Prime Minister Shehbaz Sharif said on Tuesday that it was now “time to end terrorism”.")).toEqual([["shehbaz-sharif", "DEMAND"]]);
  });

  it("reads a state saying it stands in full solidarity with another as an undertaking about that other", () => {
    const text = "The ISPR said 14 soldiers were killed. Türkiye condemned the attacks, saying it “stands in full solidarity with the people of Pakistan”.";
    expect(claims(text).slice(-1)).toEqual([["turkey", "PROMISE"]]);
    expect(aboutSets(text).slice(-1)).toEqual([["pakistan"]]);
  });

  it("credits a statement to both of two subjects when the first is glossed by its acronym", () => {
    expect(claims("The United States (US) and China on Tuesday condemned recent terrorist attacks in Balochistan.").map(([id]) => id).sort()).toEqual([
      "china",
      "united-states",
    ]);
  });
});
