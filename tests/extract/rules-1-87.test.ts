// Rules added in extractor 1.87, on short made-up texts: the IMF as a known actor, "the global lender" included;
// "hailed the deal" and "thanked X for" as statements; a decision defended as a statement, not a promise; the one
// asked says nothing by being asked; "where we think we should" as no demand.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-09-26T12:00:00+05:00", "article:test-r187");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.87 rules", () => {
  it("knows the IMF by its name, its acronym and 'the global lender'", () => {
    const x = run("The International Monetary Fund approved the loan. The global lender said Pakistan had taken key steps. The IMF said reforms must go on.");
    expect(x.claims.map((c) => c.claimantId)).toEqual(["imf", "imf"]);
  });

  it("reads 'hailed the deal' and 'thanked X for' as statements", () => {
    expect(claims("Shehbaz Sharif in a statement hailed the deal. He thanked Kristalina Georgieva for the approval.")).toEqual([
      ["shehbaz-sharif", "ASSERT"],
      ["shehbaz-sharif", "ASSERT"],
    ]);
  });

  it("reads a decision defended as a statement, not as a promise to carry it out", () => {
    expect(claims("Pakistan has defended its decision to close the border crossing.")).toEqual([["pakistan", "ASSERT"]]);
  });

  it("does not make the one asked a speaker", () => {
    expect(claims("Matthew Miller was asked if the United States would conduct drone strikes to suppress the terrorists.")).toEqual([]);
  });

  it("does not read 'where we think we should' as a demand", () => {
    expect(claims("\"We have taken a position, and we are proudly standing up where we think we should,\" Mike Baird said.")).toEqual([
      ["mike-baird", "ASSERT"],
      ["mike-baird", "ASSERT"],
    ]);
  });
});
