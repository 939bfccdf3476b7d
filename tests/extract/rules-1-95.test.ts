// Rules added in extractor 1.95, on short made-up texts: remarks labelled "disappointing" as condemned, by whoever
// labels them, also in a clause of its own ("with X terming them ...").
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-01-02T12:00:00+05:00", "article:test-r195");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.95 rules", () => {
  it("reads remarks labelled disappointing as condemned", () => {
    expect(claims("PML-N Senator Sadia Abbasi termed the remarks “disappointing.”")).toEqual([["sadia-abbasi", "CONDEMN"]]);
    expect(claims("The remarks drew criticism, with PML-N Senator Sadia Abbasi terming them “disappointing.”")).toEqual([["sadia-abbasi", "CONDEMN"]]);
  });
});
