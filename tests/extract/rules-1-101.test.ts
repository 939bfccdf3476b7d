// Rules added in extractor 1.101, on short made-up texts: "came down heavily on" as a condemnation; a country's state
// TV as an unnamed source.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-19T12:00:00+05:30", "article:test-r1101");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.101 rules", () => {
  it("reads 'came down heavily on' as a condemnation", () => {
    expect(claims("Union Home Minister Amit Shah on Thursday came down heavily on the Congress-National Conference alliance.")).toEqual([
      ["amit-shah", "CONDEMN"],
    ]);
  });

  it("reads a country's state TV as an unnamed source", () => {
    expect(claims("Saudi state TV said temperatures on Monday rose as high as 51.8 degrees Celsius in Makkah.")).toEqual([["saudi-state-tv", "ASSERT"]]);
  });
});
