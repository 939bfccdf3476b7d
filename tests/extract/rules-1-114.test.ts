// Rules added in extractor 1.114, on short made-up texts: what people report hearing or seeing as their statement;
// medics as unnamed sources; "the paramedic" for the unnamed paramedic who spoke before.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-19T12:00:00+05:00", "article:test-r1114");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.114 rules", () => {
  it("takes what locals report hearing as their statement", () => {
    expect(claims("Locals reported hearing artillery fire and gunfire throughout the day.")).toEqual([["locals", "ASSERT"]]);
  });

  it("takes 'the paramedic' for the unnamed paramedic who spoke before", () => {
    const text = "A paramedic in Malakdin Khel said two people were injured. The paramedic confirmed that a mortar shell caused a fire at the market.";
    expect(claims(text).map(([id]) => id)).toEqual(["paramedic-in-malakdin-khel", "paramedic-in-malakdin-khel"]);
  });
});
