// Rules added in extractor 1.94, on short made-up texts: one doctor, resident or diplomat as an unnamed source; a
// wider conflict foretold as a warning; demands said to be met as no demand.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2023-12-09T12:00:00+05:00", "article:test-r194");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.94 rules", () => {
  it("reads one doctor or diplomat as an unnamed source", () => {
    expect(claims("A doctor told AFP that two people had died from gunshot wounds.")).toEqual([["doctor", "ASSERT"]]);
    expect(claims("A Western diplomat said the talks had stalled.")).toEqual([["western-diplomat", "ASSERT"]]);
  });

  it("reads a wider conflict foretold as a warning", () => {
    expect(claims("The Foreign Office said Israel's aggression would not only prolong human suffering, but also trigger a wider and more dangerous conflict.")).toEqual([
      ["pakistan-foreign-office", "WARN"],
    ]);
  });

  it("reads demands said to be met as no demand", () => {
    expect(claims("“Some demands were met, some were not,” Sardar Saqib Shaheen told a press conference.")).toEqual([["sardar-saqib-shaheen", "ASSERT"]]);
  });
});
