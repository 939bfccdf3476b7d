// Rules added in extractor 1.108, on short made-up texts: a country used as a base charged; families as unnamed
// speakers; "this according to X" after a statement; "the government" as the government of the state whose people
// spoke last, not of a state named since.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-10-25T12:00:00+05:00", "article:test-r1108");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.108 rules", () => {
  it("reads a group said to use a country as a base as charged", () => {
    expect(claims("Islamabad says the TTP uses Afghanistan as a base.")).toEqual([["pakistan", "ACCUSE"]]);
  });

  it("takes families as unnamed speakers", () => {
    expect(claims("Several families have said that their children are not allowed to enrol in school.")).toEqual([["families", "ASSERT"]]);
  });

  it("credits a statement to the source after 'this according to'", () => {
    expect(claims("About 85 per cent of Afghans live on less than a dollar a day, this according to the United Nations.")).toEqual([
      ["united-nations", "ASSERT"],
    ]);
  });

  it("takes 'the government' as the government of the state whose people spoke last", () => {
    const text =
      "Prime Minister Shehbaz Sharif said the first cargo of discounted crude from Russia had arrived.\n\nLast year, the government announced that it would purchase discounted crude oil from Russia.";
    expect(claims(text).map(([id]) => id)).toEqual(["shehbaz-sharif", "pakistan"]);
  });
});
