// Rules added in extractor 1.77, on short made-up texts: a time set off by commas after an acronym, reports called
// "speculations", an agenda charged, frustration expressed, a country's support reaffirmed, efforts that "would not
// be permitted", a ban opposed, a decision called "uncalled for", and "not possible" as no denial.
import { describe, expect, it } from "vitest";
import { actsOf, claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-11-14T12:00:00+05:00", "article:test-r177");
const acts = actsOf(run);

describe("extractor 1.77 rules", () => {
  it("finds the speaker before an acronym and a time set off by commas", () => {
    const x = run("Pakistan’s Foreign Office (FO), on Thursday, denied claims that China is pressuring Islamabad.");
    expect(claimantsAndActs(x)).toEqual([["pakistan-foreign-office", "DENY"]]);
  });

  it("reads reports called \"speculations\" as denied, and an agenda behind them as charged", () => {
    expect(acts("Mumtaz Zahra Baloch called these reports “speculations,” asserting they are “motivated by an agenda to create confusion.”")).toEqual(["DENY", "ACCUSE"]);
  });

  it("reads frustration expressed as a concern, and a country's support reaffirmed as an undertaking", () => {
    expect(acts("Lin Jian expressed frustration over the attacks on Chinese nationals.")).toEqual(["EXPRESS_CONCERN"]);
    expect(acts("Lin Jian reaffirmed Beijing’s support for Pakistan in its fight against terrorism.")).toEqual(["PROMISE"]);
  });

  it("reads that both countries 'would not permit' efforts as an undertaking", () => {
    expect(acts("Mumtaz Zahra Baloch emphasized that both countries would not permit any efforts to derail their partnership.")).toEqual(["PROMISE"]);
  });

  it("reads a ban opposed as rejected and a decision called \"uncalled for\" as condemned", () => {
    expect(acts("Shahid Khaqan Abbasi opposed the ban despite his differences with the party.")).toEqual(["REJECT"]);
    expect(acts("Shahid Khaqan Abbasi said that the decision to ban the party was “unnecessary and uncalled for”.")).toEqual(["CONDEMN"]);
  });

  it("does not read 'it is not possible' as a denial", () => {
    expect(acts("Ali Zafar said that it is not possible to ban the party legally.")).toEqual(["ASSERT"]);
  });
});
