// Rules added in extractor 1.100, on short made-up texts: "they" after an outlet's report as the people reported on,
// never the outlet; "the party", "the former ruling party" as the political party that spoke or was named last.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-06-13T12:00:00+05:00", "article:test-r1100");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.100 rules", () => {
  it("never reads 'they' as the outlet that reported", () => {
    const text = "Protesters held a rally in Turbat, Dawn reported. The protesters held a sit-in, according to the Dawn report. They strongly condemned the ban.";
    expect(claims(text)).toEqual([["dawn", "ASSERT"]]);
  });

  it("reads 'the former ruling party' as the political party named last", () => {
    expect(claims("The PTI said the vote was rigged. The former ruling party further accused the PML-N of being dictated by the IMF.")).toEqual([
      ["pti", "ASSERT"],
      ["pti", "ACCUSE"],
    ]);
  });
});
