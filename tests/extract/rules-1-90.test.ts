// Rules added in extractor 1.90, on short made-up texts: double standards, a lack of objectivity and political bias
// as charges; a breach of sovereignty as a charge; a label of inaccuracy in a list ("unfair, based on inaccurate
// information") as a denial; "ruled that" as a court's holding, and a deed held unconstitutional as charged.
import { describe, expect, it } from "vitest";
import { claimantsAndActs, extractorAt } from "./support/run.js";

const run = extractorAt("2024-04-25T12:00:00+05:00", "article:test-r190");
const claims = (text: string) => claimantsAndActs(run(text));

describe("extractor 1.90 rules", () => {
  it("reads double standards, a lack of objectivity and political bias as charges", () => {
    expect(claims("Mumtaz Zahra Baloch said the report demonstrates double standards.")).toEqual([["mumtaz-zahra-baloch", "ACCUSE"]]);
    expect(claims("Mumtaz Zahra Baloch said such reports lack objectivity.")).toEqual([["mumtaz-zahra-baloch", "ACCUSE"]]);
    expect(claims("Imran Khan said the cases were politically motivated.")).toEqual([["imran-khan", "ACCUSE"]]);
  });

  it("reads a breach of a country's sovereignty as a charge", () => {
    expect(claims("Khawaja Asif said the strike was a breach of Pakistan's sovereignty.")).toEqual([["khawaja-asif", "ACCUSE"]]);
  });

  it("reads a report termed inaccurate among other labels as denied", () => {
    expect(claims("Pakistan rejected the report, terming it \"unfair, based on inaccurate information\".")).toEqual([
      ["pakistan", "REJECT"],
      ["pakistan", "DENY"],
    ]);
  });

  it("reads a court ruling a deed unconstitutional as a charge", () => {
    expect(claims("The Supreme Court of Pakistan has ruled that military trials for civilians are unconstitutional.").map(([, act]) => act)).toEqual(["ACCUSE"]);
  });
});
